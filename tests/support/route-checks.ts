/**
 * Checks of the routes shared by the sampled unit tests and the exhaustive ones: the route's
 * skipping is safe (a route and `assess` cannot disagree), and each result's address reads back.
 */
import { expect } from 'vitest';
import { decide, decisionKey, factFields, factValues, type Facts } from '../../src/lib/screening';
import { questions, type CompletePath, type FlowOption, type QuestionId } from '../../src/lib/screening/route/route';
import { codeFromLocation, questionHref, resultHref, resultParts } from '../../src/lib/screening/pages/urls';

/** Filling any field a route skipped with any value keeps the verdict and every status. */
export function expectSkipsSafe(paths: readonly CompletePath[]): number {
  let checks = 0;
  for (const path of paths) {
    const expected = decisionKey(path.assessment);
    for (const field of factFields.filter((f) => path.facts[f] === undefined)) {
      for (const value of factValues[field]) {
        checks++;
        const key = decisionKey(decide({ ...path.facts, [field]: value } as Facts));
        if (key !== expected) expect(key, `${path.code}: ${field}=${value}`).toBe(expected);
      }
    }
  }
  return checks;
}

/** Every answer that stands for several situations gives the same result for each of them. */
export function expectCoversSafe(paths: readonly CompletePath[]): number {
  let checks = 0;
  for (const path of paths) {
    const expected = decisionKey(path.assessment);
    for (const [question, optionId] of Object.entries(path.answers) as [QuestionId, string][]) {
      const option = (questions[question].options as readonly FlowOption[]).find((o) => o.id === optionId)!;
      for (const situation of option.covers ?? []) {
        checks++;
        expect(decisionKey(decide({ ...path.facts, ...situation })), `${path.code}: ${JSON.stringify(situation)}`).toBe(expected);
      }
    }
  }
  return checks;
}

/** A result lives on the page of its last question, at #if-<answer>, and its address reads back to its code. */
export function expectResultAddress(path: CompletePath): void {
  const href = resultHref(path.code);
  expect(href.startsWith(questionHref(resultParts(path.code).page))).toBe(true);
  const [pathname, hash] = href.split('#');
  expect(codeFromLocation(pathname, `#${hash}`)).toEqual({ kind: 'result', code: path.code });
}
