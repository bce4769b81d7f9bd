/**
 * Whether the person can petition a court to expunge the case now.
 * The timing by outcome lives in ./petition/: conviction.ts (guilty),
 * probation-before-judgment.ts, acquittal-dismissal-nolle-prosequi.ts, stet.ts;
 * the unit rule in ./petition/unit-rule.ts; a civil citation's petition in
 * ./civil-citation.ts. This file adds what is common:
 * - an open case cannot be expunged until it ends;
 * - nobody can petition while a defendant in any open criminal case
 *   (Robert B. v. State, 2010; kept by the 2025 act). This bars petitions only:
 *   automatic expungement and pardons do not depend on it (research §3.4, §6.7);
 * - a case that automatic expungement covers needs a petition only if it
 *   still shows on Case Search (the contract; MVLS 2023). "Not showing" alone
 *   does not prove expungement (SB 432 hides pardoned convictions): see the
 *   'not-visible-does-not-prove-expungement' note in ../assess.ts.
 */
import type { KnownFacts } from '../facts';
import { automaticExpungement } from './automatic-expungement';
import { civilCitationPetition, isCivilCitation } from './civil-citation';
import { acquittalDismissalNolleProsequiPetition } from './petition/acquittal-dismissal-nolle-prosequi';
import { convictionPetition } from './petition/conviction';
import { pbjPetition } from './petition/probation-before-judgment';
import { stetPetition } from './petition/stet';
import { finding, type Citation, type RuleFinding } from './types';

export const petitionReasons = {
  'case-still-open': {
    law: 'Criminal Procedure §10-105 (a case is expunged after it ends)',
    sourceIds: ['statute-cp-10-105', 'peoples-law-expungement'],
  },
  'petition-open-case-bar': {
    law: 'Criminal Procedure §10-105 (pending-case bar); Expungement Reform Act of 2025',
    sourceIds: ['robert-b-2010', 'session-law-1989-expungement', 'cbs-2025-expungement-reform'],
  },
  'petition-record-still-visible': {
    law: 'Criminal Procedure §10-112 and §10-105',
    sourceIds: ['mvls-2023-cannabis-changes'],
  },
  'petition-not-needed-after-automatic': {
    law: 'Criminal Procedure §10-112 (HB 837, 2022)',
    sourceIds: ['sb398-2025', 'mvls-2023-cannabis-changes'],
  },
} as const satisfies Record<string, Citation>;

export function petitionExpungement(facts: KnownFacts): RuleFinding<string> {
  const automatic = automaticExpungement(facts).status === 'applies';
  if (automatic && facts.stillVisible === 'no') return finding('no', ['petition-not-needed-after-automatic']);

  let result = petitionByOutcome(facts);
  if (automatic) result = finding(result.status, ['petition-record-still-visible', ...result.reasons], result.waits);
  return applyOpenCaseBar(result, facts);
}

function petitionByOutcome(facts: KnownFacts): RuleFinding<string> {
  if (facts.outcome === 'pending') return finding('later', ['case-still-open'], ['current-case-ends']);
  if (isCivilCitation(facts)) return civilCitationPetition();
  switch (facts.outcome) {
    case 'guilty':
      return convictionPetition(facts);
    case 'pbj':
      return pbjPetition(facts);
    case 'not-guilty':
    case 'dismissed':
    case 'nolle-prosequi':
      return acquittalDismissalNolleProsequiPetition(facts);
    case 'stet':
      return stetPetition(facts);
  }
}

function applyOpenCaseBar(result: RuleFinding<string>, facts: KnownFacts): RuleFinding<string> {
  if (result.status === 'no' || facts.pendingCase === 'no') return result;
  return finding('later', [...result.reasons, 'petition-open-case-bar'], [...result.waits, 'other-open-case-ends']);
}
