/**
 * Every route: each result's address, and Change on every answer of every route, against the
 * hand-written expectations of tests/support/kept-answers.ts. `npm test` runs a sample and
 * hand-built cases (tests/unit/screening/pages.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { enumeratePaths, fullRoute, questions, type Answers, type FlowOption, type QuestionId } from '../../../src/lib/screening/route/route';
import { replayKept } from '../../../src/lib/screening/route/keep';
import { expectedReplay } from '../../support/kept-answers';
import { expectResultAddress } from '../../support/route-checks';

const paths = enumeratePaths();

describe(`every route (${paths.length})`, () => {
  it('a result lives on the page of its last question, at #if-<answer>, and reads back to its code', () => {
    for (const path of paths) {
      expectResultAddress(path);
    }
  });

  it('changing any answer replays the answers the table keeps, to the result or to the first question without one', () => {
    let changed = 0;
    for (const path of paths) {
      const asked = Object.keys(path.answers) as QuestionId[];
      for (const [index, question] of asked.entries()) {
        const before = Object.fromEntries(asked.slice(0, index).map((q) => [q, path.answers[q]])) as Answers;
        for (const option of questions[question].options as readonly FlowOption[]) {
          if (option.id === path.answers[question]) continue;
          changed++;
          const start = { ...before, [question]: option.id } as Answers;
          const earlier = { ...path.answers, [question]: option.id } as Answers;
          const got = replayKept(fullRoute, start, earlier);
          const want = expectedReplay(fullRoute, start, earlier);
          if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, `${path.code}: ${question} → ${option.id}`).toEqual(want);
          expect(fullRoute.decodePath(fullRoute.encodePath(got.answers)).ok).toBe(true);
        }
      }
    }
    expect(changed).toBeGreaterThan(15_000);
  });
});
