/**
 * `decide()` against the independent reading of the contract (tests/unit/screening/contract-oracle.ts),
 * shared by the sampled unit tests and the exhaustive ones.
 */
import { expect } from 'vitest';
import { decide, forgetDecisions, type Facts } from '../../src/lib/screening';
import { fullRoute, type CompletePath } from '../../src/lib/screening/route/route';
import { factsOf } from '../../src/lib/screening/route/questions';
import { oracle } from '../unit/screening/contract-oracle';

let compared = 0;

/** Fails with the case's facts when the engine and the oracle differ in verdict, paths or any status. */
export function expectOracleAgrees(facts: Facts): void {
  // Millions of distinct answer sets would fill decide()'s cache: drop it now and then.
  if (++compared % 200_000 === 0) forgetDecisions();
  const got = decide(facts);
  const want = oracle(facts);
  const same = got.verdict === want.verdict && got.paths.join() === want.paths.join() && JSON.stringify(got.status) === JSON.stringify(want.status);
  // Compared as strings for speed; on a difference, the full objects are shown.
  if (!same) expect({ verdict: got.verdict, paths: [...got.paths], status: { ...got.status } }, JSON.stringify(facts)).toEqual(want);
}

/**
 * A complete route ends in the contract's result for the facts its answers set: the answers are
 * read into facts by the questions' own table (factsOf, not the route's walk), and the route's
 * assessment is compared with the oracle's reading of those facts. Skipped fields stay unsure,
 * which is safe because the route skips only what cannot change the result.
 */
export function expectRouteResult(path: CompletePath): void {
  expect(fullRoute.nextQuestion(path.answers), path.code).toBeNull();
  const facts = factsOf(path.answers);
  expect(facts, path.code).toEqual(path.facts);
  const { verdict, paths, status } = path.assessment;
  const want = oracle(facts);
  if (verdict !== want.verdict || paths.join() !== want.paths.join() || JSON.stringify(status) !== JSON.stringify(want.status)) {
    expect({ verdict, paths: [...paths], status: { ...status } }, path.code).toEqual(want);
  }
}
