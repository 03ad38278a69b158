/**
 * npm run check-quotes -- DATASET [--articles DIR]
 *
 * Checks a dataset against the texts of its articles (by default the `articles` folder beside the
 * dataset): every quote word for word in its own source's article, every source URL and title
 * printed there, and every word that a title, summary or claim quotes in some article. Prints one
 * line per problem, starting with its JSON path and giving the closest passage of the article;
 * exits 1 if there is any problem, 2 if the command cannot run.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkQuotes } from '../src/articles/checkQuotes';
import { ARTICLE_FILE_PATTERN } from '../src/dataset/vocabulary';
import { parseJson } from '../src/dataset/json';
import { formatProblem } from '../src/dataset/problems';

const USAGE =
  'usage: npm run check-quotes -- DATASET [--articles DIR]   (e.g. npm run check-quotes -- data/events.json)';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function parseArgs(args: string[]): { dataset: string; articles: string } {
  const rest = args.filter((arg) => arg !== '--');
  let articles: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--articles') {
      articles = rest[++i];
      if (!articles) fail(`--articles needs a folder\n${USAGE}`);
    } else if (arg.startsWith('--articles=')) {
      articles = arg.slice('--articles='.length);
    } else if (arg.startsWith('-')) {
      fail(`unknown option ${arg}\n${USAGE}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1) fail(USAGE);
  const dataset = positional[0]!;
  return { dataset, articles: articles ?? join(dirname(dataset), 'articles') };
}

const { dataset, articles } = parseArgs(process.argv.slice(2));

let text: string;
try {
  text = readFileSync(dataset, 'utf8');
} catch (error) {
  fail(`${dataset}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
}
const json = parseJson(text);
if (!json.ok) fail(`${dataset}: not valid JSON: line ${json.line}, column ${json.column}: ${json.message}`);

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
for (const problem of problems) console.log(formatProblem(problem));
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
console.log(
  `${dataset}: ${plural(counts.quotes, 'quote')}, ${plural(counts.urls, 'URL')}, ${plural(counts.titles, 'source title')} and ` +
    `${plural(counts.passages, 'quoted passage')} in titles, summaries and claims, checked against ` +
    `${plural(counts.articles, 'article')} in ${articles}: ${plural(problems.length, 'problem')}`,
);
process.exit(problems.length > 0 ? 1 : 0);
