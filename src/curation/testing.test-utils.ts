/** Two short articles and a draft built from them through the edit functions, as a curator would. */
import { makeArticle } from './articleText';
import { emptyDataset, type DraftData } from './draft';
import { addAccount, addClaim, setStance, updateAccount } from './accountEdits';
import { addActor, addArticle, addSide } from './datasetEdits';
import { addEvent, updateEvent } from './eventEdits';
import { spansOfQuote } from './quoteSelection';

export const ARTICLE_A = `Leaders spoke by phone on Thursday.
The president said the call was \u201cwarm and productive\u201d and that both sides agreed to meet again.
An aide, speaking anonymously, said the call "did not go well" and ended early.`;

export const ARTICLE_B = `Officials denied on Friday that the call had gone badly.
"Reports that the call did not go well are false," a spokesperson said.
The two leaders will meet in Geneva next month, the ministry said.`;

/** The span of `passage` in `text` (its first place), for selecting it as a curator would. */
export function spanOf(text: string, passage: string) {
  const spans = spansOfQuote(text, passage);
  if (!spans || spans.length !== 1) throw new Error(`"${passage}" is not in the text`);
  return spans[0]!;
}

export async function twoArticleDraft(): Promise<DraftData> {
  let data: DraftData = { dataset: emptyDataset('Phone call', 'A test draft'), articles: [] };
  /** Keeps the draft an edit returns, and gives back what else it returns (an id, an index). */
  const take = <T>([next, value]: [DraftData, T]): T => {
    data = next;
    return value;
  };
  const a = take(
    addArticle(
      data,
      { outlet: 'Daily A', published: '2022-01-27', kind: 'news-report' },
      await makeArticle('', ARTICLE_A, 'pasted'),
    ),
  );
  const b = take(
    addArticle(
      data,
      { outlet: 'Weekly B', published: '2022-01-28', kind: 'news-report' },
      await makeArticle('', ARTICLE_B, 'b.txt'),
    ),
  );
  const side = take(addSide(data, 'Country'));
  const president = take(addActor(data, { name: 'The President', side }));
  const call = take(addEvent(data, { title: 'Phone call', start: '2022-01-27' }));
  data = updateEvent(data, call, { type: 'call', actors: [president] });
  data = addAccount(data, call, a, [
    spanOf(ARTICLE_A, 'The president said the call was \u201cwarm and productive\u201d'),
  ]);
  data = updateAccount(data, call, 0, { speaker: president });
  data = addAccount(data, call, a, [spanOf(ARTICLE_A, 'the call "did not go well" and ended early')]);
  data = addAccount(data, call, b, [spanOf(ARTICLE_B, 'Reports that the call did not go well are false')]);
  const claim = take(addClaim(data, call, 'The call went badly'));
  data = setStance(data, call, 1, claim, 'asserts');
  data = setStance(data, call, 2, claim, 'disputes');
  const meeting = take(addEvent(data, { title: 'Meeting in Geneva', start: '2022-02', status: 'expected' }));
  data = addAccount(data, meeting, b, [spanOf(ARTICLE_B, 'The two leaders will meet in Geneva next month')]);
  return data;
}
