import { describe, expect, it } from 'vitest';
import { expandQuery, normalizeQuery, STOP_WORDS, SYNONYMS } from '../../../src/lib/search/synonyms';

describe('normalizeQuery', () => {
  it.each([
    ['Nol. Pros.!', 'nol pros'],
    ['  PBJ  ', 'pbj'],
    ['State’s Attorney', 'states attorney'],
    ['§ 10-105', '§ 10-105'],
    ['Expungement—fees', 'expungement fees'],
    ['café', 'cafe'],
    ["'quoted'", 'quoted'],
  ])('%j → %j', (input, output) => {
    expect(normalizeQuery(input)).toBe(output);
  });
});

describe('expandQuery', () => {
  it.each([
    ['weed', [['cannabis', 'marijuana']]],
    ['pot', [['cannabis', 'marijuana']]],
    ['marijuana', [['cannabis', 'marijuana']]],
    ['cannabis', [['cannabis', 'marijuana']]],
    ['nol pros', [['nolle prosequi']]],
    ['nolle pros', [['nolle prosequi']]],
    ['nolle prosse', [['nolle prosequi']]],
    ['Nol-Pros', [['nolle prosequi']]],
    ['PBJ', [['probation before judgment']]],
    ['probation before judgement', [['probation before judgment']]],
    ['expunge', [['expungement']]],
    ['expungment', [['expungement']]],
    ['stetted', [['stet']]],
    ['pardon 2024', [['pardon'], ['2024']]],
    ['how do I expunge my weed charge', [['expungement'], ['cannabis', 'marijuana'], ['charge']]],
    ['weed marijuana', [['cannabis', 'marijuana']]],
    ['fee waiver', [['fee', 'cost'], ['waiver']]],
    ['Case Search', [['case search']]],
    ['Mosby', [['mosby']]],
    ['the', [['the']]],
    ['', []],
  ])('%j → %j', (query, units) => {
    expect(expandQuery(query)).toEqual(units);
  });
});

describe('the synonym table', () => {
  const phrases = SYNONYMS.flatMap((g) => [g.canonical, ...(g.equivalents ?? []), ...g.variants].map((p) => ({ p, g: g.canonical })));

  it('is written in lower case, one space between words', () => {
    for (const { p } of phrases) expect(p).toBe(p.toLowerCase().replace(/\s+/g, ' ').trim());
  });

  it('maps each phrase to one group only', () => {
    const seen = new Map<string, string>();
    for (const { p, g } of phrases) {
      const key = normalizeQuery(p);
      if (seen.has(key)) expect.fail(`"${p}" is in the groups of both "${seen.get(key)}" and "${g}"`);
      seen.set(key, g);
    }
  });

  it('expands every variant to its group’s words', () => {
    for (const group of SYNONYMS) {
      const expected = [group.canonical, ...(group.equivalents ?? [])].map(normalizeQuery);
      for (const v of [group.canonical, ...group.variants]) expect(expandQuery(v), v).toEqual([expected]);
    }
  });

  it('does not use a stop word as a variant on its own', () => {
    for (const { p } of phrases) expect(STOP_WORDS.has(p), p).toBe(false);
  });
});
