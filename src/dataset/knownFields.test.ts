import { describe, expect, it } from 'vitest';
import { CONTRACT_FIELDS, knownFieldsOf } from './knownFields';
import {
  actorSchema,
  claimReferenceSchema,
  claimSchema,
  datasetSchema,
  eraSchema,
  eventSchema,
  excerptSchema,
  introSchema,
  relatedSchema,
  sideSchema,
  sourceSchema,
  viewSchema,
} from './schema';
import type { Dataset } from './types';

describe('knownFieldsOf', () => {
  it('knows exactly the fields of the schema, in its order', () => {
    expect(CONTRACT_FIELDS).toEqual({
      dataset: Object.keys(datasetSchema.shape),
      intro: Object.keys(introSchema.shape),
      side: Object.keys(sideSchema.shape),
      source: Object.keys(sourceSchema.shape),
      actor: Object.keys(actorSchema.shape),
      event: Object.keys(eventSchema.shape),
      excerpt: Object.keys(excerptSchema.shape),
      claimReference: Object.keys(claimReferenceSchema.shape),
      claim: Object.keys(claimSchema.shape),
      related: Object.keys(relatedSchema.shape),
      era: Object.keys(eraSchema.shape),
      view: Object.keys(viewSchema.shape),
    });
  });

  it('keeps every known field at every level, and drops unknown keys and "__proto__" own properties', () => {
    const clean: Dataset = {
      $schema: './dataset.schema.json',
      title: 'T',
      description: 'D',
      intro: { dek: 'Dek', byline: 'By', published: '2022-02', keyEvents: ['e'] },
      sides: [{ id: 's', name: 'S' }],
      sources: [
        {
          id: 'src',
          outlet: 'O',
          label: 'L',
          title: 'T',
          url: 'https://example.org/',
          published: '2022',
          kind: 'other',
          note: 'N',
          article: 'src.txt',
        },
      ],
      actors: [{ id: 'a', name: 'A', role: 'R', side: 's', aliases: ['Al'] }],
      events: [
        {
          id: 'e',
          title: 'E',
          type: 'call',
          status: 'occurred',
          start: '2022-01-27T10:00Z',
          end: '2022-01-27T11:00Z',
          timeZone: 'UTC',
          dateNote: 'DN',
          actors: ['a'],
          sides: ['s'],
          summary: 'Sum',
          displayDate: 'Early 2022',
          excerpts: [
            {
              source: 'src',
              quote: 'Q',
              speaker: 'a',
              attribution: 'At',
              stance: 'supports',
              claims: [{ claim: 'c', stance: 'asserts' }],
            },
          ],
          claims: [{ id: 'c', text: 'C' }],
          related: [{ event: 'f', relation: 'follows' }],
        },
      ],
      eras: [{ title: 'Era', start: '-000043', end: '2022' }],
      view: { start: '2022-01-20', end: '2022-02' },
    };
    // Unknown keys and "__proto__" everywhere, as JSON.parse makes them (own properties).
    const text = JSON.stringify(clean).replace(/\{"/g, '{"__proto__":{"url":"javascript:x"},"extra":[1],"');
    const raw = JSON.parse(text) as Dataset;
    expect(Object.hasOwn(raw.events[0]!.excerpts[0]!, '__proto__')).toBe(true);
    const kept = knownFieldsOf(raw);
    expect(kept).toEqual(clean);
    expect(JSON.stringify(kept)).toBe(JSON.stringify(clean));
  });
});
