/**
 * `assess(facts)`: the verdict, paths and statuses of the screening contract,
 * version 3 (docs/screening-contract.md), decided in the contract's order:
 * 1. federal, D.C. or another state: 'outside-maryland' (paths: the federal
 *    pardon when it applies);
 * 2. court unsure or missing: 'possibly', no paths;
 * 3. outcome 'pending': 'not-yet', no paths;
 * 4. some paths 'applies': 'likely', exactly those;
 * 5. else some paths 'maybe': 'possibly', exactly those;
 * 6. else some paths 'later': 'not-yet';
 * 7. else 'unlikely'.
 * (Version 2's dead end for a distribution conviction is gone: its petition
 * has a status of its own.)
 * Pure: no DOM, clock, network or randomness. The cache only remembers
 * answers already computed; it never changes them.
 */
import { domainsOf, resultsOverCompletions, type Domains } from './completions';
import { factFields, readFacts, UNSURE, type FactField, type Facts, type KnownFacts, type NormalizedFacts } from './facts';
import { lookupFor, type Lookup } from './lookups';
import {
  lawAsOf,
  notesFor,
  pathIds,
  reasonCatalog,
  rules,
  type LawId,
  type PathId,
  type ReasonId,
  type RuleFinding,
  type RuleStatus,
  type WaitId,
} from './rules';

export const verdicts = ['likely', 'not-yet', 'possibly', 'unlikely', 'outside-maryland'] as const;
export type Verdict = (typeof verdicts)[number];

export interface Reason {
  /** Stable id; its words are in content/screening/outcomes.ts. */
  id: ReasonId;
  /** The path the reason is about; none for a note about the whole result. */
  path?: PathId;
  /** The law it rests on (its name: lawWords in content/screening/outcomes.ts). */
  law: LawId;
  /** Bibliography ids: content/sources/<id>.yaml. */
  sourceIds: readonly string[];
}

export interface Assessment {
  verdict: Verdict;
  /** The headline paths (see the verdict rules), most useful first. */
  paths: PathId[];
  /** How every path stands. A result shows a card for each one that is not 'no'. */
  status: Record<PathId, RuleStatus>;
  /** Why, with the law and sources: each shown path's reasons, in path order, then notes about the whole result. */
  reasons: Reason[];
  /** What to look up, for each unsure answer the result turns on. */
  lookups: Lookup[];
  /** For each path that is 'later': what must happen first. */
  waits: Partial<Record<PathId, WaitId[]>>;
  /**
   * For each path that is 'maybe', why: 'answers' when it applies now under some
   * way the person's unsure answers could turn out (so "if …, you can … now;
   * check … first" is true, whatever else the other ways give); 'law' when it
   * applies under none of them and only an unsettled rule leaves it open.
   */
  maybeFrom: Partial<Record<PathId, 'answers' | 'law'>>;
  /** The facts as read: unknown, missing or contradicting values became 'unsure'. */
  facts: NormalizedFacts;
  lawAsOf: string;
}

/** The verdict, paths and statuses: what the route compares, cached. */
export interface Decision {
  readonly verdict: Verdict;
  readonly paths: readonly PathId[];
  readonly status: Readonly<Record<PathId, RuleStatus>>;
}

type Findings = Record<PathId, RuleFinding[]>;

export function assess(facts: Facts): Assessment {
  const read = readFacts(facts);
  const findings = findingsOf(read, domainsOf(read));
  const decision = decideFrom(read, findings);
  const shown = pathIds.filter((p) => decision.status[p] !== 'no');
  const pathReasons = shown.flatMap((path) =>
    unique(telling(findings[path], decision.status[path]).flatMap((f) => f.reasons)).map((id) => reasonOf(id, path)),
  );
  const notes = notesFor(read, decision.verdict === 'unlikely').map((id) => reasonOf(id));
  const waits: Assessment['waits'] = {};
  const maybeFrom: Assessment['maybeFrom'] = {};
  for (const path of shown) {
    if (decision.status[path] === 'later') waits[path] = unique(telling(findings[path], 'later').flatMap((f) => f.waits));
    if (decision.status[path] === 'maybe') maybeFrom[path] = findings[path].some((f) => f.status === 'applies') ? 'answers' : 'law';
  }
  return {
    verdict: decision.verdict,
    paths: [...decision.paths],
    status: { ...decision.status },
    reasons: [...pathReasons, ...notes],
    lookups: lookupsFor(read, decision),
    waits,
    maybeFrom,
    facts: read,
    lawAsOf,
  };
}

/**
 * Decisions already made, remembered by the answers they read: a tree whose
 * every node names the next field the rules read, branching on its value,
 * down to the decision. Answers no rule read (a sentence after an acquittal)
 * do not split it, so the route's thousands of look-ups share few entries.
 * Sound because the rules are pure: the same values of the fields read lead
 * to the same reads and the same decision.
 */
interface MemoNode {
  field?: FactField;
  next?: Map<string, MemoNode>;
  decision?: Decision;
}
let memo: MemoNode = {};

/**
 * Drops the remembered decisions. The route needs a few thousand; a run over millions of
 * answer sets (the exhaustive tests) would otherwise keep millions of nodes alive.
 */
export function forgetDecisions(): void {
  memo = {};
}

/** The decision only (no reasons or look-ups): what the route compares, thousands of times. */
export function decide(facts: Facts): Decision {
  const read = readFacts(facts);
  let node: MemoNode | undefined = memo;
  while (node && !node.decision && node.field) node = node.next!.get(read[node.field]);
  if (node?.decision) return node.decision;

  const order: FactField[] = [];
  const watched = new Proxy(read, {
    get(target, key) {
      if (typeof key === 'string' && key in target && !order.includes(key as FactField)) order.push(key as FactField);
      return target[key as FactField];
    },
  });
  const decision = decideFrom(watched, findingsOf(watched, domainsOf(watched)));
  let at = memo;
  for (const field of order) {
    if (at.field !== undefined && at.field !== field) throw new Error(`decide(): the rules read ${field} where they once read ${at.field}`);
    at.field = field;
    at.next ??= new Map();
    let child = at.next.get(read[field]);
    if (!child) at.next.set(read[field], (child = {}));
    at = child;
  }
  at.decision = decision;
  return decision;
}

const allNo = (): Record<PathId, RuleStatus> => Object.fromEntries(pathIds.map((id) => [id, 'no'])) as Record<PathId, RuleStatus>;

/** Every rule's findings over the completions of the answers (outside Maryland, only the federal pardon is run). */
function findingsOf(facts: NormalizedFacts, domains: Domains): Findings {
  const out = Object.fromEntries(pathIds.map((id) => [id, [] as RuleFinding[]])) as Findings;
  if (facts.court === UNSURE) return out;
  const run: readonly PathId[] = facts.court === 'maryland' ? pathIds.filter((p) => p !== 'federal-pardon') : ['federal-pardon'];
  // Each rule over its own completions: splitting only on the fields that rule reads keeps the
  // count a sum over the rules rather than a product of all their fields.
  for (const id of run) out[id] = resultsOverCompletions<RuleFinding>(domains, rules[id] as (facts: KnownFacts) => RuleFinding);
  return out;
}

function decideFrom(facts: NormalizedFacts, findings: Findings): Decision {
  const status = allNo();
  for (const path of pathIds) status[path] = combinedStatus(findings[path]);
  const withStatus = (s: RuleStatus) => pathIds.filter((p) => status[p] === s);

  if (facts.court === 'federal' || facts.court === 'dc' || facts.court === 'other-state') {
    return { verdict: 'outside-maryland', paths: status['federal-pardon'] === 'applies' ? ['federal-pardon'] : [], status };
  }
  if (facts.court === UNSURE) return { verdict: 'possibly', paths: [], status };
  if (facts.outcome === 'pending') return { verdict: 'not-yet', paths: [], status };
  if (withStatus('applies').length > 0) return { verdict: 'likely', paths: withStatus('applies'), status };
  if (withStatus('maybe').length > 0) return { verdict: 'possibly', paths: withStatus('maybe'), status };
  if (withStatus('later').length > 0) return { verdict: 'not-yet', paths: [], status };
  return { verdict: 'unlikely', paths: [], status };
}

/**
 * One status from the findings on every completion: 'applies' if it applies
 * on all; else 'maybe' if it applies or may apply on some; else 'later' if it
 * is 'later' on some; else 'no'.
 */
function combinedStatus(results: readonly RuleFinding[]): RuleStatus {
  if (results.length === 0) return 'no';
  if (results.every((r) => r.status === 'applies')) return 'applies';
  if (results.some((r) => r.status === 'applies' || r.status === 'maybe')) return 'maybe';
  if (results.some((r) => r.status === 'later')) return 'later';
  return 'no';
}

/** The findings that gave the combined status. */
function telling(results: readonly RuleFinding[], status: RuleStatus): readonly RuleFinding[] {
  if (status === 'maybe') return results.filter((r) => r.status === 'applies' || r.status === 'maybe');
  if (status === 'later') return results.filter((r) => r.status === 'later');
  return results;
}

function reasonOf(id: string, path?: PathId): Reason {
  const citation = (reasonCatalog as Record<string, { law: LawId; sources: readonly string[] }>)[id];
  if (!citation) throw new Error(`reason "${id}" has no entry in rules/index.ts`);
  return { id: id as ReasonId, ...(path ? { path } : {}), law: citation.law, sourceIds: citation.sources };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

const keys = new WeakMap<Decision, string>();

/** A decision in one string: what changes when an answer changes. */
export function decisionKey(d: Decision): string {
  let key = keys.get(d);
  if (key === undefined) keys.set(d, (key = `${d.verdict}:${pathIds.map((p) => d.status[p]).join(',')}`));
  return key;
}

/**
 * For each unsure answer: could a real answer (one the other answers still
 * allow) change the verdict or a path's status? When no single answer does but
 * the result still turns on unsure answers (e.g. a federal case with both the
 * charge and the outcome unknown), pairs of answers are tried.
 */
function lookupsFor(facts: NormalizedFacts, decision: Decision): Lookup[] {
  const domains = domainsOf(facts);
  const open = factFields.filter((field) => facts[field] === UNSURE && domains.of(field).length > 1);
  const key = decisionKey(decision);
  const differs = (changed: Partial<Record<FactField, string>>) => decisionKey(decide({ ...facts, ...changed } as Facts)) !== key;
  let fields = open.filter((field) => (domains.of(field) as readonly string[]).some((value) => differs({ [field]: value })));
  const turnsOnAnswers = decision.verdict === 'possibly' || Object.values(decision.status).includes('maybe');
  if (fields.length === 0 && turnsOnAnswers) {
    const paired = new Set<FactField>();
    open.forEach((a, i) =>
      open.slice(i + 1).forEach((b) => {
        const found = (domains.of(a) as readonly string[]).some((va) =>
          (domains.of(b) as readonly string[]).some((vb) => differs({ [a]: va, [b]: vb })),
        );
        if (found) paired.add(a).add(b);
      }),
    );
    fields = open.filter((field) => paired.has(field));
  }
  return fields.map(lookupFor);
}
