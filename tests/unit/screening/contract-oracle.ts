/**
 * A second, independent reading of the screening contract (version 3), for
 * the tests only: the rule table of docs/screening-contract.md written as
 * plainly as possible over fully known facts, and the contract's definitions
 * of "fitting combinations", of a status over unsure answers and of the
 * verdict order. The engine (src/lib/screening/) is written differently
 * (rule modules, three-valued evaluation over the rules' own reads); the
 * tests check that the two agree on every combination they enumerate.
 */
import { factFields, factValues, type FactField, type Facts, type PathId, type RuleStatus, type Verdict } from '../../../src/lib/screening';

type Known = { [F in FactField]: string };
export type Statuses = Record<PathId, RuleStatus>;

const beforeJuly2023 = (period: string) => period === 'before-2023-01-01' || period === '2023-01-01-to-2023-06-30';
const dropped = (outcome: string) => outcome === 'not-guilty' || outcome === 'dismissed' || outcome === 'nolle-prosequi';
const order = ['before-2023-01-01', '2023-01-01-to-2023-06-30', 'on-or-after-2023-07-01'];

/** The contract's rule table for one fully known case. */
export function oracleStatuses(f: Known): Statuses {
  const s: Statuses = {
    resentencing: 'no',
    'petition-expungement': 'no',
    'dropped-charges-expungement': 'no',
    'automatic-expungement': 'no',
    'governor-pardon-2024': 'no',
    'federal-pardon': 'no',
  };
  if (f.court !== 'maryland') {
    // Federal or D.C.: possession, not dropped, offense on or before Dec 22, 2023 (open cases too).
    const covered =
      (f.court === 'federal' || f.court === 'dc') && f.charge === 'possession' && !dropped(f.outcome) && f.offense === 'on-or-before-2023-12-22';
    s['federal-pardon'] = covered ? 'applies' : 'no';
    return s;
  }
  if (f.outcome === 'pending') {
    s['petition-expungement'] = 'later';
    return s;
  }
  const finished = f.sentence !== 'incarcerated' && f.sentence !== 'supervision';
  const threeYears = f.yearsSinceOutcome === '3-or-more';
  const othersAllDropped = f.otherCharges === 'none' || f.otherOutcome === 'all-dropped';

  // Automatic expungement, §10-112.
  if ((f.charge === 'possession' || f.charge === 'civil-citation') && f.otherCharges === 'none' && beforeJuly2023(f.charged)) {
    s['automatic-expungement'] = f.charge === 'possession' && beforeJuly2023(f.caseEnded) ? 'applies' : 'maybe';
  }
  // Dropped charges, §10-105.1: every charge in the case dropped.
  if (dropped(f.outcome) && othersAllDropped) {
    if (f.caseEnded === 'before-2023-01-01') s['dropped-charges-expungement'] = 'maybe';
    else if (f.caseEnded === '2023-01-01-to-2023-06-30' || threeYears) s['dropped-charges-expungement'] = 'applies';
    else s['dropped-charges-expungement'] = 'later';
  }
  // Petition, by outcome and charge.
  let p: RuleStatus = 'no';
  if (dropped(f.outcome)) p = 'applies';
  else if (f.outcome === 'stet') p = threeYears ? 'applies' : 'later';
  else if (f.outcome === 'guilty') {
    if (f.charge === 'possession') p = finished ? 'applies' : 'later';
    else if (f.charge === 'civil-citation') p = 'maybe';
    else if (f.charge === 'paraphernalia' || f.charge === 'distribution-or-cultivation') p = finished ? 'maybe' : 'later';
    else p = f.sentence === 'completed-3-years-or-more' || (f.sentence === 'none' && threeYears) ? 'applies' : 'later'; // intent to distribute
  } else if (f.outcome === 'pbj') {
    const possessionRule = f.charge === 'possession' || f.charge === 'civil-citation';
    const pbjOld = threeYears || f.sentence === 'completed-3-years-or-more';
    if (!finished) p = 'later';
    else if (pbjOld) p = 'applies';
    else p = possessionRule ? 'maybe' : 'later';
  }
  // The unit rule: blocks only a charge other than possession whose other charges were not all dropped.
  if (p === 'applies' && f.otherCharges !== 'none' && f.charge !== 'possession' && f.otherOutcome !== 'all-dropped') p = 'maybe';
  // A later conviction: after a PBJ other than for possession or a citation, or after intent to distribute.
  const laterCounts =
    (f.outcome === 'pbj' && f.charge !== 'possession' && f.charge !== 'civil-citation') ||
    (f.outcome === 'guilty' && f.charge === 'intent-to-distribute');
  if (p === 'applies' && laterCounts && f.laterConviction === 'yes') p = 'maybe';
  // An open case holds back any petition that would or may apply.
  if ((p === 'applies' || p === 'maybe') && f.pendingCase === 'yes') p = 'later';
  s['petition-expungement'] = p;
  // The 2024 pardon.
  if ((f.outcome === 'guilty' || f.outcome === 'pbj') && f.charged === 'before-2023-01-01') {
    if (f.charge === 'possession') s['governor-pardon-2024'] = beforeJuly2023(f.caseEnded) ? 'applies' : 'maybe';
    else if (f.charge === 'paraphernalia') s['governor-pardon-2024'] = 'maybe';
  }
  // Resentencing.
  if (f.outcome === 'guilty' && f.sentence === 'incarcerated' && f.charge === 'possession') {
    if (f.charged === 'before-2023-01-01') s.resentencing = 'applies';
    else if (f.charged === '2023-01-01-to-2023-06-30') s.resentencing = 'maybe';
  }
  return s;
}

/** Whether a fully known case fits itself: a charge no later than its end; "under 3 years" only after June 2023; an ended case is not pending. */
function fits(f: Known, given: Facts): boolean {
  if (order.indexOf(f.charged) > order.indexOf(f.caseEnded)) return false;
  if (f.yearsSinceOutcome === 'under-3' && beforeJuly2023(f.caseEnded)) return false;
  if (f.outcome === 'pending' && given.caseEnded && given.caseEnded !== 'unsure' && given.outcome !== 'pending') return false;
  return true;
}

/** The contract's reading of answers: unknown values are unsure; an answer that contradicts the end of the case is unsure. */
export function readAnswers(facts: Facts): Facts {
  const out: Record<string, string> = {};
  for (const field of factFields) {
    const v = (facts as Record<string, unknown>)[field];
    out[field] = typeof v === 'string' && (factValues[field] as readonly string[]).includes(v) ? v : 'unsure';
  }
  if (out.outcome === 'pending') out.caseEnded = out.yearsSinceOutcome = 'unsure';
  const ended = out.caseEnded;
  if (ended !== 'unsure' && out.charged !== 'unsure' && order.indexOf(out.charged) > order.indexOf(ended)) out.charged = 'unsure';
  if (ended !== 'unsure' && beforeJuly2023(ended) && out.yearsSinceOutcome === 'under-3') out.yearsSinceOutcome = 'unsure';
  return out as Facts;
}

/** Every fully known case that fits the answers. */
export function completions(facts: Facts): Known[] {
  const read = readAnswers(facts);
  let out: Record<string, string>[] = [{}];
  for (const field of factFields) {
    const value = read[field]!;
    const values = value === 'unsure' ? (factValues[field] as readonly string[]).filter((v) => v !== 'unsure') : [value];
    out = out.flatMap((partial) => values.map((v) => ({ ...partial, [field]: v })));
  }
  return (out as Known[]).filter((f) => fits(f, read));
}

/** The contract's status over unsure answers, and its verdict order. */
export function oracle(facts: Facts): { verdict: Verdict; paths: PathId[]; status: Statuses } {
  const read = readAnswers(facts);
  const ids = Object.keys(oracleStatuses({ court: 'other-state' } as Known)) as PathId[];
  if (read.court === 'unsure') return { verdict: 'possibly', paths: [], status: Object.fromEntries(ids.map((id) => [id, 'no'])) as Statuses };
  const all = completions(read).map(oracleStatuses);
  const status = Object.fromEntries(
    ids.map((id) => {
      const values = all.map((s) => s[id]);
      const st: RuleStatus = values.every((v) => v === 'applies')
        ? 'applies'
        : values.some((v) => v === 'applies' || v === 'maybe')
          ? 'maybe'
          : values.some((v) => v === 'later')
            ? 'later'
            : 'no';
      return [id, st];
    }),
  ) as Statuses;
  const where = (s: RuleStatus) => ids.filter((id) => status[id] === s);
  if (read.court === 'federal' || read.court === 'dc' || read.court === 'other-state') {
    return { verdict: 'outside-maryland', paths: status['federal-pardon'] === 'applies' ? ['federal-pardon'] : [], status };
  }
  if (read.outcome === 'pending') return { verdict: 'not-yet', paths: [], status };
  if (where('applies').length) return { verdict: 'likely', paths: where('applies'), status };
  if (where('maybe').length) return { verdict: 'possibly', paths: where('maybe'), status };
  if (where('later').length) return { verdict: 'not-yet', paths: [], status };
  return { verdict: 'unlikely', paths: [], status };
}
