/**
 * Every route through the questions with its result, for the transparency
 * pages (/check/how-it-works/) and the open data (/data/checker-outcomes.csv
 * and .json): built from the same route and `assess` as the checker itself,
 * with the facts in the contract's field names and values, so a lawyer can
 * review every outcome and a script can find the page for a set of facts.
 */
import { factFields, pathIds, type FactField, type PathId, type RuleStatus } from '../index';
import { CODE_SEPARATOR, enumeratePaths, fullRoute, type CompletePath } from '../route/route';
import { resultHref } from './urls';
import { answerRows } from './views';

export interface OutcomeRow {
  code: string;
  /** The answers as the person saw them. */
  answers: { question: string; answer: string }[];
  /** The facts the route records, in the contract's field names ('unsure' where not asked or not known). */
  facts: Record<FactField, string>;
  verdict: string;
  paths: PathId[];
  status: Record<PathId, RuleStatus>;
  /** The result page's address (site-relative). */
  href: string;
}

export interface OutcomeGroup {
  /** Anchor-safe id from the first answers, e.g. "md-pos-g". */
  id: string;
  /** The answers the group shares, e.g. ["A Maryland court", "Possession of cannabis (marijuana)", …]. */
  label: string[];
  rows: OutcomeRow[];
}

function row(path: CompletePath): OutcomeRow {
  const { assessment } = path;
  return {
    code: path.code,
    answers: answerRows(fullRoute, path.answers).map((r) => ({ question: r.questionText, answer: r.answerLabel })),
    facts: Object.fromEntries(factFields.map((f) => [f, assessment.facts[f]])) as Record<FactField, string>,
    verdict: assessment.verdict,
    paths: [...assessment.paths],
    status: { ...assessment.status },
    href: resultHref(path.code),
  };
}

let rows: OutcomeRow[] | undefined;
export function outcomeRows(): OutcomeRow[] {
  rows ??= enumeratePaths().map(row);
  return rows;
}

/** Routes per page at most, so that a page stays light enough for an old phone. */
const MAX_GROUP = 60;

/** Groups routes by their first answers (court and charge at least), splitting a group by one more answer while it is too big. */
export function outcomeGroups(list: readonly OutcomeRow[] = outcomeRows(), depth = 2): OutcomeGroup[] {
  const groups = new Map<string, OutcomeGroup>();
  for (const r of list) {
    const id = r.code.split(CODE_SEPARATOR).slice(0, depth).join(CODE_SEPARATOR);
    const group = groups.get(id) ?? { id, label: r.answers.slice(0, depth).map((a) => a.answer), rows: [] };
    group.rows.push(r);
    groups.set(id, group);
  }
  return [...groups.values()].flatMap((g) =>
    g.rows.length > MAX_GROUP && g.rows.some((r) => r.answers.length > depth) ? outcomeGroups(g.rows, depth + 1) : [g],
  );
}

export function verdictCounts(list: readonly OutcomeRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of list) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  return counts;
}

/** One flat record per route, for the CSV and JSON downloads: facts, verdict, paths, every status, the address. */
export function outcomeRecords(site: URL | undefined): Record<string, string>[] {
  return outcomeRows().map((r) => ({
    code: r.code,
    ...r.facts,
    verdict: r.verdict,
    paths: r.paths.join(' '),
    ...Object.fromEntries(pathIds.map((p) => [`status:${p}`, r.status[p]])),
    url: new URL(r.href, site).href,
  }));
}

export const outcomeColumns: readonly string[] = ['code', ...factFields, 'verdict', 'paths', ...pathIds.map((p) => `status:${p}`), 'url'];
