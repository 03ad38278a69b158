/**
 * npm run check-quotes -- DATASET [--articles DIR] (the command is scripts/check-quotes.ts)
 *
 * Checks a dataset against the texts of its articles (by default the `articles` folder beside the
 * dataset): every quote word for word in its own source's article, every source URL and title
 * printed there, and every word that a title, summary or claim quotes in some article. Prints one
 * line per problem, starting with its JSON path and giving the closest passage of the article;
 * exits 1 if there is any problem, 2 if the command cannot run.
 *
 * Files are read as the app and `npm run validate` read them: the same decoder (UTF-8, UTF-16,
 * Windows-1252 with a note) and the same size limits. An article must be a regular file inside the
 * articles folder (see localFiles.ts): a link, a FIFO or a device there is reported and never read.
 */
import { dirname, join } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../../src/articles/articleFile';
import { checkQuotes, type ReadArticle } from '../../src/articles/checkQuotes';
import { ARTICLE_FILE_PATTERN } from '../../src/dataset/vocabulary';
import { parseJson } from '../../src/dataset/json';
import { escapeInvisible, formatPosition, formatProblem } from '../../src/dataset/problems';
import { decodeText } from '../../src/loading/decodeText';
import { MAX_DATASET_BYTES } from '../../src/loading/download';
import { readBounded, readInsideFolder } from './localFiles';
import type { Output } from './output';

const USAGE =
  'usage: npm run check-quotes -- DATASET [--articles DIR]   (e.g. npm run check-quotes -- data/events.json)';

/** Why the command cannot run: printed as it is, exit code 2. */
class CannotRun extends Error {}

/** Checks the dataset named in `args`; returns the exit code. */
export function main(args: string[], out: Output): number {
  try {
    return run(args, out);
  } catch (error) {
    if (!(error instanceof CannotRun)) throw error;
    out.error(error.message);
    return 2;
  }
}

function run(args: string[], out: Output): number {
  const { dataset, articles } = parseArgs(args);
  /** A note about how a file was read (its encoding), printable whatever the file holds. */
  const note = (file: string, notice: string) => out.error(escapeInvisible(`${file}: note: ${notice}`));
  const read = readBounded(dataset, MAX_DATASET_BYTES);
  if (!read.ok)
    throw new CannotRun(`${dataset}: ${read.tooLarge ? read.reason : `cannot read the file (${read.reason})`}`);
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) throw new CannotRun(`${dataset}: cannot be read as text: ${decoded.message}`);
  if (decoded.notice) note(dataset, decoded.notice);
  const json = parseJson(decoded.text);
  if (!json.ok) {
    const { position, message } = json.problem;
    throw new CannotRun(`${dataset}: not valid JSON: ${formatPosition(position)}: ${message}`);
  }

  const readArticle: ReadArticle = (name) => {
    // The schema allows plain file names only; anything else is not looked for outside the folder.
    if (!ARTICLE_FILE_PATTERN.test(name)) return null;
    const file = readInsideFolder(articles, name, MAX_ARTICLE_BYTES);
    if (file === null) return null;
    const quoted = JSON.stringify(name);
    if (!file.ok) {
      if (file.refused) {
        return {
          unread: `${quoted} ${file.reason}: not read (an article file must be a regular file inside ${articles})`,
        };
      }
      return { unread: `${quoted} was not read: ${file.tooLarge ? file.reason : `${file.reason}.`}` };
    }
    const text = decodeText(file.bytes);
    if (!text.ok) return { unread: `${quoted} cannot be read as text: ${text.message}` };
    if (text.notice) note(join(articles, name), text.notice);
    return text.text;
  };

  const { problems, counts } = checkQuotes(json.value, readArticle);
  for (const problem of problems) out.log(formatProblem(problem));
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  out.log(
    `${dataset}: ${plural(counts.quotes, 'quote')}, ${plural(counts.urls, 'URL')}, ${plural(counts.titles, 'source title')} and ` +
      `${plural(counts.passages, 'quoted passage')} in titles, summaries, claims and the intro, checked against ` +
      `${plural(counts.articles, 'article')} in ${articles}: ${plural(problems.length, 'problem')}`,
  );
  return problems.length > 0 ? 1 : 0;
}

function parseArgs(args: string[]): { dataset: string; articles: string } {
  const rest = args.filter((arg) => arg !== '--');
  let articles: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--articles') {
      articles = rest[++i];
      if (!articles) throw new CannotRun(`--articles needs a folder\n${USAGE}`);
    } else if (arg.startsWith('--articles=')) {
      articles = arg.slice('--articles='.length);
    } else if (arg.startsWith('-')) {
      throw new CannotRun(`unknown option ${arg}\n${USAGE}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1) throw new CannotRun(USAGE);
  const dataset = positional[0]!;
  return { dataset, articles: articles ?? join(dirname(dataset), 'articles') };
}
