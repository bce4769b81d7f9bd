/**
 * "I'm not sure" becomes one action: for each unsure answer the result turns
 * on, where to find it. Case Search is not allowed to show some cases (charges
 * that ended in not guilty, dismissal or nolle prosequi; old possession-only
 * District Court cases; pardoned possession convictions; shielded cases), so
 * the words also name the clerk of the court and the criminal history record.
 * Words: content/screening/outcomes.ts.
 */
import type { FactField } from './facts';

export const lookupIdByField = {
  court: 'lookup-court',
  charge: 'lookup-charge',
  otherCharges: 'lookup-other-charges',
  outcome: 'lookup-disposition',
  caseEnded: 'lookup-disposition-date',
  charged: 'lookup-charge-date',
  sentence: 'lookup-sentence',
  yearsSinceOutcome: 'lookup-time-since-disposition',
  pendingCase: 'lookup-open-cases',
  otherOutcome: 'lookup-other-outcomes',
  laterConviction: 'lookup-later-convictions',
  offense: 'lookup-offense-date',
} as const satisfies Record<FactField, string>;

export const lookupIds = Object.values(lookupIdByField);
export type LookupId = (typeof lookupIds)[number];

export interface Lookup {
  id: LookupId;
  /** The answer this look-up settles. */
  field: FactField;
}

export function lookupFor(field: FactField): Lookup {
  return { id: lookupIdByField[field], field };
}
