/**
 * The dispute at a glance: each claim a row (numbered as in the list of claims below), each source
 * a column, and in each cell whether that source asserts the claim (✓), disputes it (✗) or says
 * nothing on it (–), with the tally. It is the first thing the details show of an event with
 * claims, sized to fit one screen. Choosing a mark shows that source's accounts of that claim under
 * the grid (OutletAccounts).
 */
import { useMemo, useState } from 'react';
import { isContested, type AccountsByClaim } from '../../dataset/claims';
import { claimGrid, type GridCell } from '../../dataset/claimDigest';
import type { TimelineEvent } from '../../dataset/types';
import type { EventIndex } from '../../engine/eventIndex';
import { sourceNames } from '../../engine/sources';
import { clipText } from '../../format/clip';
import { OutletAccounts } from './OutletAccounts';

/** Beyond these, the accounts below carry the rest: the grid must stay a glance. */
const MAX_ROWS = 20;
const MAX_COLUMNS = 12;

interface ChosenCell {
  row: number;
  column: number;
}

export function DisputeGrid({
  grouped,
  event,
  index,
}: {
  grouped: AccountsByClaim;
  event: TimelineEvent;
  index: EventIndex;
}) {
  const grid = useMemo(
    () =>
      claimGrid(
        grouped,
        event,
        index.sources.map((s) => s.id),
      ),
    [grouped, event, index],
  );
  const [chosen, setChosen] = useState<ChosenCell | null>(null);
  const names = sourceNames(index.sources);
  const nameOf = (id: string) => clipText(names[index.sourceOrdinal.get(id) ?? -1] ?? id, 60).text;
  const columns = grid.sources.slice(0, MAX_COLUMNS);
  const rows = grid.rows.slice(0, MAX_ROWS);
  const left = [grid.rows.length - rows.length, grid.sources.length - columns.length] as const;
  const isChosen = (r: number, c: number) => chosen?.row === r && chosen.column === c;
  const cell = chosen && grid.rows[chosen.row]?.cells[chosen.column];
  return (
    <section className="sl-dispute" aria-labelledby="sl-dispute-heading">
      <h3 id="sl-dispute-heading" className="sl-details__section">
        Who says what
      </h3>
      <div className="sl-dispute__scroll">
        <table className="sl-dispute__grid">
          <caption className="sl-visually-hidden">
            Each claim, and whether each source asserts it, disputes it or is silent on it
          </caption>
          <thead>
            <tr>
              <th scope="col" className="sl-dispute__corner">
                Claim
              </th>
              {columns.map((id) => (
                <th key={id} scope="col" className="sl-dispute__source">
                  <bdi>{nameOf(id)}</bdi>
                </th>
              ))}
              <th scope="col" className="sl-dispute__tally">
                Tally
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.claim.claim.id} className={isContested(row.claim) ? 'is-contested' : undefined}>
                <th scope="row" className="sl-dispute__claim">
                  <span className="sl-dispute__claim-wrap">
                    <span className="sl-dispute__number">{r + 1}</span>
                    {isContested(row.claim) && <span className="sl-visually-hidden">Contested: </span>}
                    <span
                      className="sl-dispute__claim-text"
                      dir="auto"
                      title={clipText(row.claim.claim.text, 400).text}
                    >
                      {clipText(row.claim.claim.text, 400).text}
                    </span>
                  </span>
                </th>
                {columns.map((id, c) => (
                  <td key={id} className="sl-dispute__cell">
                    <Mark
                      cell={row.cells[c]!}
                      source={nameOf(id)}
                      chosen={isChosen(r, c)}
                      onChoose={() => setChosen(isChosen(r, c) ? null : { row: r, column: c })}
                    />
                  </td>
                ))}
                <td className="sl-dispute__tally">
                  <span className="sl-dispute__yes">✓{row.claim.asserting.length}</span>{' '}
                  <span className="sl-dispute__no">✗{row.claim.disputing.length}</span>
                  <span className="sl-visually-hidden">
                    {' '}
                    ({said(row.claim.asserting.length, 'assert')}, {said(row.claim.disputing.length, 'dispute')})
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="sl-dispute__key">
        ✓ asserts · ✗ disputes · – silent. Choose a mark to read that source’s account.
        {left[0] > 0 && ` ${left[0].toLocaleString('en-US')} more claims are in the list below.`}
        {left[1] > 0 && ` ${left[1].toLocaleString('en-US')} more sources are in the accounts below.`}
      </p>
      {chosen && cell && (
        <OutletAccounts
          key={`${chosen.row}:${chosen.column}`}
          claim={grid.rows[chosen.row]!.claim.claim}
          source={nameOf(grid.sources[chosen.column]!)}
          cell={cell}
          event={event}
          index={index}
          onClose={() => setChosen(null)}
        />
      )}
    </section>
  );
}

/** One cell: a button when the source says something on the claim, a dash when it is silent. */
function Mark({
  cell,
  source,
  chosen,
  onChoose,
}: {
  cell: GridCell;
  source: string;
  chosen: boolean;
  onChoose: () => void;
}) {
  const yes = cell.asserting.length;
  const no = cell.disputing.length;
  if (yes + no === 0) {
    return (
      <span className="sl-dispute__silent">
        <span aria-hidden="true">–</span>
        <span className="sl-visually-hidden">{source}: silent</span>
      </span>
    );
  }
  const said = [yes > 0 && `asserts (${accounts(yes)})`, no > 0 && `disputes (${accounts(no)})`].filter(Boolean);
  return (
    <button type="button" className="sl-dispute__mark" aria-pressed={chosen} onClick={onChoose}>
      {yes > 0 && (
        <span className="sl-dispute__yes" aria-hidden="true">
          ✓{yes > 1 ? yes : ''}
        </span>
      )}
      {no > 0 && (
        <span className="sl-dispute__no" aria-hidden="true">
          ✗{no > 1 ? no : ''}
        </span>
      )}
      <span className="sl-visually-hidden">
        {source}: {said.join(' and ')}
      </span>
    </button>
  );
}

const accounts = (n: number) => `${n.toLocaleString('en-US')} account${n === 1 ? '' : 's'}`;
/** "1 account asserts it", "2 accounts dispute it". */
const said = (n: number, verb: string) => `${accounts(n)} ${verb}${n === 1 ? 's' : ''} it`;
