/**
 * A synthetic export in the ACLED layout (the conflict-event CSV researchers download), of any
 * number of rows, for the benchmark and the tests that open a large one. Deterministic from its
 * seed: the same options give the same bytes. Shaped like a real export of a war's first years:
 * a few dozen named actors of ACLED's actor types, its six event types with their sub-types, dates
 * mostly to the day (some to the week or month), one to three outlets per event, and notes in
 * ACLED's manner ("On 3 March 2022, …"). Every row converts (no row is left out).
 */
import { MONTH_NAMES } from '../src/dataset/dates';
import { mulberry32 } from '../src/engine/prng';
import { ACLED_COLUMNS } from '../src/io/acledImport';

export interface AcledOptions {
  rows: number;
  seed?: number;
}

const EVENT_TYPES: [string, string, string[]][] = [
  [
    'Political violence',
    'Battles',
    ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  ],
  [
    'Political violence',
    'Explosions/Remote violence',
    ['Shelling/artillery/missile attack', 'Air/drone strike', 'Remote explosive/landmine/IED'],
  ],
  ['Political violence', 'Violence against civilians', ['Attack', 'Abduction/forced disappearance']],
  ['Demonstrations', 'Protests', ['Peaceful protest', 'Protest with intervention']],
  ['Demonstrations', 'Riots', ['Violent demonstration', 'Mob violence']],
  ['Strategic developments', 'Strategic developments', ['Arrests', 'Agreement', 'Looting/property destruction']],
];

const ACTORS: [string, string][] = [
  ['Military Forces of Russia (2000-)', 'State forces'],
  ['Military Forces of Ukraine (2019-)', 'State forces'],
  ['Police Forces of Ukraine (2019-)', 'State forces'],
  ['Wagner Group', 'External/Other forces'],
  ['Donetsk Communal Militia', 'Political militia'],
  ['Luhansk Communal Militia', 'Political militia'],
  ['Protesters (Ukraine)', 'Protesters'],
  ['Rioters (Ukraine)', 'Rioters'],
  ['Civilians (Ukraine)', 'Civilians'],
  ['Government of Ukraine (2019-)', 'State forces'],
  ['Government of Russia (2000-)', 'State forces'],
];

const PLACES: [string, string, number, number][] = [
  ['Kharkiv', 'Kharkivska', 49.9935, 36.2304],
  ['Bakhmut', 'Donetska', 48.5956, 38.0004],
  ['Mariupol', 'Donetska', 47.0971, 37.5434],
  ['Kherson', 'Khersonska', 46.6354, 32.6169],
  ['Kyiv', 'Kyiv City', 50.4501, 30.5234],
  ['Mykolaiv', 'Mykolaivska', 46.975, 31.9946],
  ['Zaporizhzhia', 'Zaporizka', 47.8388, 35.1396],
  ['Sievierodonetsk', 'Luhanska', 48.9482, 38.4916],
  ['Odesa', 'Odeska', 46.4825, 30.7233],
  ['Izium', 'Kharkivska', 49.2128, 37.2569],
];

const OUTLETS = [
  'Ukrainska Pravda',
  'Kyiv Independent',
  'BBC',
  'Reuters',
  'Ministry of Defence of Ukraine',
  'TASS',
  'Suspilne',
  'Telegram',
  'Ukrinform',
  'Liga.net',
];

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2022, 1, 24);

/** The export as CSV text (a header and `rows` rows, LF line ends). */
export function generateAcledCsv({ rows, seed = 1 }: AcledOptions): string {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const lines = [ACLED_COLUMNS.join(',')];
  for (let i = 0; i < rows; i++) {
    const [disorder, type, subTypes] = pick(EVENT_TYPES);
    const subType = pick(subTypes);
    const [actor1, inter1] =
      type === 'Protests' ? ACTORS[6]! : type === 'Riots' ? ACTORS[7]! : pick(ACTORS.slice(0, 6));
    const [actor2, inter2] =
      type === 'Violence against civilians' ? ACTORS[8]! : type === 'Protests' ? ['', ''] : pick(ACTORS.slice(0, 6));
    const [location, admin1, latitude, longitude] = pick(PLACES);
    const day = new Date(FIRST_DAY + Math.floor(random() * 900) * DAY_MS);
    const roll = random();
    const precision = roll < 0.85 ? 1 : roll < 0.95 ? 2 : 3;
    const outlets = [...new Set([pick(OUTLETS), pick(OUTLETS), pick(OUTLETS)].slice(0, 1 + Math.floor(random() * 3)))];
    const said = `${day.getUTCDate()} ${MONTH_NAMES[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    const notes = `On ${said}, ${actor1} ${type === 'Protests' ? 'gathered' : 'engaged'}${actor2 ? ` ${actor2}` : ''} in ${location} (${admin1}): ${subType.toLowerCase()}.`;
    const fatalities = type === 'Protests' ? 0 : Math.floor(random() * random() * 12);
    const cells = [
      `UKR${100000 + i}`,
      said,
      String(day.getUTCFullYear()),
      String(precision),
      disorder,
      type,
      subType,
      actor1,
      '',
      inter1,
      actor2,
      '',
      inter2,
      actor2 ? `${inter1}-${inter2}` : `${inter1} only`,
      type === 'Violence against civilians' ? 'Civilian targeting' : '',
      '804',
      'Europe',
      'Ukraine',
      admin1,
      '',
      '',
      location,
      latitude.toFixed(4),
      longitude.toFixed(4),
      '1',
      outlets.join('; '),
      outlets.length > 1 ? 'National-International' : 'National',
      notes,
      String(fatalities),
      '',
      String(1_700_000_000 + i),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
