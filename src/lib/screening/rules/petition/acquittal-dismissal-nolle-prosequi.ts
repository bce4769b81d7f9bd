/**
 * Petitions after an acquittal (not guilty), a dismissal or a nolle prosequi
 * (Criminal Procedure §10-105; research §3.1): 3 years after the outcome, or
 * at once if the person also files a General Waiver and Release (CC-DC/CR-78)
 * giving up claims about the arrest. So a petition is possible now either way;
 * the waiver reason is added when the 3 years may not have passed.
 * (Such cases that ended on or after October 1, 2021 may also be cleared
 * automatically after 3 years: see ../non-conviction-automatic-expungement.ts.)
 */
import type { KnownFacts } from '../../facts';
import { finding, type Citation, type RuleFinding } from '../types';
import { applyUnitRule } from './unit-rule';

const law = 'Criminal Procedure §10-105';

export const nonConvictionPetitionReasons = {
  'petition-non-conviction-after-3-years': {
    law,
    sourceIds: ['session-law-2004-expungement', 'judiciary-expungement-brochure'],
  },
  'petition-general-waiver-now': {
    law: `${law} (General Waiver and Release)`,
    sourceIds: ['judiciary-expungement-text', 'session-law-2004-expungement'],
  },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof nonConvictionPetitionReasons;

export function acquittalDismissalNolleProsequiPetition(facts: KnownFacts): RuleFinding<string> {
  const reasons: Reason[] = ['petition-non-conviction-after-3-years'];
  if (facts.yearsSinceOutcome !== '3-or-more') reasons.push('petition-general-waiver-now');
  const now = finding('applies', reasons);
  return applyUnitRule(now, facts);
}
