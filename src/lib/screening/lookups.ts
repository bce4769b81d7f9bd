/**
 * "I'm not sure" becomes one action: for each unsure answer that the result
 * turns on, what to look up on the Maryland Judiciary Case Search.
 * Words: content/checker/outcomes.ts.
 */
import type { FactField } from './facts';

export const lookupIdByField = {
  court: 'lookup-court',
  charge: 'lookup-charge',
  otherCharges: 'lookup-other-charges',
  outcome: 'lookup-disposition',
  caseEnded: 'lookup-disposition-date',
  sentence: 'lookup-sentence',
  yearsSinceOutcome: 'lookup-time-since-disposition',
  pendingCase: 'lookup-open-cases',
  stillVisible: 'lookup-case-search-visible',
} as const satisfies Record<FactField, string>;

/** Not tied to one answer: shown whenever the 2024 pardon may, but may not, cover the case. */
export const pardonDocketLookup = 'lookup-pardon-docket-entry';

export const lookupIds = [...Object.values(lookupIdByField), pardonDocketLookup] as const;
export type LookupId = (typeof lookupIds)[number];

export interface Lookup {
  id: LookupId;
  /** The answer this look-up settles. */
  field: FactField;
}
