/**
 * The page header: the product, the dataset shown, whose dataset it is when it is not the site's
 * own, and how to get back to the bundled one, even when nothing could be shown at all.
 */
import { useEffect } from 'react';
import { openBundled } from '../../store/openDataset';
import { ExportMenu } from '../sharing/ExportMenu';
import { OpenFileButton } from '../loading/OpenFileButton';
import { Provenance } from '../loading/Provenance';
import { ShareMenu } from '../sharing/ShareMenu';
import { useAppStore } from '../../store/store';
import { useFilterResult } from '../../store/selectors';
import { useRovingFocus } from '../common/useRovingFocus';

/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko…) and the invisible direction controls. */
const BIDI = /[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefc]/;

export function Header() {
  const index = useAppStore((s) => s.index);
  const origin = useAppStore((s) => s.origin);
  // A link that failed on arrival leaves nothing shown: the way back must be there too.
  const nothingShown = useAppStore((s) => s.index === null && s.loading === null);
  const title = index?.meta.title;
  const setCurate = useAppStore((s) => s.setCurate);
  const previewOf = origin.kind === 'file' ? origin.draft?.draftId : undefined;
  const matched = useFilterResult()?.count;
  const showBundledBack = origin.kind === 'bundled' && nothingShown;
  // The actions are one tab stop on the way to the timeline (a toolbar: the arrow keys move inside).
  // Only the controls there and enabled are listed, so that the tab stop is always one of them.
  const actions = ['curate', 'open'];
  if (index && matched) actions.push('export');
  if (index) actions.push('share');
  if (showBundledBack) actions.push('bundled');
  const roving = useRovingFocus(actions);
  useEffect(() => {
    // document.title is text: a dataset title cannot inject markup here. One with right-to-left
    // letters or direction marks is isolated (U+2068 … U+2069), so that it cannot reorder
    // "· Sourceline" after it; other titles are left exactly as written.
    const shown = title && BIDI.test(title) ? `\u2068${title}\u2069` : title;
    document.title = shown ? `${shown} · Sourceline` : 'Sourceline';
  }, [title]);
  return (
    <header className="sl-header">
      <div className="sl-header__brand">
        <h1>Sourceline</h1>
        {title && (
          <p className="sl-header__dataset" data-testid="dataset-title" dir="auto">
            {title}
          </p>
        )}
      </div>
      <div
        className="sl-header__actions"
        role="toolbar"
        aria-label="Dataset"
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
      >
        {previewOf ? (
          <button
            type="button"
            className="sl-button"
            {...roving.itemProps('curate')}
            onClick={() => setCurate(previewOf)}
          >
            Back to the editor
          </button>
        ) : (
          <button type="button" className="sl-button" {...roving.itemProps('curate')} onClick={() => setCurate('')}>
            Curate
          </button>
        )}
        <OpenFileButton toolbarItem={roving.itemProps('open')} />
        <ExportMenu toolbarItem={roving.itemProps('export')} />
        <ShareMenu toolbarItem={roving.itemProps('share')} />
        {showBundledBack && (
          <button
            type="button"
            className="sl-button"
            {...roving.itemProps('bundled')}
            onClick={() => void openBundled()}
          >
            Back to the bundled dataset
          </button>
        )}
      </div>
      {origin.kind !== 'bundled' && <Provenance origin={origin} />}
    </header>
  );
}
