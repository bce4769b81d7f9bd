/**
 * What can hold back a petition whatever the outcome (research §3.3, §3.4, §000).
 * - The unit rule: when a case has several charges, normally no charge in it
 *   can be expunged unless all can (Criminal Procedure §10-107; Stoddard,
 *   2006). Since July 1, 2023 a cannabis possession charge can be expunged even
 *   when other charges in the case cannot (HB 837). Contract v3: a charge whose
 *   other charges were all dropped (not guilty, dismissed, nolle prosequi) is
 *   not blocked either, since those can be expunged too. Otherwise a petition
 *   that would apply becomes 'maybe'. Either way only the cannabis charge is
 *   cleared: the words say the other charges stay.
 * - A later conviction (contract v3): after a PBJ other than for possession or
 *   a citation, a conviction within 3 years after it bars the petition; after
 *   a guilty finding of intent to distribute (a §10-110 petition), a
 *   conviction since then bars it until that conviction could itself be
 *   expunged. 'yes' turns a petition that would apply into 'maybe'.
 * - The open-case bar: nobody can petition while they have an open case in
 *   any court (waiting for trial, a plea or sentencing; an open warrant; an
 *   appeal). Probation or parole for a finished case is not an open case
 *   (Robert B. v. State, 2010; kept by the 2025 act). A petition that would or
 *   may apply becomes 'later'. Automatic expungements and pardons are not
 *   petitions and do not depend on it.
 * - Good cause: a judge may grant a §10-105 petition (stet, PBJ) before its
 *   wait ends "on a showing of good cause" (In re Vincent S.), not a §10-110 one.
 */
import type { KnownFacts } from '../../facts';
import { amend, type Citation, type RuleFinding } from '../types';

export const petitionBarReasons = {
  'petition-possession-exception-to-unit-rule': { law: 'cp-10-107', sources: ['mvls-2023-cannabis-changes', 'stoddard-2006'] },
  'petition-other-charges-dropped-too': { law: 'cp-10-107', sources: ['stoddard-2006', 'statute-cp-10-105'] },
  'petition-unit-rule-may-block': { law: 'cp-10-107', sources: ['stoddard-2006', 'mvls-2023-cannabis-changes'] },
  'petition-good-cause-early': { law: 'case-law-vincent-s', sources: ['in-re-vincent-s-2022'] },
  'petition-later-conviction-bars-pbj': { law: 'cp-10-105', sources: ['session-law-2004-expungement', 'judiciary-expungement-brochure'] },
  'petition-later-conviction-bars-10-110': { law: 'cp-10-110', sources: ['statute-cp-10-110', 'mvls-2023-cannabis-changes'] },
  'petition-later-conviction-act-now-legal': { law: 'cp-10-105', sources: ['in-re-trey-h-2022'] },
  'petition-open-case-bar': { law: 'cp-10-105', sources: ['robert-b-2010', 'session-law-1989-expungement', 'cbs-2025-expungement-reform'] },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof petitionBarReasons;
export type GoodCause = 'petition-good-cause-early';

export function applyUnitRule<R extends string>(result: RuleFinding<R>, facts: KnownFacts): RuleFinding<R | Reason> {
  if (result.status === 'no' || facts.otherCharges === 'none') return result;
  if (facts.charge === 'possession') return amend(result, { reasons: ['petition-possession-exception-to-unit-rule'] });
  if (facts.otherOutcome === 'all-dropped') return amend(result, { reasons: ['petition-other-charges-dropped-too'] });
  return amend(result, { status: result.status === 'applies' ? 'maybe' : result.status, reasons: ['petition-unit-rule-may-block'] });
}

/** Whether a later conviction can bar this petition: a PBJ other than for possession or a citation, or a guilty finding of intent to distribute. */
export function laterConvictionCanBar(facts: KnownFacts): 'pbj' | '10-110' | null {
  if (facts.outcome === 'pbj' && facts.charge !== 'possession' && facts.charge !== 'civil-citation') return 'pbj';
  if (facts.outcome === 'guilty' && facts.charge === 'intent-to-distribute') return '10-110';
  return null;
}

export function applyLaterConvictionBar<R extends string>(result: RuleFinding<R>, facts: KnownFacts): RuleFinding<R | Reason> {
  const kind = laterConvictionCanBar(facts);
  if (kind === null || result.status === 'no' || facts.laterConviction === 'no') return result;
  const reasons: Reason[] = [kind === 'pbj' ? 'petition-later-conviction-bars-pbj' : 'petition-later-conviction-bars-10-110'];
  // Whether a PBJ for an act that is no longer a crime is barred at all is not confirmed.
  if (kind === 'pbj' && (facts.charge === 'paraphernalia' || facts.charge === 'distribution-or-cultivation')) {
    reasons.push('petition-later-conviction-act-now-legal');
  }
  return amend(result, { status: result.status === 'applies' ? 'maybe' : result.status, reasons });
}

export function applyOpenCaseBar<R extends string>(result: RuleFinding<R>, facts: KnownFacts): RuleFinding<R | Reason> {
  if (facts.pendingCase === 'no' || (result.status !== 'applies' && result.status !== 'maybe')) return result;
  return amend(result, { status: 'later', reasons: ['petition-open-case-bar'], waits: ['other-open-case-ends'] });
}
