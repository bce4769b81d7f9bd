/**
 * What the checker learns about one case: the field names and value lists of
 * the screening contract, version 2 (docs/screening-contract.md, now version 3). This is
 * the one list of fields and values: the types, the rules' reader, the
 * questions, the look-ups and the tests all derive from `factValues`.
 *
 * Every field may be missing; a missing field means "not asked or not known",
 * exactly like 'unsure'. Anything else that is not on a list is read as
 * 'unsure' too, so outside input can never make the checker throw.
 */

export const UNSURE = 'unsure';

/** Three periods used by both dates the checker asks about. */
const periods = ['before-2023-01-01', '2023-01-01-to-2023-06-30', 'on-or-after-2023-07-01', UNSURE] as const;

/** Every field with its values, in the order of the contract's table. */
export const factValues = {
  court: ['maryland', 'federal', 'dc', 'other-state', UNSURE],
  charge: ['possession', 'civil-citation', 'paraphernalia', 'intent-to-distribute', 'distribution-or-cultivation', UNSURE],
  otherCharges: ['none', 'cannabis-only', 'non-cannabis', UNSURE],
  outcome: ['guilty', 'pbj', 'not-guilty', 'dismissed', 'nolle-prosequi', 'stet', 'pending', UNSURE],
  caseEnded: periods,
  charged: periods,
  sentence: ['incarcerated', 'supervision', 'completed-under-3-years', 'completed-3-years-or-more', 'none', UNSURE],
  yearsSinceOutcome: ['under-3', '3-or-more', UNSURE],
  pendingCase: ['yes', 'no', UNSURE],
} as const;

export type FactField = keyof typeof factValues;
export const factFields = Object.keys(factValues) as FactField[];

export type FactValue<F extends FactField> = (typeof factValues)[F][number];
/** A value that is an answer, not 'unsure'. */
export type KnownValue<F extends FactField> = Exclude<FactValue<F>, typeof UNSURE>;
export type Period = (typeof periods)[number];

/** The input of `assess`: every field optional, as in the contract. */
export type Facts = { [F in FactField]?: FactValue<F> };

/** Facts after `normalizeFacts`: every field present, 'unsure' where not known. */
export type NormalizedFacts = { [F in FactField]: FactValue<F> };

/**
 * One way the unsure answers could turn out: every field known. The rules are
 * written over these; the three-valued evaluator runs them on every completion.
 */
export type KnownFacts = { readonly [F in FactField]: KnownValue<F> };

/** The answers other than 'unsure' that a field can take. */
export function knownValuesOf<F extends FactField>(field: F): readonly KnownValue<F>[] {
  return (factValues[field] as readonly string[]).filter((value) => value !== UNSURE) as KnownValue<F>[];
}

export function isFactValue<F extends FactField>(field: F, value: unknown): value is FactValue<F> {
  return typeof value === 'string' && (factValues[field] as readonly string[]).includes(value);
}

/**
 * Turns anything (missing, null, numbers, unknown strings, extra fields, not
 * an object at all) into valid facts: each field keeps its value only when the
 * value is on that field's list, otherwise it becomes 'unsure'. Unknown fields
 * are dropped. Never throws.
 */
export function normalizeFacts(input: unknown): NormalizedFacts {
  const record = isPlainRecord(input) ? input : {};
  const out = {} as Record<FactField, string>;
  for (const field of factFields) {
    const value = readOwn(record, field);
    out[field] = isFactValue(field, value) ? value : UNSURE;
  }
  return out as NormalizedFacts;
}

function isPlainRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** Reads an own property only (never the prototype chain), tolerating throwing getters. */
function readOwn(record: Record<string, unknown>, key: string): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// Dates. The law-as-of date (rules/index.ts) is after June 30, 2026, so any case
// that ended before July 1, 2023 ended 3 or more years ago; the cut-offs below
// hold for every later date too, so they never go stale.

const periodOrder: readonly Period[] = periods;

/** A period wholly before July 1, 2023 (the §10-112 cut-off). */
export function beforeJuly2023(period: Period): boolean {
  return period === 'before-2023-01-01' || period === '2023-01-01-to-2023-06-30';
}

/** The charge came no later than the end of its case: `charged` is not in a later period than `caseEnded`. */
export function chargeFitsEnd(charged: Period, caseEnded: Period): boolean {
  if (charged === UNSURE || caseEnded === UNSURE) return true;
  return periodOrder.indexOf(charged) <= periodOrder.indexOf(caseEnded);
}

/** "Less than 3 years ago" cannot be said of a case that ended before July 1, 2023. */
export function yearsFitEnd(years: FactValue<'yearsSinceOutcome'>, caseEnded: Period): boolean {
  return !(years === 'under-3' && caseEnded !== UNSURE && beforeJuly2023(caseEnded));
}

/**
 * The answers as the rules read them: an answer that contradicts the end of
 * the case (a charge after it, or "less than 3 years ago" for a case that
 * ended before July 2023) is read as 'unsure', as the contract says; the
 * three-valued evaluation then resolves it over the values that fit. For an
 * open case, when it ended is ignored.
 */
export function readFacts(input: unknown): NormalizedFacts {
  const given = normalizeFacts(input);
  // An open case has not ended: when it ended, and how long ago, are ignored.
  const facts: NormalizedFacts = given.outcome === 'pending' ? { ...given, caseEnded: UNSURE, yearsSinceOutcome: UNSURE } : given;
  return {
    ...facts,
    charged: chargeFitsEnd(facts.charged, facts.caseEnded) ? facts.charged : UNSURE,
    yearsSinceOutcome: yearsFitEnd(facts.yearsSinceOutcome, facts.caseEnded) ? facts.yearsSinceOutcome : UNSURE,
  };
}
