/**
 * What kind of file the user opened: a Sourceline dataset, a CSV spreadsheet, or a TimelineJS
 * file. Decided from the name and the first characters, so a 100 MB dataset is not parsed twice.
 */
export type FileFormat = 'dataset' | 'csv' | 'timelinejs';

const SNIFF_CHARS = 64 * 1024;

export function detectFormat(name: string, text: string): FileFormat {
  if (/\.(csv|tsv|txt)$/i.test(name)) return 'csv';
  const head = text.slice(0, SNIFF_CHARS).trimStart();
  if (!head.startsWith('{') && !head.startsWith('['))
    return /[,;\t]/.test(head.split('\n')[0] ?? '') ? 'csv' : 'dataset';
  // TimelineJS 3 events carry "start_date" objects, TimelineJS 2 dates "startDate" strings in a
  // "timeline"; Sourceline datasets carry "sides" and "actors".
  const timelineJs = /"start_date"\s*:/.test(head) || (/"timeline"\s*:/.test(head) && /"startDate"\s*:/.test(head));
  if (timelineJs && !/"sides"\s*:/.test(head)) return 'timelinejs';
  return 'dataset';
}
