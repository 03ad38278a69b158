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
