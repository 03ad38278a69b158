/**
 * npm run check-quotes -- DATASET [--articles DIR] (the command is scripts/check-quotes.ts)
 *
 * Checks a dataset against the texts of its articles (by default the `articles` folder beside the
 * dataset): every quote word for word in its own source's article, every source URL and title
 * printed there, and every word that a title, summary or claim quotes in some article. Prints one
 * line per problem, starting with its JSON path and giving the closest passage of the article;
 * exits 1 if there is any problem, 2 if the command cannot run.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkQuotes } from '../../src/articles/checkQuotes';
import { ARTICLE_FILE_PATTERN } from '../../src/dataset/vocabulary';
import { parseJson } from '../../src/dataset/json';
import { formatPosition, formatProblem } from '../../src/dataset/problems';
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
  let text: string;
  try {
    text = readFileSync(dataset, 'utf8');
  } catch (error) {
    throw new CannotRun(`${dataset}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const json = parseJson(text);
  if (!json.ok) {
    const { position, message } = json.problem;
    throw new CannotRun(`${dataset}: not valid JSON: ${formatPosition(position)}: ${message}`);
  }

  const readArticle = (name: string): string | null => {
    // The schema allows plain file names only; anything else is not looked for outside the folder.
    if (!ARTICLE_FILE_PATTERN.test(name)) return null;
    try {
      return readFileSync(join(articles, name), 'utf8');
    } catch {
      return null;
    }
  };

  const { problems, counts } = checkQuotes(json.value, readArticle);
  for (const problem of problems) out.log(formatProblem(problem));
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  out.log(
    `${dataset}: ${plural(counts.quotes, 'quote')}, ${plural(counts.urls, 'URL')}, ${plural(counts.titles, 'source title')} and ` +
      `${plural(counts.passages, 'quoted passage')} in titles, summaries and claims, checked against ` +
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
