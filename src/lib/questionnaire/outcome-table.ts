/**
 * Every route through the questionnaire with its result, for the
 * transparency pages (/check/how-it-works/) and the CSV download: built from
 * the same flow definition and `assess` as the checker itself.
 */
import { CODE_SEPARATOR, enumeratePaths, type CompletePath } from '../screening/flow';
import { answerRows } from './views';
import { flowRoute } from './flow-route';

export interface OutcomeRow {
  code: string;
  /** The ids of the answers to the first questions (court, charge, outcome): short, plain names for titles. */
  firstAnswerIds: string[];
  answers: { question: string; answer: string }[];
  verdict: string;
  paths: string[];
}

export interface OutcomeGroup {
  /** Anchor-safe id from the first answers, e.g. "md-pos-g". */
  id: string;
  /** The answers the group shares, e.g. ["A Maryland court", "Possession of cannabis (marijuana)", "Found guilty…"]. */
  label: string[];
  /** The same, short: "maryland, possession, guilty". */
  shortLabel: string;
  rows: OutcomeRow[];
}

function row(path: CompletePath): OutcomeRow {
  return {
    code: path.code,
    firstAnswerIds: [path.answers.court, path.answers.charge, path.answers.outcome].filter((id): id is NonNullable<typeof id> => Boolean(id)),
    answers: answerRows(flowRoute, path.answers).map((r) => ({ question: r.questionText, answer: r.answerLabel })),
    verdict: path.assessment.verdict,
    paths: [...path.assessment.paths],
  };
}

/** Maryland routes are grouped by court, charge and outcome; others by court and charge. Small pages for old phones. */
function groupDepth(code: string): number {
  return code.startsWith('md') ? 3 : 2;
}

export function outcomeRows(): OutcomeRow[] {
  return enumeratePaths().map(row);
}

export function outcomeGroups(): OutcomeGroup[] {
  const groups = new Map<string, OutcomeGroup>();
  for (const r of outcomeRows()) {
    const depth = groupDepth(r.code);
    const id = r.code.split(CODE_SEPARATOR).slice(0, depth).join(CODE_SEPARATOR);
    const group = groups.get(id) ?? {
      id,
      label: r.answers.slice(0, depth).map((a) => a.answer),
      shortLabel: r.firstAnswerIds.slice(0, depth).join(', ').replace(/-/g, ' '),
      rows: [],
    };
    group.rows.push(r);
    groups.set(id, group);
  }
  return [...groups.values()];
}

export function verdictCounts(rows: readonly OutcomeRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  return counts;
}
