/** What a curator says about an article: outlet, title, publication date, URL (only a printed one) and kind. */
import { SOURCE_KINDS } from '../../dataset/vocabulary';
import type { SourceFields as Fields } from '../../curation/datasetEdits';
import { optionsOf, SelectField, TextField } from './fields';

export function SourceFields({
  value,
  onChange,
  path,
}: {
  value: Partial<Fields>;
  onChange: (patch: Partial<Fields>, field: string) => void;
  /** The source's place in the dataset (for a source already added), or the new article form's own. */
  path: (string | number)[];
}) {
  return (
    <div className="cu-grid">
      <TextField
        label="Outlet"
        path={[...path, 'outlet']}
        value={value.outlet ?? ''}
        required
        hint="As the article identifies itself; otherwise a plain description (e.g. “an English-language news site”)."
        onChange={(outlet) => onChange({ outlet }, 'outlet')}
      />
      <TextField
        label="Title"
        path={[...path, 'title']}
        value={value.title ?? ''}
        hint="The headline as printed, if there is one."
        onChange={(title) => onChange({ title }, 'title')}
      />
      <TextField
        label="Publication date"
        path={[...path, 'published']}
        value={value.published ?? ''}
        hint="YYYY-MM-DD, or YYYY-MM or YYYY when the article says no more."
        onChange={(published) => onChange({ published }, 'published')}
      />
      <TextField
        label="URL"
        type="url"
        path={[...path, 'url']}
        value={value.url ?? ''}
        hint="Only if the article itself prints it: the checks look for it in the text. Never a URL found elsewhere."
        onChange={(url) => onChange({ url }, 'url')}
      />
      <SelectField
        label="Kind"
        path={[...path, 'kind']}
        value={value.kind ?? 'news-report'}
        options={optionsOf(SOURCE_KINDS)}
        onChange={(kind) => onChange({ kind: kind || 'other' }, 'kind')}
      />
    </div>
  );
}
