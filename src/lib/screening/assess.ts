/**
 * `assess(facts)`: the verdict and paths of shared/screening-contract.md,
 * decided in the contract's order:
 * 1. federal, D.C. or another state: 'outside-maryland';
 * 2. court unsure or missing: 'possibly', no paths;
 * 3. outcome 'pending': 'not-yet';
 * 4. paths that apply whatever the unsure answers are: 'likely', those paths;
 * 5. paths that apply on the most favourable reading, or a distribution/
 *    cultivation conviction (general rules after long waits): 'possibly';
 * 6. a petition becomes possible later: 'not-yet';
 * 7. else 'unlikely'. (With the current rules no Maryland answers reach this:
 *    every outcome but a distribution conviction can be petitioned in time.)
 * Pure: no DOM, clock, network or randomness. The cache only remembers
 * answers already computed; it never changes them.
 */
import { domainsOf, resultsOverCompletions } from './completions';
import { endedBeforeJuly2023Is, factFields, normalizeFacts, UNSURE, type FactField, type Facts, type KnownFacts, type NormalizedFacts } from './facts';
import { lookupIdByField, pardonDocketLookup, type Lookup } from './lookups';
import { pathIds, sortPaths, type PathId, type Verdict } from './paths';
import {
  citationOf,
  lawAsOf,
  nonConvictionAutomaticExpungement,
  rules,
  type ReasonId,
  type RuleFinding,
  type RuleStatus,
  type WaitId,
} from './rules';

export interface Reason {
  /** Stable id; its words are in content/checker/outcomes.ts. */
  id: ReasonId;
  /** The path the reason is about, if any. */
  path?: PathId;
  /** The law it rests on, e.g. "Criminal Procedure §10-112 (HB 837, 2022)". */
  law: string;
  /** Bibliography ids: content/sources/<id>.yaml. */
  sourceIds: readonly string[];
}

export interface WaitItem {
  id: WaitId;
}

export interface Assessment {
  verdict: Verdict;
  /** The relief that applies (for 'possibly': would apply on the most favourable reading), most useful first. */
  paths: PathId[];
  /** How each path came out: 'applies', 'maybe', 'later' or 'no'. */
  status: Record<PathId, RuleStatus>;
  /** Why, with the law and sources: paths' reasons first, in path order, then general notes. */
  reasons: Reason[];
  /** What to look up for each unsure answer the result turns on. */
  lookups: Lookup[];
  /** What must happen before a petition can be filed (empty when one can be filed now). */
  waitFor: WaitItem[];
  /** The facts as read: unknown or missing values became 'unsure'. */
  facts: NormalizedFacts;
  lawAsOf: string;
}

/** The verdict, paths and statuses; reasons and waits are worked out only when asked for. */
interface Decision {
  verdict: Verdict;
  paths: readonly PathId[];
  status: Readonly<Record<PathId, RuleStatus>>;
  explain: () => { reasons: Reason[]; waitFor: WaitItem[] };
}

export function assess(facts: Facts): Assessment {
  const normalized = normalizeFacts(facts);
  const decision = decide(normalized);
  const { reasons, waitFor } = decision.explain();
  return {
    verdict: decision.verdict,
    paths: [...decision.paths],
    status: { ...decision.status },
    reasons: reasons.map((reason) => ({ ...reason })),
    lookups: lookupsFor(normalized, decision),
    waitFor: waitFor.map((wait) => ({ ...wait })),
    facts: normalized,
    lawAsOf,
  };
}

/**
 * The verdict and paths only (no reasons or look-ups), cached: what the
 * questionnaire route compares when it decides whether a question matters.
 */
export function verdictAndPaths(facts: Facts): { verdict: Verdict; paths: readonly PathId[] } {
  return decided(normalizeFacts(facts));
}

const cache = new Map<string, Decision>();

/** Cached by the answers the rules can read, so answers that cannot matter share one entry. */
function decided(facts: NormalizedFacts): Decision {
  const relevant = readableFacts(facts);
  const key = factFields.map((field) => relevant[field]).join('|');
  let result = cache.get(key);
  if (!result) {
    result = decide(relevant);
    cache.set(key, result);
  }
  return result;
}

/**
 * The facts with every answer that no rule reads set to 'unsure' (or to what
 * other answers imply). Same verdict, paths and statuses; only the notes in
 * the reasons could differ, so `assess` explains from the real facts.
 */
function readableFacts(f: NormalizedFacts): NormalizedFacts {
  const unsure = Object.fromEntries(factFields.map((field) => [field, UNSURE])) as NormalizedFacts;
  if (f.court === UNSURE) return unsure;
  if (f.court === 'other-state') return { ...unsure, court: f.court };
  if (f.court !== 'maryland') return { ...unsure, court: f.court, charge: f.charge, outcome: f.outcome };
  if (f.outcome === 'pending') return { ...unsure, court: f.court, outcome: f.outcome };
  const early = f.caseEnded !== UNSURE && endedBeforeJuly2023Is(f.caseEnded);
  const mayBeConviction = f.outcome === 'guilty' || f.outcome === 'pbj' || f.outcome === UNSURE;
  const mayBeAutomatic =
    (f.charge === 'possession' || f.charge === UNSURE) &&
    (f.otherCharges === 'none' || f.otherCharges === UNSURE) &&
    (f.caseEnded === UNSURE || early);
  return {
    ...f,
    sentence: mayBeConviction ? f.sentence : UNSURE,
    yearsSinceOutcome: early ? '3-or-more' : f.yearsSinceOutcome,
    stillVisible: mayBeAutomatic ? f.stillVisible : UNSURE,
  };
}

const noPaths = (): Record<PathId, RuleStatus> =>
  Object.fromEntries(pathIds.map((id) => [id, 'no'])) as Record<PathId, RuleStatus>;

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const mdPaths = ['resentencing', 'automatic-expungement', 'petition-expungement', 'governor-pardon-2024'] as const;

function decide(facts: NormalizedFacts): Decision {
  const domains = domainsOf(facts);

  // 1. Not a Maryland state case.
  if (facts.court === 'federal' || facts.court === 'dc' || facts.court === 'other-state') {
    const findings = resultsOverCompletions(domains, rules['federal-pardon']);
    const federal = combinedStatus(findings);
    return {
      verdict: 'outside-maryland',
      paths: federal === 'applies' ? ['federal-pardon'] : [],
      status: { ...noPaths(), 'federal-pardon': federal },
      explain: once(() => ({ reasons: toReasons([['federal-pardon', reasonsOf(findings, federal)]]), waitFor: [] })),
    };
  }
  // 2. Nothing can be judged before we know the court.
  if (facts.court === UNSURE) {
    return {
      verdict: 'possibly',
      paths: [],
      status: noPaths(),
      explain: once(() => ({ reasons: toReasons([[undefined, ['court-unknown']]]), waitFor: [] })),
    };
  }
  // 3. The case is still open.
  if (facts.outcome === 'pending') {
    return {
      verdict: 'not-yet',
      paths: [],
      status: { ...noPaths(), 'petition-expungement': 'later' },
      explain: once(() => ({
        reasons: toReasons([['petition-expungement', ['case-still-open']]]),
        waitFor: [{ id: 'current-case-ends' }],
      })),
    };
  }

  // One pass over the completions evaluates every rule; then each path's findings are combined.
  // (Run again for the reasons, so that the cache keeps no findings.)
  const evaluate = () =>
    resultsOverCompletions(domains, (f) => ({
      resentencing: rules.resentencing(f),
      'automatic-expungement': rules['automatic-expungement'](f),
      'petition-expungement': rules['petition-expungement'](f),
      'governor-pardon-2024': rules['governor-pardon-2024'](f),
      note: nonConvictionAutomaticExpungement(f),
      distributionConviction: f.charge === 'distribution-or-cultivation' && f.outcome === 'guilty',
    }));
  const leaves = evaluate();
  const status = noPaths();
  for (const path of mdPaths) status[path] = combinedStatus(leaves.map((leaf) => leaf[path]));

  const applying = sortPaths(pathIds.filter((p) => status[p] === 'applies'));
  const favourable = sortPaths(pathIds.filter((p) => status[p] === 'maybe'));
  let verdict: Verdict;
  let paths: PathId[] = [];
  if (applying.length > 0) {
    verdict = 'likely';
    paths = applying;
  } else if (favourable.length > 0 || leaves.some((l) => l.distributionConviction)) {
    verdict = 'possibly';
    paths = favourable;
  } else if (status['petition-expungement'] === 'later') {
    verdict = 'not-yet';
  } else {
    verdict = 'unlikely';
  }
  const explain = once(() => {
    const leaves = evaluate();
    const notes: string[] = [];
    if (facts.charge === 'civil-citation') notes.push('civil-citation-not-a-conviction');
    if (leaves.some((l) => l.note.status !== 'no')) notes.push('general-automatic-expungement-after-3-years');
    if (facts.stillVisible === 'no') notes.push('not-visible-does-not-prove-expungement');
    if (verdict === 'unlikely') notes.push('no-cannabis-specific-relief');
    const petition = leaves.map((leaf) => leaf['petition-expungement']);
    const waits = status['petition-expungement'] === 'applies' || verdict === 'unlikely' ? [] : waitsOf(petition);
    return {
      reasons: toReasons([
        ...mdPaths.map((path) => [path, reasonsOf(leaves.map((leaf) => leaf[path]), status[path])] as const),
        [undefined, notes],
      ]),
      waitFor: waits.map((id) => ({ id })),
    };
  });

  return { verdict, paths, status, explain };
}

/**
 * One status from the findings on every completion: 'applies' if it applies
 * on all, 'maybe' if on some, else 'later' if a petition becomes possible on
 * some, else 'no'.
 */
function combinedStatus(results: readonly RuleFinding<string>[]): RuleStatus {
  let all = true;
  let some = false;
  let later = false;
  for (const r of results) {
    if (r.status !== 'applies') all = false;
    if (r.status === 'applies' || r.status === 'maybe') some = true;
    if (r.status === 'later') later = true;
  }
  return all ? 'applies' : some ? 'maybe' : later ? 'later' : 'no';
}

/** The reasons of the completions that gave the combined status (all of them for 'applies' and 'no'). */
function reasonsOf(results: readonly RuleFinding<string>[], status: RuleStatus): string[] {
  const telling =
    status === 'maybe'
      ? results.filter((r) => r.status === 'applies' || r.status === 'maybe')
      : status === 'later'
        ? results.filter((r) => r.status === 'later')
        : results;
  return unique(telling.flatMap((r) => r.reasons));
}

/** What must happen first, from every completion where a petition comes later. */
function waitsOf(results: readonly RuleFinding<string>[]): WaitId[] {
  return unique(results.filter((r) => r.status === 'later').flatMap((r) => r.waits));
}

function toReasons(groups: readonly (readonly [PathId | undefined, readonly string[]])[]): Reason[] {
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const [path, ids] of groups) {
    for (const id of ids) {
      const citation = citationOf(id);
      if (!citation) throw new Error(`reason "${id}" has no citation in rules/index.ts`);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ id: id as ReasonId, ...(path ? { path } : {}), law: citation.law, sourceIds: citation.sourceIds });
    }
  }
  return out;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * For each unsure answer: could a real answer (one the other answers still
 * allow) change the verdict or the paths? When no single answer does but the
 * result still turns on unsure answers (e.g. a federal case with both the
 * charge and the outcome unknown), pairs of answers are tried.
 */
function lookupsFor(facts: NormalizedFacts, result: Decision): Lookup[] {
  const domains = domainsOf(facts);
  const open = factFields.filter((field) => facts[field] === UNSURE && domains[field].length > 1);
  const differs = (changed: Partial<NormalizedFacts>) => {
    const other = decided({ ...facts, ...changed });
    return other.verdict !== result.verdict || other.paths.join() !== result.paths.join();
  };
  let fields = open.filter((field) => (domains[field] as readonly string[]).some((value) => differs({ [field]: value })));
  const turnsOnAnswers = result.verdict === 'possibly' || Object.values(result.status).includes('maybe');
  if (fields.length === 0 && turnsOnAnswers) {
    const paired = new Set<FactField>();
    open.forEach((a, i) =>
      open.slice(i + 1).forEach((b) => {
        const found = (domains[a] as readonly string[]).some((va) =>
          (domains[b] as readonly string[]).some((vb) => differs({ [a]: va, [b]: vb })),
        );
        if (found) paired.add(a).add(b);
      }),
    );
    fields = open.filter((field) => paired.has(field));
  }
  const lookups: Lookup[] = fields.map((field) => ({ id: lookupIdByField[field], field }));
  if (result.status['governor-pardon-2024'] === 'maybe') lookups.push({ id: pardonDocketLookup, field: 'caseEnded' });
  return lookups;
}
