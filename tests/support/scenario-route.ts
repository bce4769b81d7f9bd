/**
 * The answers a person whose case matches a scenario's facts gives on each
 * question: at every step, the option that covers the scenario's values
 * (a missing fact is answered "I'm not sure").
 */
import { enumeratePaths, nextQuestion, questions, type Answers, type FlowOption } from '../../src/lib/screening/route/route';
import type { Facts, FactField } from '../../src/lib/screening/facts';
import { questionWords } from '../../content/screening/questions';

export interface ScenarioRoute {
  code: string;
  /** The label of the answer to click on each question, in order. */
  labels: string[];
}

export function routeForFacts(facts: Facts): ScenarioRoute {
  const answers: Record<string, string> = {};
  const labels: string[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const question = nextQuestion(answers as Answers);
    if (question === null) break;
    const fields = questions[question].fields as readonly FactField[];
    const wanted = (f: FactField) => facts[f] ?? 'unsure';
    const matches = (o: FlowOption) =>
      (o.covers ?? [o.sets]).some((c) => fields.every((f) => (c[f] ?? 'unsure') === wanted(f)));
    const option = (questions[question].options as readonly FlowOption[]).find(matches);
    if (!option) throw new Error(`no answer to "${question}" fits ${JSON.stringify(facts)}`);
    answers[question] = option.id;
    labels.push((questionWords[question].options as Record<string, { label: string }>)[option.id].label);
  }
  const path = enumeratePaths().find((p) => JSON.stringify(p.answers) === JSON.stringify(answers) || sameAnswers(p.answers, answers));
  if (!path) throw new Error(`the answers ${JSON.stringify(answers)} lead to no result page`);
  return { code: path.code, labels };
}

function sameAnswers(a: Answers, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a as Record<string, string>)[k] === b[k]);
}

/**
 * Items chosen greedily (the first of equal gain) until together they have every feature of
 * the whole list: a browser sample that still shows every distinct outcome at least once.
 */
export function coveringSample<T>(items: readonly T[], features: (item: T) => string[]): T[] {
  const chosen: T[] = [];
  const left = new Set(items.flatMap(features));
  while (left.size) {
    let best = items[0];
    let gain = -1;
    for (const item of items) {
      const g = features(item).filter((f) => left.has(f)).length;
      if (g > gain) { best = item; gain = g; }
    }
    chosen.push(best);
    for (const f of features(best)) left.delete(f);
  }
  return chosen;
}
