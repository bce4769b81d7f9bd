/** The checker's addresses, and Change keeping the later answers that still apply (the island's replay). */
import { describe, expect, it } from 'vitest';
import { enumeratePaths, fullRoute, questions, type Answers, type FlowOption, type QuestionId } from '../../../src/lib/screening/route/route';
import { keptAnswer, replayKept } from '../../../src/lib/screening/route/keep';
import { codeFromLocation, questionHref, resultHref, resultParts } from '../../../src/lib/screening/pages/urls';

const paths = enumeratePaths();

describe('addresses', () => {
  it('a result lives on the page of its last question, at #if-<answer>, and reads back to its code', () => {
    for (const path of paths) {
      const href = resultHref(path.code);
      const { page } = resultParts(path.code);
      expect(href.startsWith(questionHref(page))).toBe(true);
      const [pathname, hash] = href.split('#');
      expect(codeFromLocation(pathname, `#${hash}`)).toEqual({ kind: 'result', code: path.code });
    }
  });

  it('version 1 and 2 addresses and odd ones are not checker addresses', () => {
    for (const p of ['/check/step/md/', '/check/answers/md-pos-g-no-yes-done-b23-yes/', '/check/q/md-pos/', '/check/v3/MD/', '/check/v3/md/extra/', '/check/']) {
      expect(codeFromLocation(p)).toBeNull();
    }
    expect(codeFromLocation('/check/v3/md-pos/', '#if-BAD')).toEqual({ kind: 'question', code: 'md-pos' });
  });
});

describe('Change keeps the later answers that still apply', () => {
  it('changing any answer on any route replays the kept answers to the result or to the first question the change makes necessary', () => {
    let changed = 0;
    for (const path of paths.filter((_, i) => i % 3 === 0)) {
      const asked = Object.keys(path.answers) as QuestionId[];
      for (const [index, question] of asked.entries()) {
        const before = Object.fromEntries(asked.slice(0, index).map((q) => [q, path.answers[q]])) as Answers;
        for (const option of questions[question].options as readonly FlowOption[]) {
          if (option.id === path.answers[question]) continue;
          changed++;
          const start = { ...before, [question]: option.id } as Answers;
          const { answers, next } = replayKept(fullRoute, start, { ...path.answers, [question]: option.id } as Answers);
          // Every later question on the new route took the old answer when it is still asked as the same question.
          const code = fullRoute.encodePath(answers);
          expect(fullRoute.decodePath(code).ok).toBe(true);
          for (const q of Object.keys(answers) as QuestionId[]) {
            if (q !== question && path.answers[q] !== undefined && q in answers) expect(answers[q]).toBe(keptAnswer(q, path.answers) ?? answers[q]);
          }
          if (next !== null) expect(keptAnswer(next, path.answers)).toBeUndefined();
          else expect(fullRoute.nextQuestion(answers)).toBeNull();
        }
      }
    }
    expect(changed).toBeGreaterThan(5_000);
  });

  it('maps an answer to another form of the same question only when it is unambiguous', () => {
    // "I finished it 3 or more years ago" (full form) fits "It is finished" (short form); the reverse is ambiguous.
    expect(keptAnswer('sentenceDone', { sentence: 'completed-3-years-or-more' } as Answers)).toBe('finished');
    expect(keptAnswer('sentence', { sentenceDone: 'finished' } as Answers)).toBeUndefined();
    expect(keptAnswer('charged', { chargedByMid2023: 'before-2023-01-01' } as Answers)).toBe('before-2023-01-01');
    expect(keptAnswer('caseEnded', { caseEndedAndYears: 'over-3-years-ago' } as Answers)).toBeUndefined();
  });
});
