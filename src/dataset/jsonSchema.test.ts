import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from './dates';
import { buildJsonSchema, renderJsonSchema } from './jsonSchema';
import { CONTRACT_FIELDS } from './knownFields';
import { EVENT_STATUSES, EVENT_TYPES, RELATIONS, SOURCE_KINDS, STANCES } from './vocabulary';

/* eslint-disable @typescript-eslint/no-explicit-any -- walking a JSON Schema document */

const committedPath = new URL('../../data/dataset.schema.json', import.meta.url);

describe('data/dataset.schema.json', () => {
  it('is exactly what `npm run schema` generates from src/dataset/schema.ts', () => {
    const committed = readFileSync(committedPath, 'utf8');
    const generated = renderJsonSchema();
    const a = committed.split('\n');
    const b = generated.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    const where =
      line < 0
        ? `it has ${a.length} lines, the generated one ${b.length}`
        : `line ${line + 1} is ${JSON.stringify(a[line])}, generated ${JSON.stringify(b[line])}`;
    expect(
      committed === generated,
      `data/dataset.schema.json is out of date with src/dataset/schema.ts (${where}): run \`npm run schema\` and commit the result`,
    ).toBe(true);
  });

  it('is what the bundled dataset points its editor at', () => {
    const dataset = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'));
    expect(dataset.$schema).toBe('./dataset.schema.json');
  });
});

describe('the generated JSON Schema', () => {
  const schema = buildJsonSchema() as any;
  const item = (collection: string) => schema.properties[collection].items;

  it('is a draft 2020-12 object schema with a title and a pointer to its source', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.title).toBe('Sourceline dataset');
    expect(schema.description).toMatch(/npm run schema/);
  });

  it('renders as stable, two-space indented JSON ending in a newline', () => {
    const text = renderJsonSchema();
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(schema);
    expect(text).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    expect(renderJsonSchema()).toBe(text);
  });

  it('requires the contract fields at every level', () => {
    expect(schema.required).toEqual(['title', 'sides', 'sources', 'actors', 'events']);
    expect(item('sides').required).toEqual(['id', 'name']);
    expect(item('sources').required).toEqual(['id', 'outlet', 'kind']);
    expect(item('actors').required).toEqual(['id', 'name', 'side']);
    expect(item('events').required).toEqual(['id', 'title', 'type', 'status', 'start', 'actors', 'excerpts']);
    expect(item('events').properties.excerpts.items.required).toEqual(['source', 'quote']);
    expect(item('events').properties.related.items.required).toEqual(['event', 'relation']);
  });

  it('names every field of the contract, in its order', () => {
    // CONTRACT_FIELDS is held equal to schema.ts by knownFields.test.ts.
    expect(Object.keys(schema.properties)).toEqual(CONTRACT_FIELDS.dataset);
    expect(Object.keys(item('sides').properties)).toEqual(CONTRACT_FIELDS.side);
    expect(Object.keys(item('sources').properties)).toEqual(CONTRACT_FIELDS.source);
    expect(Object.keys(item('actors').properties)).toEqual(CONTRACT_FIELDS.actor);
    expect(Object.keys(item('events').properties)).toEqual(CONTRACT_FIELDS.event);
    const event = item('events').properties;
    expect(Object.keys(event.claims.items.properties)).toEqual(CONTRACT_FIELDS.claim);
    expect(Object.keys(event.excerpts.items.properties)).toEqual(CONTRACT_FIELDS.excerpt);
    expect(Object.keys(event.excerpts.items.properties.claims.items.properties)).toEqual(
      CONTRACT_FIELDS.claimReference,
    );
    expect(Object.keys(event.related.items.properties)).toEqual(CONTRACT_FIELDS.related);
  });

  it('lists the vocabularies as enums', () => {
    const event = item('events').properties;
    expect(event.type.enum).toEqual([...EVENT_TYPES]);
    expect(event.type.enum).toEqual(expect.arrayContaining(['call', 'briefing', 'troop-report', 'summit']));
    expect(event.status.enum).toEqual(['occurred', 'scheduled', 'expected', 'forecast']);
    expect(event.status.enum).toEqual([...EVENT_STATUSES]);
    expect(item('sources').properties.kind.enum).toEqual([...SOURCE_KINDS]);
    expect(event.excerpts.items.properties.stance.enum).toEqual([...STANCES]);
    expect(event.excerpts.items.properties.claims.items.properties.stance.enum).toEqual(['asserts', 'disputes']);
    expect(event.excerpts.items.properties.claims.items.required).toEqual(['claim', 'stance']);
    expect(event.claims.items.required).toEqual(['id', 'text']);
    expect(event.related.items.properties.relation.enum).toEqual([...RELATIONS]);
  });

  it('asks for at least one excerpt', () => {
    expect(item('events').properties.excerpts.minItems).toBe(1);
  });

  it('gives editors patterns for ids, dates and URLs that agree with the validator', () => {
    const event = item('events').properties;
    const idPattern = new RegExp(item('sides').properties.id.pattern);
    expect(['us', 'nato-eu', '2022-01-27:call_1.v2'].every((v) => idPattern.test(v))).toBe(true);
    expect(['', 'has space', 'a,b', '-x'].some((v) => idPattern.test(v))).toBe(false);

    const datePattern = new RegExp(event.start.pattern);
    expect(new RegExp(event.end.pattern).source).toBe(datePattern.source);
    expect(new RegExp(item('sources').properties.published.pattern).source).toBe(datePattern.source);
    for (const text of [
      '2022',
      '2022-02',
      '2022-01-27',
      '2021-12-30T15:30-05:00',
      '2021-12-30T15:30:00-05:00',
      '2022-01-27T12:00Z',
    ]) {
      expect(datePattern.test(text), text).toBe(true);
      expect(parsePartialDate(text).ok, text).toBe(true);
    }
    for (const text of ['2022-13', '2022-01-27T15:30', '2022-01-27T24:00Z', '22-01-27', '2022-01-27T15:30:00']) {
      expect(datePattern.test(text), text).toBe(false);
      expect(parsePartialDate(text).ok, text).toBe(false);
    }

    const urlPattern = new RegExp(item('sources').properties.url.pattern);
    expect(urlPattern.test('https://example.com')).toBe(true);
    expect(urlPattern.test('HTTP://example.com')).toBe(true);
    expect(urlPattern.test('javascript:alert(1)')).toBe(false);
    expect(item('sources').properties.url.format).toBe('uri');
  });

  it('rejects empty text where the validator does', () => {
    const notEmpty = new RegExp(item('events').properties.title.pattern);
    expect(notEmpty.test('   ')).toBe(false);
    expect(notEmpty.test(' x ')).toBe(true);
    expect(item('events').properties.excerpts.items.properties.quote.pattern).toBe(
      item('events').properties.title.pattern,
    );
  });
});
