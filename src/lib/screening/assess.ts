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
import { factFields, knownValuesOf, normalizeFacts, UNSURE, type Facts, type KnownFacts, type NormalizedFacts } from './facts';
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

type Core = Omit<Assessment, 'lookups' | 'facts' | 'lawAsOf'>;

export function assess(facts: Facts): Assessment {
  const normalized = normalizeFacts(facts);
  const result = core(normalized);
  return {
    ...result,
    paths: [...result.paths],
    status: { ...result.status },
    reasons: result.reasons.map((reason) => ({ ...reason })),
    waitFor: result.waitFor.map((wait) => ({ ...wait })),
    lookups: lookupsFor(normalized, result),
    facts: normalized,
    lawAsOf,
  };
}

const cache = new Map<string, Core>();

function core(facts: NormalizedFacts): Core {
  const key = factFields.map((field) => facts[field]).join('|');
  let result = cache.get(key);
  if (!result) {
    result = decide(facts);
    cache.set(key, result);
  }
  return result;
}

const noPaths = (): Record<PathId, RuleStatus> =>
  Object.fromEntries(pathIds.map((id) => [id, 'no'])) as Record<PathId, RuleStatus>;

function decide(facts: NormalizedFacts): Core {
  const domains = domainsOf(facts);
  const over = (rule: (f: KnownFacts) => RuleFinding<string>) => combine(resultsOverCompletions(domains, rule));

  // 1. Not a Maryland state case.
  if (facts.court === 'federal' || facts.court === 'dc' || facts.court === 'other-state') {
    const federal = over(rules['federal-pardon']);
    const status = { ...noPaths(), 'federal-pardon': federal.status };
    return {
      verdict: 'outside-maryland',
      paths: federal.status === 'applies' ? ['federal-pardon'] : [],
      status,
      reasons: toReasons([['federal-pardon', federal.reasons]]),
      waitFor: [],
    };
  }
  // 2. Nothing can be judged before we know the court.
  if (facts.court === UNSURE) {
    return { verdict: 'possibly', paths: [], status: noPaths(), reasons: toReasons([[undefined, ['court-unknown']]]), waitFor: [] };
  }
  // 3. The case is still open.
  if (facts.outcome === 'pending') {
    return {
      verdict: 'not-yet',
      paths: [],
      status: { ...noPaths(), 'petition-expungement': 'later' },
      reasons: toReasons([['petition-expungement', ['case-still-open']]]),
      waitFor: [{ id: 'current-case-ends' }],
    };
  }

  const findings = {
    resentencing: over(rules.resentencing),
    'automatic-expungement': over(rules['automatic-expungement']),
    'petition-expungement': over(rules['petition-expungement']),
    'governor-pardon-2024': over(rules['governor-pardon-2024']),
  } as const;
  const status = { ...noPaths() };
  for (const [path, found] of Object.entries(findings)) status[path as PathId] = found.status;

  const notes: string[] = [];
  if (facts.charge === 'civil-citation') notes.push('civil-citation-not-a-conviction');
  if (over(nonConvictionAutomaticExpungement).status !== 'no') notes.push('general-automatic-expungement-after-3-years');
  if (facts.stillVisible === 'no') notes.push('not-visible-does-not-prove-expungement');

  const petition = findings['petition-expungement'];
  const waitFor = petition.status === 'applies' ? [] : petition.waits.map((id) => ({ id }));
  const reasonsBy = (extra: readonly string[] = []) =>
    toReasons([...Object.entries(findings).map(([p, f]) => [p as PathId, f.reasons] as const), [undefined, [...notes, ...extra]]]);

  const applying = sortPaths(pathIds.filter((p) => status[p] === 'applies'));
  if (applying.length > 0) return { verdict: 'likely', paths: applying, status, reasons: reasonsBy(), waitFor };

  const favourable = sortPaths(pathIds.filter((p) => status[p] === 'maybe'));
  const distributionConviction = resultsOverCompletions(
    domains,
    (f) => f.charge === 'distribution-or-cultivation' && f.outcome === 'guilty',
  ).some(Boolean);
  if (favourable.length > 0 || distributionConviction) {
    return { verdict: 'possibly', paths: favourable, status, reasons: reasonsBy(), waitFor };
  }
  if (petition.status === 'later') return { verdict: 'not-yet', paths: [], status, reasons: reasonsBy(), waitFor };
  return { verdict: 'unlikely', paths: [], status, reasons: reasonsBy(['no-cannabis-specific-relief']), waitFor: [] };
}

/**
 * One finding from the findings on every completion: 'applies' if it applies
 * on all, 'maybe' if on some, else 'later' if a petition becomes possible on
 * some, else 'no'. Reasons come from the completions that gave that status.
 */
function combine(results: readonly RuleFinding<string>[]): RuleFinding<string> {
  const has = (s: RuleStatus) => results.some((r) => r.status === s);
  const status: RuleStatus = results.every((r) => r.status === 'applies')
    ? 'applies'
    : has('applies') || has('maybe')
      ? 'maybe'
      : has('later')
        ? 'later'
        : 'no';
  const telling =
    status === 'maybe'
      ? results.filter((r) => r.status === 'applies' || r.status === 'maybe')
      : status === 'later'
        ? results.filter((r) => r.status === 'later')
        : results;
  return {
    status,
    reasons: unique(telling.flatMap((r) => r.reasons)),
    waits: unique(results.filter((r) => r.status === 'later').flatMap((r) => r.waits)),
  };
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

/** For each unsure answer: does some real answer change the verdict or the paths? */
function lookupsFor(facts: NormalizedFacts, result: Core): Lookup[] {
  const lookups: Lookup[] = [];
  for (const field of factFields) {
    if (facts[field] !== UNSURE) continue;
    const matters = knownValuesOf(field).some((value) => {
      const other = core({ ...facts, [field]: value });
      return other.verdict !== result.verdict || other.paths.join() !== result.paths.join();
    });
    if (matters) lookups.push({ id: lookupIdByField[field], field });
  }
  if (result.status['governor-pardon-2024'] === 'maybe') lookups.push({ id: pardonDocketLookup, field: 'caseEnded' });
  return lookups;
}
