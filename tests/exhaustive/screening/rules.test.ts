/**
 * The rules engine against the contract, exhaustively: `assess`'s verdict, paths and the status
 * of every path equal an independent reading of the contract (tests/unit/screening/contract-oracle.ts)
 * on every Maryland case with at most two unsure answers (every fully known case included), on
 * every 11th case with more, and on every federal, D.C., other-state and unknown-court case.
 * `npm test` runs a seeded sample of the same comparison (tests/unit/screening/rules.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { factCases, marylandFields, unsureCount } from '../../support/fact-cases';
import { expectOracleAgrees } from '../../support/oracle-check';
import type { FactField } from '../../../src/lib/screening';

describe('assess agrees with the contract', () => {
  it('on every Maryland case with at most two unsure answers', () => {
    let n = 0;
    for (const facts of factCases(marylandFields, { court: 'maryland' }, 2)) {
      expectOracleAgrees(facts);
      n++;
    }
    expect(n).toBeGreaterThan(100_000);
  });

  it('on every 11th Maryland case with three or more unsure answers', () => {
    let n = 0;
    let i = 0;
    for (const facts of factCases(marylandFields, { court: 'maryland' }, marylandFields.length)) {
      if (unsureCount(facts, marylandFields) < 3 || i++ % 11 !== 0) continue;
      expectOracleAgrees(facts);
      n++;
    }
    expect(n).toBeGreaterThan(3_000);
  });

  it('on every federal, D.C., other-state and unknown-court case (charge, outcome, the end of the case and the offense date, with the rest unsure or known)', () => {
    // The facts a case outside Maryland turns on (the type check fails if one is renamed); the rest stay unsure.
    const fields = ['charge', 'outcome', 'caseEnded', 'pendingCase', 'offense'] as const satisfies readonly FactField[];
    for (const court of ['federal', 'dc', 'other-state', 'unsure'] as const) {
      for (const facts of factCases(fields, { court }, fields.length)) expectOracleAgrees(facts);
    }
  });
});
