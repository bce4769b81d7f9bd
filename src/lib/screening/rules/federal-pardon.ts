/**
 * The presidential pardons for simple possession of marijuana (federal or
 * D.C. Superior Court cases only).
 * Law: Presidential Proclamation 10467 of October 6, 2022, extended by the
 * proclamation of December 22, 2023 (research §4, §00 item 11, §000 item 7).
 * The Justice Department: "You qualify for the pardon if … you were charged
 * with or convicted of simple possession", so no conviction is needed, and an
 * open case is covered too. The checker does not ask the citizenship and
 * lawful-presence conditions, or which proclamation: the words give them.
 * That the certificate application is still open in late 2026 is not confirmed.
 *
 * Contract v3: court federal or D.C., charge possession, any outcome but not
 * guilty, dismissal or nolle prosequi (nothing to pardon then), offense on or
 * before December 22, 2023; an offense after that date is not covered.
 */
import type { KnownFacts } from '../facts';
import { finding, type Citation, type RuleFinding } from './types';

const doj = ['doj-marijuana-pardon', 'doj-pardon-certificate-application', 'fd-org-2023-pardon-certificates'];

export const federalPardonReasons = {
  'federal-pardon-charged-or-convicted': { law: 'federal-proclamations', sources: doj },
  'federal-pardon-conditions-not-asked': { law: 'federal-proclamations', sources: doj },
  'federal-pardon-nothing-to-pardon': { law: 'federal-proclamations', sources: ['doj-marijuana-pardon'] },
  'federal-pardon-simple-possession-only': { law: 'federal-proclamations', sources: ['doj-marijuana-pardon'] },
  'federal-pardon-offense-after-2023-12-22': { law: 'federal-proclamations', sources: ['figueroa-2023-12-proclamation', 'doj-marijuana-pardon'] },
  'other-state-not-covered': { law: 'cp-10-105', sources: ['statute-cp-10-105'] },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof federalPardonReasons;

export function federalPardon(facts: KnownFacts): RuleFinding<Reason> {
  if (facts.court !== 'federal' && facts.court !== 'dc') return finding('no', ['other-state-not-covered']);
  if (facts.charge !== 'possession') return finding('no', ['federal-pardon-simple-possession-only']);
  if (facts.outcome === 'not-guilty' || facts.outcome === 'dismissed' || facts.outcome === 'nolle-prosequi') {
    return finding('no', ['federal-pardon-nothing-to-pardon']);
  }
  if (facts.offense === 'after-2023-12-22') return finding('no', ['federal-pardon-offense-after-2023-12-22']);
  // The conditions the checker does not ask come first on the card (contract v3).
  return finding('applies', ['federal-pardon-conditions-not-asked', 'federal-pardon-charged-or-convicted']);
}
