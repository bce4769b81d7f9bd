/**
 * The rules engine against the contract: `assess`'s verdict, paths and the status of every
 * path equal an independent reading of the contract (./contract-oracle.ts) on a seeded random
 * sample of the whole answer space. The full enumeration (every Maryland case with at most two
 * unsure answers, a spread of the rest, every case outside Maryland) is
 * tests/exhaustive/screening/rules.test.ts (`npm run test:exhaustive`).
 */
import { describe, expect, it } from 'vitest';
import { assess, decide } from '../../../src/lib/screening';
import { factCases, marylandFields, sampleFacts, SEED } from '../../support/fact-cases';
import { expectOracleAgrees } from '../../support/oracle-check';

describe(`assess agrees with the contract (seed ${SEED})`, () => {
  it('on 5,000 random Maryland cases', () => {
    const cases = sampleFacts(5_000, SEED, { court: 'maryland' });
    for (const facts of cases) expectOracleAgrees(facts);
    // The sample reaches both ends of the answer space: fully known cases and many unsure answers.
    const unsure = cases.map((f) => marylandFields.filter((field) => (f[field] ?? 'unsure') === 'unsure').length);
    expect(unsure.filter((n) => n === 0).length).toBeGreaterThan(20);
    expect(Math.max(...unsure)).toBeGreaterThanOrEqual(5);
  });

  it('on 1,000 random cases in any court', () => {
    const cases = sampleFacts(1_000, SEED + 1);
    for (const facts of cases) expectOracleAgrees(facts);
    expect(new Set(cases.map((f) => f.court)).size).toBeGreaterThanOrEqual(5);
  });

  it('returns the same verdict, paths and statuses from assess as from decide', () => {
    for (const facts of [...factCases(marylandFields, { court: 'maryland' }, 1)].filter((_, i) => i % 97 === 0)) {
      const a = assess(facts);
      const d = decide(facts);
      expect({ verdict: a.verdict, paths: a.paths, status: a.status }).toEqual({ verdict: d.verdict, paths: [...d.paths], status: { ...d.status } });
    }
  });
});
