import { describe, expect, test } from 'vitest';
import { sideSchema } from './schema';
import { foldAccents, slugify } from './slugs';

describe('foldAccents', () => {
  test.each([
    ['Erdoğan', 'Erdogan'],
    ['Yıldıroğlu', 'Yildiroglu'],
    ['ŁUKASZENKA', 'LUKASZENKA'],
    ['Støre', 'Store'],
    ['Straße', 'Strasse'],
    ['Æsir Œuvre', 'AEsir OEuvre'],
    ['Þór Ðenić Đoković', 'THor Denic Dokovic'],
    ['cafe\u0301', 'cafe'],
    ['ﬁnal', 'final'],
    ['Кулеба', 'Кулеба'],
  ])('%s → %s', (text, folded) => {
    expect(foldAccents(text)).toBe(folded);
  });
});

describe('slugify', () => {
  test.each([
    ['Joe Biden', 'joe-biden'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['NATO / EU', 'nato-eu'],
    ["Ukraine's borders", 'ukraines-borders'],
    ['  --Hello,   World!-- ', 'hello-world'],
    ['Mevlüt Çavuşoğlu', 'mevlut-cavusoglu'],
    ['Alyaksandr Łukashenka', 'alyaksandr-lukashenka'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name, 'x')).toBe(slug);
    expect(sideSchema.shape.id.safeParse(slug).success).toBe(true);
  });

  test('a name with no Latin letters or digits gives the fallback', () => {
    expect(slugify('Зеленский', 'actor')).toBe('actor');
    expect(slugify('!!!', 'event')).toBe('event');
  });

  test('long names are cut at a word boundary to at most 60 characters', () => {
    const slug = slugify('word '.repeat(40), 'x');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^word(-word)+$/);
  });
});
