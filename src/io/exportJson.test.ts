import { describe, expect, test } from 'vitest';
import { isEventDisputed } from '../dataset/claims';
import type { Dataset } from '../dataset/types';
import { exportDatasetJson } from './exportJson';
import { expectValid, realDataset } from './testHelpers';

const dataset = realDataset();

function exported(ids: readonly string[] | Set<string>) {
  const text = exportDatasetJson(dataset, ids);
  return { text, file: expectValid(JSON.parse(text)) };
}

describe('exportDatasetJson', () => {
  test('keeps the dataset’s eras and an event’s date as written (additions to the contract)', () => {
    const data = realDataset();
    const withEras: Dataset = {
      ...data,
      eras: [{ title: 'Before the invasion', start: '2021-10', end: '2022-02-23' }],
      events: data.events.map((event, i) => (i === 0 ? { ...event, displayDate: 'Early 2014' } : event)),
    };
    const exported = expectValid(JSON.parse(exportDatasetJson(withEras, [data.events[0]!.id])));
    expect(exported.eras).toEqual([{ title: 'Before the invasion', start: '2021-10', end: '2022-02-23' }]);
    expect(exported.events[0]!.displayDate).toBe('Early 2014');
  });

  test('holds only the chosen events, in dataset order, and what they refer to (speakers too)', () => {
    const { file } = exported(['2022-01-26-erdogan-ntv-interview', '2022-putin-visit-to-turkey']);
    expect(file.events.map((e) => e.id)).toEqual(['2022-putin-visit-to-turkey', '2022-01-26-erdogan-ntv-interview']);
    const actorIds = file.actors.map((a) => a.id);
    // Çavuşoğlu is only a speaker of an excerpt, not one of the events' actors.
    expect(actorIds).toContain('cavusoglu');
    expect(new Set(actorIds)).toEqual(
      new Set([
        ...file.events.flatMap((e) => e.actors),
        ...file.events.flatMap((e) => e.excerpts.flatMap((x) => (x.speaker ? [x.speaker] : []))),
      ]),
    );
    expect(file.sides.map((s) => s.id).sort()).toEqual([...new Set(file.actors.map((a) => a.side))].sort());
    expect(file.sources.map((s) => s.id)).toEqual(['cnn-live-2022-01-27']);
  });

  test('prunes related links to events that are not exported, and drops an emptied list', () => {
    const { file } = exported([
      '2022-01-26-erdogan-ntv-interview',
      '2022-putin-visit-to-turkey',
      '2021-12-30-biden-putin-call',
    ]);
    const visit = file.events.find((e) => e.id === '2022-putin-visit-to-turkey')!;
    expect(visit.related).toEqual([{ event: '2022-01-26-erdogan-ntv-interview', relation: 'follows' }]);
    expect('related' in file.events.find((e) => e.id === '2021-12-30-biden-putin-call')!).toBe(false);
    // The intro's key moments, likewise: only those exported; none left, none named, the dek kept.
    expect(file.intro!.keyEvents).toEqual(['2021-12-30-biden-putin-call']);
    expect(exported(['2022-putin-visit-to-turkey']).file.intro).toEqual({
      dek: dataset.intro!.dek,
      byline: dataset.intro!.byline,
    });
  });

  test('says in its title that it is a part, and keeps "$schema" first, pretty-printed', () => {
    const { text, file } = exported(new Set(['2022-putin-visit-to-turkey', 'no-such-event']));
    expect(file.title).toBe(`${dataset.title} (filtered: 1 of ${dataset.events.length} events)`);
    expect(Object.keys(JSON.parse(text))[0]).toBe('$schema');
    expect(file.$schema).toBe('./dataset.schema.json');
    expect(text).toMatch(/^\{\n {2}"\$schema": "\.\/dataset\.schema\.json",\n {2}"title": /);
    expect(text.endsWith('}\n')).toBe(true);
  });

  test('given only the chosen events (the page parses no others), the title counts the whole dataset', () => {
    const part = { ...dataset, events: dataset.events.filter((e) => e.id === '2022-putin-visit-to-turkey') };
    const file = expectValid(
      JSON.parse(exportDatasetJson(part, ['2022-putin-visit-to-turkey'], dataset.events.length)),
    );
    expect(file.title).toBe(`${dataset.title} (filtered: 1 of ${dataset.events.length} events)`);
    expect(file.events.map((e) => e.id)).toEqual(['2022-putin-visit-to-turkey']);
  });

  test('all events: the whole dataset, unchanged apart from formatting', () => {
    const { file } = exported(dataset.events.map((e) => e.id));
    expect(file).toEqual(dataset);
  });

  test('no events: still a valid (empty) dataset', () => {
    const { file } = exported([]);
    expect(file).toMatchObject({ events: [], actors: [], sides: [], sources: [] });
    expect(file.title).toContain(`(filtered: 0 of ${dataset.events.length} events)`);
  });

  test('does not change the dataset it is given', () => {
    const before = structuredClone(dataset);
    exportDatasetJson(dataset, ['2022-putin-visit-to-turkey']);
    expect(dataset).toEqual(before);
  });

  test('writes what was validated, not what the file held: no unknown keys, no "__proto__" subtrees', () => {
    // As the page holds a file it has opened: its own JSON.parse, unknown keys and all.
    const text = `{"__proto__":{"url":"javascript:alert(1)"},"extra":{"a":1},${JSON.stringify(dataset).slice(1)}`
      .replace('"outlet":', '"__proto__":{"url":"javascript:alert(2)"},"tracking":"x","outlet":')
      .replace('"quote":', '"note":"unknown here","quote":');
    const raw = JSON.parse(text) as typeof dataset;
    expect(Object.hasOwn(raw, '__proto__')).toBe(true);
    const out = exportDatasetJson(
      raw,
      dataset.events.map((e) => e.id),
    );
    expect(out).not.toMatch(/__proto__|javascript:|"extra"|"tracking"|unknown here/);
    expect(out).toBe(
      exportDatasetJson(
        dataset,
        dataset.events.map((e) => e.id),
      ),
    );
  });

  test('an unknown key nested too deep for JSON.stringify cannot make the export fail', () => {
    // (Files nested past 1,000 levels are refused on opening; this is the export's own guard.)
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const raw = JSON.parse(`${JSON.stringify(dataset).slice(0, -1)},"junk":${deep}}`) as typeof dataset;
    expect(() => JSON.stringify(raw)).toThrow(RangeError);
    const file = JSON.parse(exportDatasetJson(raw, ['2022-putin-visit-to-turkey']));
    expect(file.junk).toBeUndefined();
    expect(file.events).toHaveLength(1);
  });
});

describe('exportDatasetJson: claims and validated output', () => {
  test('claims survive export → open (validate) unchanged', () => {
    const data = dataset;
    expect(data.events.find((e) => e.id === '2022-01-27-biden-zelensky-call')!.claims!.length).toBeGreaterThan(0);
    const back = expectValid(JSON.parse(exportDatasetJson(data, ['2022-01-27-biden-zelensky-call'])));
    const call = (d: Dataset) => d.events.find((e) => e.id === '2022-01-27-biden-zelensky-call')!;
    expect(call(back).claims).toEqual(call(data).claims);
    expect(call(back).excerpts.map((x) => x.claims)).toEqual(call(data).excerpts.map((x) => x.claims));
    expect(back.events.filter(isEventDisputed).map((e) => e.id)).toEqual(['2022-01-27-biden-zelensky-call']);
  });

  test('writes only the contract: keys smuggled into the parsed file are left out', () => {
    const raw = JSON.parse(
      JSON.stringify(dataset).replace(
        '"sources":[',
        '"__proto__":{"url":"javascript:alert(1)"},"extra":{"deep":[[[[{"x":1}]]]]},"sources":[',
      ),
    );
    raw.events[0].excerpts[0].note = 'not in the contract';
    const text = exportDatasetJson(raw, [raw.events[0].id]);
    expect(text).not.toContain('javascript:');
    expect(text).not.toContain('__proto__');
    expect(text).not.toContain('"extra"');
    expect(text).not.toContain('not in the contract');
    expectValid(JSON.parse(text));
  });
});
