import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberRecords } from '../../../src/lib/content/numbers';

describe('the By the numbers open data', () => {
  const page = new URL('https://example.org/by-the-numbers/');
  it('reads each table row with its section, figure and sources', () => {
    const md = '## Maryland {#maryland}\n\n| Figure | What it counts | Source and date |\n|---|---|---|\n| 6,938 | People | Marijuana Moment [@mm-2025] |\n\n## Elsewhere {#results-elsewhere}\n\n| Place | Tool | Result reported | Source and date |\n|---|---|---|---|\n| Ohio | A law | not found in a source we could confirm | none |\n';
    expect(numberRecords(md, page)).toEqual([
      { id: 'maryland-1', section: 'maryland', sectionTitle: 'Maryland', place: 'Maryland', figure: '6,938', what: 'People', source: 'Marijuana Moment', sources: ['mm-2025'], url: 'https://example.org/by-the-numbers/#maryland' },
      { id: 'results-elsewhere-1', section: 'results-elsewhere', sectionTitle: 'Elsewhere', place: 'Ohio', figure: 'not found in a source we could confirm', what: 'A law', source: 'none', sources: [], url: 'https://example.org/by-the-numbers/#results-elsewhere' },
    ]);
  });
  it('every row of the real page has a figure, and a cited source unless none was found', () => {
    const rows = numberRecords(readFileSync('content/pages/by-the-numbers.md', 'utf8'), page);
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      expect(r.figure, r.id).not.toBe('');
      if (r.figure !== 'not found in a source we could confirm' && r.id !== 'baltimore-2019-3') expect(r.sources.length, r.id).toBeGreaterThan(0);
    }
  });
});
