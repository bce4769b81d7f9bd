/**
 * The rules engine against the contract, exhaustively: `assess`'s verdict,
 * paths and the status of every path equal an independent reading of the
 * contract (./contract-oracle.ts) on every Maryland case with at most two
 * unsure answers (every fully known case included), on a spread of cases
 * with more, and on every federal, D.C., other-state and unknown-court case.
 */
import { describe, expect, it } from 'vitest';
import { assess, decide, factFields, factValues, type FactField, type Facts } from '../../../src/lib/screening';
import { oracle } from './contract-oracle';

const mdFields = factFields.filter((f) => f !== 'court');

/** Every combination of the given fields' values (with 'unsure'), with at most `maxUnsure` unsure. */
function* cases(fields: readonly FactField[], base: Facts, maxUnsure: number, unsure = 0): Generator<Facts> {
  if (fields.length === 0) {
    yield base;
    return;
  }
  const [field, ...rest] = fields;
  for (const value of factValues[field]) {
    const u = unsure + (value === 'unsure' ? 1 : 0);
    if (u <= maxUnsure) yield* cases(rest, { ...base, [field]: value }, maxUnsure, u);
  }
}

function compare(facts: Facts) {
  const got = decide(facts);
  const want = oracle(facts);
  const same = got.verdict === want.verdict && got.paths.join() === want.paths.join() && JSON.stringify(got.status) === JSON.stringify(want.status);
  // Compared as strings for speed; on a difference, the full objects are shown.
  if (!same) expect({ verdict: got.verdict, paths: [...got.paths], status: { ...got.status } }, JSON.stringify(facts)).toEqual(want);
}

describe('assess agrees with the contract', () => {
  it('on every Maryland case with at most two unsure answers', () => {
    let n = 0;
    for (const facts of cases(mdFields, { court: 'maryland' }, 2)) {
      compare(facts);
      n++;
    }
    expect(n).toBeGreaterThan(100_000);
  });

  it('on every 11th Maryland case with three or more unsure answers', () => {
    let n = 0;
    let i = 0;
    for (const facts of cases(mdFields, { court: 'maryland' }, 8)) {
      const unsure = mdFields.filter((f) => facts[f] === 'unsure').length;
      if (unsure < 3 || i++ % 11 !== 0) continue;
      compare(facts);
      n++;
    }
    expect(n).toBeGreaterThan(3_000);
  });

  it('on every federal, D.C., other-state and unknown-court case (charge and outcome, with the rest unsure or known)', () => {
    for (const court of ['federal', 'dc', 'other-state', 'unsure'] as const) {
      for (const facts of cases(['charge', 'outcome', 'caseEnded', 'pendingCase'], { court }, 4)) compare(facts);
    }
  });

  it('returns the same verdict, paths and statuses from assess as from decide', () => {
    for (const facts of [...cases(mdFields, { court: 'maryland' }, 1)].filter((_, i) => i % 97 === 0)) {
      const a = assess(facts);
      const d = decide(facts);
      expect({ verdict: a.verdict, paths: a.paths, status: a.status }).toEqual({ verdict: d.verdict, paths: [...d.paths], status: { ...d.status } });
    }
  });
});
