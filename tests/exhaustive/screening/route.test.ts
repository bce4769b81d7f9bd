/**
 * Every route and every question page: the per-route checks that tests/unit/screening/route.test.ts
 * runs on a seeded sample in `npm test`.
 */
import { describe, expect, it } from 'vitest';
import { decodePath, enumeratePaths, enumeratePrefixes, fullRoute } from '../../../src/lib/screening/route/route';
import { expectRouteResult } from '../../support/oracle-check';
import { expectCoversSafe, expectSkipsSafe } from '../../support/route-checks';

const prefixes = enumeratePrefixes();
const paths = enumeratePaths();

describe(`every route: ${prefixes.length} question pages, ${paths.length} results`, () => {
  it('every complete route ends in the contract’s result (the oracle’s) for the facts its answers set', () => {
    for (const path of paths) expectRouteResult(path);
  });

  it('the packed route the island ships agrees with the route on every question page and every result', () => {
    for (const page of prefixes) expect(fullRoute.nextQuestion(page.answers)).toBe(page.question);
    for (const path of paths) {
      expect(fullRoute.nextQuestion(path.answers)).toBeNull();
      expect(fullRoute.encodePath(path.answers)).toBe(path.code);
      expect(fullRoute.decodePath(path.code)).toEqual({ ok: true, answers: path.answers });
    }
  });

  it('every code round-trips through decodePath, and answers after the end of every route are rejected', () => {
    for (const page of prefixes) expect(decodePath(page.code)).toEqual({ ok: true, answers: page.answers, complete: false });
    for (const path of paths) {
      expect(decodePath(path.code)).toEqual({ ok: true, answers: path.answers, complete: true });
      expect(decodePath(`${path.code}-ns`)).toMatchObject({ ok: false, problem: 'after-end', validPrefix: path.code });
    }
  });
});

describe('skipping is safe on every route: the route and assess cannot disagree', () => {
  it('filling any skipped field with any value keeps the verdict and every status', () => {
    expect(expectSkipsSafe(paths)).toBeGreaterThan(10_000);
  });

  it('every answer that stands for several gives the same result for each of them', () => {
    expect(expectCoversSafe(paths)).toBeGreaterThan(100);
  });
});
