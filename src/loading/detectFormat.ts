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
  // TimelineJS events carry "start_date" objects; Sourceline datasets carry "sides" and "actors".
  if (/"start_date"\s*:/.test(head) && !/"sides"\s*:/.test(head)) return 'timelinejs';
  return 'dataset';
}
