/**
 * Changing one answer without asking everything again (the island's "Change"):
 * after the changed question, each later question on the new route takes the
 * answer the person already gave to it — or, when the route now asks another
 * variant of the same question (e.g. "Is the sentence finished?" instead of
 * "When did it finish?"), the one option that covers everything the earlier
 * answer could mean. The first question with no such answer is asked. Pure.
 */
import { questions, type Answers, type FlowOption, type QuestionId } from './questions';
import type { Route } from './packed';
import type { Facts, FactField } from '../facts';

const optionsOf = (id: QuestionId) => questions[id].options as readonly FlowOption[];
const coversOf = (o: FlowOption): readonly Facts[] => o.covers ?? [o.sets];

function sameOn(fields: readonly FactField[], a: Facts, b: Facts): boolean {
  return fields.every((f) => (a[f] ?? 'unsure') === (b[f] ?? 'unsure'));
}

/** The answer to `question` that the kept answers already give, if exactly one fits. */
export function keptAnswer(question: QuestionId, kept: Answers): string | undefined {
  const own = optionsOf(question).find((o) => o.id === kept[question]);
  if (own) return own.id;
  const { slot, fields } = questions[question];
  for (const [other, optionId] of Object.entries(kept) as [QuestionId, string][]) {
    if (other === question || questions[other]?.slot !== slot) continue;
    const given = optionsOf(other).find((o) => o.id === optionId);
    if (!given) continue;
    const fits = optionsOf(question).filter((o) => coversOf(given).every((g) => coversOf(o).some((c) => sameOn(fields, c, g))));
    if (fits.length === 1) return fits[0].id;
  }
  return undefined;
}

/** Follows the route from `answers`, filling in kept answers, to the first question still to ask (null: the result). */
export function replayKept(route: Route, answers: Answers, kept: Answers): { answers: Answers; next: QuestionId | null } {
  let current = { ...answers };
  for (;;) {
    const next = route.nextQuestion(current);
    if (next === null) return { answers: current, next: null };
    const answer = keptAnswer(next, kept);
    if (answer === undefined) return { answers: current, next };
    current = { ...current, [next]: answer } as Answers;
  }
}
