/**
 * What can hold back a petition whatever the outcome (research §3.3, §3.4).
 * - The unit rule: when a case has several charges, normally no charge in it
 *   can be expunged unless all can (Criminal Procedure §10-107; Stoddard,
 *   2006). Since July 1, 2023 a cannabis possession charge can be expunged even
 *   when other charges in the case cannot (HB 837). Whether the exception
 *   reaches other cannabis charges is not settled, so for any other charge a
 *   petition that would apply becomes 'maybe'. Either way only the cannabis
 *   charge is cleared: the words say the other charges stay.
 * - The open-case bar: nobody can petition while a defendant in any open
 *   criminal case, in any court (Robert B. v. State, 2010; kept by the 2025
 *   act). A petition that would or may apply becomes 'later'. Automatic
 *   expungements and pardons are not petitions and do not depend on it.
 * - Good cause: a judge may grant a §10-105 petition (stet, PBJ) before its
 *   wait ends "on a showing of good cause" (In re Vincent S.), not a §10-110 one.
 */
import type { KnownFacts } from '../../facts';
import { amend, type Citation, type RuleFinding } from '../types';

export const petitionBarReasons = {
  'petition-possession-exception-to-unit-rule': { law: 'cp-10-107', sources: ['mvls-2023-cannabis-changes', 'stoddard-2006'] },
  'petition-unit-rule-may-block': { law: 'cp-10-107', sources: ['stoddard-2006', 'mvls-2023-cannabis-changes'] },
  'petition-good-cause-early': { law: 'case-law-vincent-s', sources: ['in-re-vincent-s-2022'] },
  'petition-open-case-bar': { law: 'cp-10-105', sources: ['robert-b-2010', 'session-law-1989-expungement', 'cbs-2025-expungement-reform'] },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof petitionBarReasons;
export type GoodCause = 'petition-good-cause-early';

export function applyUnitRule<R extends string>(result: RuleFinding<R>, facts: KnownFacts): RuleFinding<R | Reason> {
  if (result.status === 'no' || facts.otherCharges === 'none') return result;
  if (facts.charge === 'possession') return amend(result, { reasons: ['petition-possession-exception-to-unit-rule'] });
  return amend(result, { status: result.status === 'applies' ? 'maybe' : result.status, reasons: ['petition-unit-rule-may-block'] });
}

export function applyOpenCaseBar<R extends string>(result: RuleFinding<R>, facts: KnownFacts): RuleFinding<R | Reason> {
  if (facts.pendingCase === 'no' || (result.status !== 'applies' && result.status !== 'maybe')) return result;
  return amend(result, { status: 'later', reasons: ['petition-open-case-bar'], waits: ['other-open-case-ends'] });
}
