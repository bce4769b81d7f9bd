/**
 * `decide()` against the independent reading of the contract (tests/unit/screening/contract-oracle.ts),
 * shared by the sampled unit tests and the exhaustive ones.
 */
import { expect } from 'vitest';
import { decide, type Facts } from '../../src/lib/screening';
import { oracle } from '../unit/screening/contract-oracle';

/** Fails with the case's facts when the engine and the oracle differ in verdict, paths or any status. */
export function expectOracleAgrees(facts: Facts): void {
  const got = decide(facts);
  const want = oracle(facts);
  const same = got.verdict === want.verdict && got.paths.join() === want.paths.join() && JSON.stringify(got.status) === JSON.stringify(want.status);
  // Compared as strings for speed; on a difference, the full objects are shown.
  if (!same) expect({ verdict: got.verdict, paths: [...got.paths], status: { ...got.status } }, JSON.stringify(facts)).toEqual(want);
}
