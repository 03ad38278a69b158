/**
 * The event-type colours, checked where a reader meets them: each family's colour stands 3:1
 * against the surfaces it is drawn on (WCAG 1.4.11, non-text contrast), text keeps 4.5:1 on a
 * family's tint (WCAG 1.4.3), and every two families stay apart (CIEDE2000 ≥ 10) for normal
 * vision and as simulated for protanopia, deuteranopia and tritanopia (Machado et al. 2009, by
 * culori), in light and dark mode. And event-types.css gives each type the family and shape that
 * components/common/typeFamilies.ts says.
 */
import { readFileSync } from 'node:fs';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  formatHex,
  interpolate,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../dataset/vocabulary';
import { TYPE_FAMILIES } from '../components/common/typeFamilies';

const base = readFileSync(new URL('./base.css', import.meta.url), 'utf8');
const eventTypes = readFileSync(new URL('./event-types.css', import.meta.url), 'utf8');

/** The custom properties set in one block of base.css: `:root` (light) or the dark-mode one. */
function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}
const darkStart = base.indexOf('@media (prefers-color-scheme: dark)');
const MODES = {
  light: variables(base.slice(0, darkStart)),
  dark: variables(base.slice(darkStart, base.indexOf('\n}\n', darkStart))),
};

const seenAs = (simulate: (colour: Color) => Color) => (colour: string) => formatHex(simulate(parse(colour)!));
const VISIONS = {
  normal: (colour: string) => colour,
  protanopia: seenAs(filterDeficiencyProt(1)),
  deuteranopia: seenAs(filterDeficiencyDeuter(1)),
  tritanopia: seenAs(filterDeficiencyTrit(1)),
};
const MIN_DISTANCE = 10;
const difference = differenceCiede2000();

describe.each(Object.entries(MODES))('the type colours, %s mode', (_, vars) => {
  const families = TYPE_FAMILIES.map((family) => ({ id: family.id, colour: vars[`f-${family.id}`]! }));

  it('are defined for every family', () => {
    for (const family of families) expect(family.colour, family.id).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('stand 3:1 against the surfaces marks are drawn on', () => {
    for (const { id, colour } of families) {
      for (const surface of ['surface', 'bg', 'surface-2']) {
        expect(wcagContrast(colour, vars[surface]!), `${id} on ${surface}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('leave text readable (4.5:1) on a tint of them', () => {
    for (const { id, colour } of families) {
      const tint = formatHex(interpolate([vars.surface!, colour])(0.2));
      expect(wcagContrast(vars.text!, tint), `text on ${id}'s tint`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(Object.entries(VISIONS))('stay apart for %s', (_, seen) => {
    for (const [i, a] of families.entries()) {
      for (const b of families.slice(i + 1)) {
        const distance = difference(seen(a.colour), seen(b.colour));
        expect(distance, `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(MIN_DISTANCE);
      }
    }
  });
});

describe('event-types.css', () => {
  it('gives each type the family colour and the shape of the table, and the table has every type once', () => {
    const listed = TYPE_FAMILIES.flatMap((family) => family.types.map(([type]) => type));
    expect([...listed].sort()).toEqual([...EVENT_TYPES].sort());
    for (const family of TYPE_FAMILIES) {
      const shapes = family.types.map(([, shape]) => shape);
      expect(new Set(shapes).size, `shapes within ${family.id}`).toBe(shapes.length);
      for (const [type, shape] of family.types) {
        const rule = eventTypes.match(new RegExp(`\\.sl-type-${type} \\{([^}]*)\\}`))?.[1] ?? '';
        expect(rule, type).toContain(`--type: var(--f-${family.id});`);
        expect(rule, type).toContain(`--shape: var(--shape-${shape});`);
      }
    }
  });
});
