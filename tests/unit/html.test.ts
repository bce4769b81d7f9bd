import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/html';

describe('escapeHtml', () => {
  const nasty = `Tom & Jerry's "<b>bold</b>" & more &amp; <script>`;

  it('escapes the five characters that can end text or a quoted attribute', () => {
    expect(escapeHtml(nasty)).toBe('Tom &amp; Jerry&#39;s &quot;&lt;b&gt;bold&lt;/b&gt;&quot; &amp; more &amp;amp; &lt;script&gt;');
    expect(escapeHtml('plain words')).toBe('plain words');
  });

  it('reads back as the same text from element content and from single- or double-quoted attributes', () => {
    const root = parse(`<p title="${escapeHtml(nasty)}" data-x='${escapeHtml(nasty)}'>${escapeHtml(nasty)}</p>`);
    const p = root.querySelector('p')!;
    expect(root.querySelectorAll('*')).toHaveLength(1);
    expect(p.text).toBe(nasty);
    expect(p.getAttribute('title')).toBe(nasty);
    expect(p.getAttribute('data-x')).toBe(nasty);
  });
});
