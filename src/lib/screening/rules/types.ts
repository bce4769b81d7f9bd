/**
 * The shapes every rule shares. A rule reads fully known facts (see
 * ../completions.ts) and says how its relief stands, with the ids of its
 * reasons. Each reason names the law it rests on (an id from `lawIds`) and the
 * bibliography entries that show it (content/sources/<id>.yaml); the words of
 * reasons and laws are in content/screening/.
 */

/**
 * - applies: the relief applies now (or already has), whatever the unsure answers are;
 * - maybe: it may apply (under some answers, or where the law is unsettled);
 * - later: it will apply once something happens (a wait ends, a sentence or an open case ends);
 * - no: it does not apply.
 */
export const statuses = ['applies', 'maybe', 'later', 'no'] as const;
export type RuleStatus = (typeof statuses)[number];

/** The laws the rules rest on. Their names, as residents read them: lawWords in content/screening/outcomes.ts. */
export const lawIds = [
  'cp-10-105',
  'cp-10-105-1',
  'cp-10-107',
  'cp-10-110',
  'cp-10-112',
  'cp-10-301',
  'cp-10-401',
  'hb837-2022',
  'sb432-2025',
  'cr-5-601-1',
  'cr-5-613-1',
  'pardon-orders',
  'federal-proclamations',
  'dc-16-802',
  'immigration-expunged-convictions',
  'case-law-trey-h',
  'case-law-vincent-s',
] as const;
export type LawId = (typeof lawIds)[number];

/** What must happen before a relief can apply. Words: content/screening/outcomes.ts. */
export const waitIds = [
  'current-case-ends',
  'other-open-case-ends',
  'sentence-complete',
  'three-years-after-sentence',
  'three-years-after-pbj',
  'three-years-after-stet',
  'three-years-after-case-ended',
] as const;
export type WaitId = (typeof waitIds)[number];

/** The law a reason rests on, and the bibliography ids that show it. */
export interface Citation {
  readonly law: LawId;
  readonly sources: readonly string[];
}

export interface RuleFinding<R extends string = string> {
  readonly status: RuleStatus;
  readonly reasons: readonly R[];
  readonly waits: readonly WaitId[];
}

export function finding<R extends string>(status: RuleStatus, reasons: readonly R[], waits: readonly WaitId[] = []): RuleFinding<R> {
  return { status, reasons, waits };
}

/** The same finding with another status and more reasons or waits. */
export function amend<R extends string, S extends string>(
  base: RuleFinding<R>,
  change: { status?: RuleStatus; reasons?: readonly S[]; waits?: readonly WaitId[] },
): RuleFinding<R | S> {
  return {
    status: change.status ?? base.status,
    reasons: [...base.reasons, ...(change.reasons ?? [])],
    waits: [...base.waits, ...(change.waits ?? [])],
  };
}
