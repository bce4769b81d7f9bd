import { describe, expect, it } from 'vitest';
import { atomFeed, newestFirst } from '../../../src/lib/feed';
import { toCsv } from '../../../src/lib/open-data';
import { reviewAgeWarning } from '../../../src/lib/content/review-age';

describe('toCsv', () => {
  it('writes a header row and escapes commas, quotes and line breaks', () => {
    const csv = toCsv([{ a: 'plain', b: 'one, two', c: 'say "hi"' }, { a: 'line\nbreak', b: ['x', 'y'], c: null }], ['a', 'b', 'c']);
    expect(csv).toBe('a,b,c\r\nplain,"one, two","say ""hi"""\r\n"line\nbreak",x y,\r\n');
  });
});

describe('atomFeed', () => {
  const site = new URL('https://example.org');
  const updates = [
    { id: 'old', date: '2026-01-02', title: 'Old & early', pages: ['/policy/'], change: 'A <b>', why: 'B' },
    { id: 'new', date: '2026-11-25', title: 'New', pages: ['/relief/', '/help/'], change: 'C', why: 'D' },
  ];
  it('lists entries newest first with escaped text', () => {
    const xml = atomFeed(updates, { site, title: 'Site' });
    expect(xml.indexOf('<title>New</title>')).toBeLessThan(xml.indexOf('<title>Old &amp; early</title>'));
    expect(xml).toContain('A &lt;b&gt;');
    expect(xml).toContain('<updated>2026-11-25T00:00:00Z</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });
  it('orders by date then id', () => {
    expect(newestFirst([{ id: 'b', date: '2026-01-01' }, { id: 'a', date: '2026-01-01' }]).map((u) => u.id)).toEqual(['a', 'b']);
  });
});

describe('reviewAgeWarning', () => {
  it('is silent within six months and loud after', () => {
    expect(reviewAgeWarning('2026-06-01', new Date('2026-11-30T12:00:00Z'), 'a.md')).toBeNull();
    expect(reviewAgeWarning('2026-05-01', new Date('2026-11-30T12:00:00Z'), 'a.md')).toMatch(/REVIEW OVERDUE: a\.md/);
  });
});
