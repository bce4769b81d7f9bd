/**
 * What "Change" should keep, written by hand (not derived from src/lib/screening/route/keep.ts),
 * for tests/unit/screening/pages.test.ts and tests/exhaustive/screening/pages.test.ts.
 *
 * A later question that the new route asks again keeps its own answer. When the new route asks
 * another variant of the same slot, the earlier answer is kept only where it can mean one answer
 * of the new variant; otherwise the question is asked again. `undefined`: asked again.
 */
import { questions, type Answers, type QuestionId } from '../../src/lib/screening/route/route';
import type { Route } from '../../src/lib/screening/route/packed';

type Table = Partial<Record<QuestionId, Record<string, Partial<Record<QuestionId, string | undefined>>>>>;

export const KEPT_ACROSS_VARIANTS: Table = {
  // "Is the sentence finished?" ↔ "Where is the sentence?"
  sentence: {
    incarcerated: { sentenceDone: 'incarcerated' },
    supervision: { sentenceDone: 'supervision' },
    'completed-under-3-years': { sentenceDone: 'finished' },
    'completed-3-years-or-more': { sentenceDone: 'finished' },
    none: { sentenceDone: 'finished' },
    unsure: { sentenceDone: 'unsure' },
  },
  sentenceDone: {
    incarcerated: { sentence: 'incarcerated' },
    supervision: { sentence: 'supervision' },
    finished: { sentence: undefined }, // finished under 3 years, 3 or more, or no sentence: ambiguous
    unsure: { sentence: 'unsure' },
  },
  // When the case ended: the date only, 3 years or not only, or both in one question. An answer is
  // kept only when it records the same facts; "before 2023" records no answer to "3 years or more?".
  caseEnded: {
    'before-2023-01-01': { caseEndedAndYears: 'before-2023-01-01', yearsSinceOutcome: undefined },
    '2023-01-01-to-2023-06-30': { caseEndedAndYears: '2023-01-01-to-2023-06-30', yearsSinceOutcome: undefined },
    'on-or-after-2023-07-01': { caseEndedAndYears: undefined, yearsSinceOutcome: undefined }, // over or under 3 years?
    unsure: { caseEndedAndYears: 'unsure', yearsSinceOutcome: 'unsure' },
  },
  yearsSinceOutcome: {
    'under-3': { caseEnded: undefined, caseEndedAndYears: undefined },
    '3-or-more': { caseEnded: undefined, caseEndedAndYears: undefined },
    unsure: { caseEnded: 'unsure', caseEndedAndYears: 'unsure' },
  },
  caseEndedAndYears: {
    'before-2023-01-01': { caseEnded: 'before-2023-01-01', yearsSinceOutcome: undefined },
    '2023-01-01-to-2023-06-30': { caseEnded: '2023-01-01-to-2023-06-30', yearsSinceOutcome: undefined },
    'over-3-years-ago': { caseEnded: undefined, yearsSinceOutcome: undefined },
    'under-3-years-ago': { caseEnded: undefined, yearsSinceOutcome: 'under-3' },
    unsure: { caseEnded: 'unsure', yearsSinceOutcome: 'unsure' },
  },
  // When the person was charged: the short variant has no "after June 2023".
  chargedByMid2023: {
    'before-2023-01-01': { charged: 'before-2023-01-01' },
    '2023-01-01-to-2023-06-30': { charged: '2023-01-01-to-2023-06-30' },
    unsure: { charged: 'unsure' },
  },
  charged: {
    'before-2023-01-01': { chargedByMid2023: 'before-2023-01-01' },
    '2023-01-01-to-2023-06-30': { chargedByMid2023: '2023-01-01-to-2023-06-30' },
    'on-or-after-2023-07-01': { chargedByMid2023: undefined },
    unsure: { chargedByMid2023: 'unsure' },
  },
};

/** Every pair of different questions of one slot (a variant the route may ask instead of another). */
export function variantPairs(): [QuestionId, QuestionId][] {
  const ids = Object.keys(questions) as QuestionId[];
  return ids.flatMap((from) => ids.filter((to) => to !== from && questions[to].slot === questions[from].slot).map((to) => [from, to] as [QuestionId, QuestionId]));
}

/** The table's answer to `question` from the earlier answers (its own answer first); throws when the table lacks the pair. */
export function expectedKept(question: QuestionId, earlier: Answers): string | undefined {
  const own = (earlier as Record<string, string>)[question];
  if (own !== undefined) return own;
  for (const [other, answer] of Object.entries(earlier) as [QuestionId, string][]) {
    if (other === question || questions[other].slot !== questions[question].slot) continue;
    const row = KEPT_ACROSS_VARIANTS[other]?.[answer];
    if (!row || !(question in row)) throw new Error(`tests/support/kept-answers.ts: say what ${other}=${answer} keeps for ${question}`);
    return row[question];
  }
  return undefined;
}

/** The replay "Change" should do, from the table: follow the route, filling kept answers, to the first question without one. */
export function expectedReplay(route: Route, answers: Answers, earlier: Answers): { answers: Answers; next: QuestionId | null } {
  let current = { ...answers };
  for (;;) {
    const next = route.nextQuestion(current);
    if (next === null) return { answers: current, next: null };
    const kept = expectedKept(next, earlier);
    if (kept === undefined) return { answers: current, next };
    current = { ...current, [next]: kept } as Answers;
  }
}
