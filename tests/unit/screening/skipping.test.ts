/**
 * Skipping is safe: on every complete route, giving any answer to a question
 * the route skipped would not change the verdict or the paths. And where one
 * answer stands for several ("finished", "there were other charges"), each of
 * them gives the same verdict and paths.
 */
import { describe, expect, it } from 'vitest';
import { assess, factFields, factValues, type Facts } from '../../../src/lib/screening';
import { verdictAndPaths } from '../../../src/lib/screening/assess';
import { enumeratePaths, questions, type FlowOption, type QuestionId } from '../../../src/lib/screening/flow';

const paths = enumeratePaths();
const key = (facts: Facts) => {
  const { verdict, paths: p } = verdictAndPaths(facts);
  return `${verdict}:${p.join(',')}`;
};

describe('skipping is safe', () => {
  it('verdictAndPaths is exactly assess()', () => {
    for (const path of paths.filter((_, i) => i % 25 === 0)) {
      const a = assess(path.facts);
      expect(key(path.facts)).toBe(`${a.verdict}:${a.paths.join(',')}`);
    }
  });

  it(`filling any skipped field with any value keeps the verdict and paths (${paths.length} routes)`, () => {
    let checks = 0;
    for (const path of paths) {
      const expected = `${path.assessment.verdict}:${path.assessment.paths.join(',')}`;
      for (const field of factFields.filter((f) => path.facts[f] === undefined)) {
        for (const value of factValues[field]) {
          checks++;
          expect(key({ ...path.facts, [field]: value }), `${path.code}: ${field}=${value}`).toBe(expected);
        }
      }
    }
    expect(checks).toBeGreaterThan(1000);
  });

  it('every answer that stands for several gives the same verdict and paths for each of them', () => {
    let checks = 0;
    for (const path of paths) {
      const expected = `${path.assessment.verdict}:${path.assessment.paths.join(',')}`;
      for (const [question, optionId] of Object.entries(path.answers) as [QuestionId, string][]) {
        const option = (questions[question].options as readonly FlowOption[]).find((o) => o.id === optionId)!;
        for (const situation of option.covers ?? []) {
          checks++;
          expect(key({ ...path.facts, ...situation }), `${path.code}: ${JSON.stringify(situation)}`).toBe(expected);
        }
      }
    }
    expect(checks).toBeGreaterThan(100);
  });
});
