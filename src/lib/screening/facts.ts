/**
 * What the checker learns about one case: the field names and value lists of
 * the screening contract (shared/screening-contract.md). The lists are `const`
 * arrays so that the flow, the rules and the tests enumerate them.
 *
 * Every field may be missing; a missing field means "not asked or not known",
 * exactly like 'unsure'. Anything else that is not on a list is read as
 * 'unsure' too, so outside input can never make the checker throw.
 */

export const UNSURE = 'unsure';

export const courtValues = ['maryland', 'federal', 'dc', 'other-state', 'unsure'] as const;
export const chargeValues = [
  'possession',
  'civil-citation',
  'paraphernalia',
  'intent-to-distribute',
  'distribution-or-cultivation',
  'unsure',
] as const;
export const otherChargesValues = ['none', 'cannabis-only', 'non-cannabis', 'unsure'] as const;
export const outcomeValues = [
  'guilty',
  'pbj',
  'not-guilty',
  'dismissed',
  'nolle-prosequi',
  'stet',
  'pending',
  'unsure',
] as const;
export const caseEndedValues = [
  'before-2023-01-01',
  '2023-01-01-to-2023-06-30',
  'on-or-after-2023-07-01',
  'unsure',
] as const;
export const sentenceValues = [
  'incarcerated',
  'supervision',
  'completed-under-3-years',
  'completed-3-years-or-more',
  'none',
  'unsure',
] as const;
export const yearsSinceOutcomeValues = ['under-3', '3-or-more', 'unsure'] as const;
export const pendingCaseValues = ['yes', 'no', 'unsure'] as const;
export const stillVisibleValues = ['yes', 'no', 'unsure'] as const;

/** The fields in the order the contract lists them. */
export const factFields = [
  'court',
  'charge',
  'otherCharges',
  'outcome',
  'caseEnded',
  'sentence',
  'yearsSinceOutcome',
  'pendingCase',
  'stillVisible',
] as const;
export type FactField = (typeof factFields)[number];

export const factValues = {
  court: courtValues,
  charge: chargeValues,
  otherCharges: otherChargesValues,
  outcome: outcomeValues,
  caseEnded: caseEndedValues,
  sentence: sentenceValues,
  yearsSinceOutcome: yearsSinceOutcomeValues,
  pendingCase: pendingCaseValues,
  stillVisible: stillVisibleValues,
} as const satisfies { readonly [F in FactField]: readonly string[] };

export type FactValue<F extends FactField> = (typeof factValues)[F][number];
/** A value that is an answer, not 'unsure'. */
export type KnownValue<F extends FactField> = Exclude<FactValue<F>, 'unsure'>;

export type Court = FactValue<'court'>;
export type Charge = FactValue<'charge'>;
export type OtherCharges = FactValue<'otherCharges'>;
export type Outcome = FactValue<'outcome'>;
export type CaseEnded = FactValue<'caseEnded'>;
export type Sentence = FactValue<'sentence'>;
export type YearsSinceOutcome = FactValue<'yearsSinceOutcome'>;
export type PendingCase = FactValue<'pendingCase'>;
export type StillVisible = FactValue<'stillVisible'>;

/** The input of `assess`: every field optional, as in the contract. */
export type Facts = { [F in FactField]?: FactValue<F> };

/** Facts after `normalizeFacts`: every field present, 'unsure' where not known. */
export type NormalizedFacts = { [F in FactField]: FactValue<F> };

/**
 * One way the unsure answers could turn out: every field known. The rules are
 * written over these; the three-valued evaluator runs them on every completion.
 */
export type KnownFacts = { [F in FactField]: KnownValue<F> };

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
 * value is on that field's list, otherwise it becomes 'unsure'. Never throws.
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

/** Outcomes that end a case without a conviction or PBJ. */
export const nonConvictionOutcomes = ['not-guilty', 'dismissed', 'nolle-prosequi', 'stet'] as const;

/** Case-end periods that are wholly before July 1, 2023 (the §10-112 cut-off the checker uses). */
export const endedBeforeJuly2023 = ['before-2023-01-01', '2023-01-01-to-2023-06-30'] as const;

export function endedBeforeJuly2023Is(value: CaseEnded): boolean {
  return (endedBeforeJuly2023 as readonly string[]).includes(value);
}
