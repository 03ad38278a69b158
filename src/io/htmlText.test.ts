import { describe, expect, test } from 'vitest';
import { decodeEntities, htmlToText } from './htmlText';

describe('htmlToText', () => {
  test('removes tags; block tags separate words, inline tags do not', () => {
    expect(htmlToText('<p>One</p><p>Two<br>Three<br/>Four</p>')).toBe('One Two Three Four');
    expect(htmlToText('Bi<b>den</b> and <em>Zelensky</em>')).toBe('Biden and Zelensky');
    expect(htmlToText('<ul><li>a</li><li>b</li></ul>')).toBe('a b');
  });

  test('an attribute value holding ">" does not end the tag early', () => {
    expect(htmlToText('<a title="a > b" href=\'x>y\'>link</a> text')).toBe('link text');
  });

  test('drops script, style and comments with their content', () => {
    expect(htmlToText('a<script>alert("x")</script>b<style>p{color:red}</style>c<!-- note -->d')).toBe('a b c d');
    expect(htmlToText('<SCRIPT type="text/javascript">evil()</SCRIPT >ok')).toBe('ok');
  });

  test('never keeps markup: an image with an onerror handler leaves nothing behind', () => {
    const text = htmlToText('<p>Before</p><img src=x onerror="alert(1)">After');
    expect(text).toBe('Before After');
    expect(text).not.toMatch(/[<>]|onerror/);
  });

  test('a "<" that does not start a tag is text', () => {
    expect(htmlToText('3 < 4 and 5 > 2')).toBe('3 < 4 and 5 > 2');
  });

  test('decodes entities after removing tags, so encoded markup stays text', () => {
    expect(htmlToText('&lt;b&gt;not bold&lt;/b&gt;')).toBe('<b>not bold</b>');
  });

  test('collapses whitespace, including non-breaking spaces, and trims', () => {
    expect(htmlToText('  a\n\n\tb&nbsp;&nbsp;c\u00a0 d  ')).toBe('a b c d');
  });

  test('a tag that never closes is kept as text with what follows, never half-removed', () => {
    expect(htmlToText('before <a title="x>y z')).toBe('before <a title="x>y z');
    expect(htmlToText('a <b>bold</b> and <i')).toBe('a bold and <i');
  });

  test('script-like content is dropped up to its end tag, in any letter case, or to the end', () => {
    expect(htmlToText('a<Script>x</SCRIPT  >b<svg><text>y</text></svg>c')).toBe('a b c');
    expect(htmlToText('kept<script>never closed</scrip')).toBe('kept');
    expect(htmlToText('kept<!-- never closed')).toBe('kept');
  });

  test('non-strings are the caller’s business; an empty string stays empty', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p> </p>')).toBe('');
  });
});

describe('decodeEntities', () => {
  test.each([
    ['&amp;', '&'],
    ['&lt;', '<'],
    ['&gt;', '>'],
    ['&quot;', '"'],
    ['&#39;', "'"],
    ['&#8217;', '\u2019'],
    ['&#x11F;', 'ğ'],
    ['&#X11f;', 'ğ'],
    ['&nbsp;', '\u00a0'],
    ['&mdash;', '\u2014'],
    ['&AMP;', '&'],
    ['&#128512;', '😀'],
  ])('%s → %j', (entity, text) => {
    expect(decodeEntities(entity)).toBe(text);
  });

  test('decodes once: "&amp;lt;" is the text "&lt;"', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });

  test('unknown names are left as written', () => {
    expect(decodeEntities('AT&T; &bogus; R&D')).toBe('AT&T; &bogus; R&D');
  });

  test('code points that are not characters become U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });
});

describe('htmlToText on adversarial input takes time linear in its length', () => {
  /**
   * A fixed time limit would break on a loaded machine; growth does not. The same pattern is
   * timed at about 250, 500, 1,000 and 2,000 characters: over three doublings linear work grows
   * about 8 times, quadratic 64 and cubic 512 (the regular expression this replaced took 5 s at
   * 2,000 characters). Time is the process's CPU time, which does not run on while other
   * programs have the processor, and each size is converted repeatedly, for long enough to
   * measure, in rounds that visit every size; each size keeps its best round. Inputs stay small
   * so that the engine's own thresholds for big strings do not enter the ratio.
   */
  const SIZES = [250, 500, 1000, 2000];

  function cpuMs(): number {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }

  function cpuPerCall(input: string, minimumMs: number): number {
    let calls = 0;
    let spent: number;
    const start = cpuMs();
    do {
      htmlToText(input);
      calls++;
      spent = cpuMs() - start;
    } while (spent < minimumMs);
    return spent / calls;
  }

  function growthOverThreeDoublings(unit: string): number {
    const inputs = SIZES.map((size) => unit.repeat(Math.ceil(size / unit.length)));
    const best = inputs.map(() => Infinity);
    cpuPerCall(inputs[0]!, 20); // Let the compiler settle on this pattern first.
    for (let round = 0; round < 5; round++) {
      inputs.forEach((input, i) => (best[i] = Math.min(best[i]!, cpuPerCall(input, 5))));
    }
    return best[best.length - 1]! / best[0]!;
  }

  test.each([
    ['an unclosed tag, many times (the reported freeze)', '<a'],
    ['unclosed tags with quotes', '<a "'],
    ['unclosed attribute values', "<a x='"],
    ['quoted ">" in attributes', '<p title="<a>">'],
    ['unclosed script elements', '<script>'],
    ['script end tags that never finish', '<script></script '],
    ['unclosed comments', '<!--'],
    ['end-tag openings', '</'],
    ['entities that never end', '&#x1F600&amp'],
  ])('%s', (_, unit) => {
    // Linear is about 8; quadratic 64.
    expect(growthOverThreeDoublings(unit)).toBeLessThan(24);
  });
});

describe('htmlToText with links kept', () => {
  test('an http(s) link keeps its address after its words; other schemes and bare anchors keep their words only', () => {
    expect(
      htmlToText(
        'See <a href="https://x.org/a?b=1&amp;c=2">the report</a>, then <a href=\'javascript:alert(1)\'>this</a>.',
        {
          links: true,
        },
      ),
    ).toBe('See the report (https://x.org/a?b=1&c=2), then this.');
    expect(htmlToText('<a href=https://y.org/p>one <b>two</b></a> end', { links: true })).toBe(
      'one two (https://y.org/p) end',
    );
    expect(htmlToText('<a name="x">here</a>', { links: true })).toBe('here');
  });

  test('a link whose words are its address is not written twice; an unclosed one keeps its address at the end', () => {
    expect(htmlToText('<a href="https://x.org">https://x.org</a>', { links: true })).toBe('https://x.org');
    expect(htmlToText('<a href="https://a.org">never closed', { links: true })).toBe('never closed (https://a.org)');
  });

  test('without the option, links are words only, as before', () => {
    expect(htmlToText('See <a href="https://x.org">the report</a>.')).toBe('See the report.');
  });
});
