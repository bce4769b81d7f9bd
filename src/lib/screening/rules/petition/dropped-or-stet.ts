/**
 * Petitions after a charge that did not end in a conviction or PBJ
 * (Criminal Procedure §10-105; research §3.1, §00 items 4 and 6).
 * - Not guilty (acquittal), dismissal, nolle prosequi — of a criminal charge
 *   or a civil citation, any charge: 3 years after the outcome, or at once with
 *   a General Waiver and Release (CC-DC/CR-78) giving up claims about the
 *   arrest. So a petition is possible now either way.
 * - Stet: 3 years after the stet. A judge may allow earlier filing of a
 *   §10-105 petition "on a showing of good cause" (In re Vincent S.).
 */
import type { KnownFacts } from '../../facts';
import { finding, type Citation, type RuleFinding } from '../types';
import type { GoodCause } from './bars';

const brochure = ['session-law-2004-expungement', 'judiciary-expungement-brochure'];

export const droppedOrStetPetitionReasons = {
  'petition-dropped-after-3-years': { law: 'cp-10-105', sources: brochure },
  'petition-general-waiver-now': { law: 'cp-10-105', sources: ['judiciary-expungement-text', 'session-law-2004-expungement', 'peoples-law-expungement'] },
  'petition-civil-citation-like-criminal': { law: 'cp-10-105', sources: ['statute-cp-10-105', 'statute-cp-10-105-1'] },
  'petition-stet-after-3-years': { law: 'cp-10-105', sources: brochure },
  'petition-nolle-prosequi-treatment': { law: 'cp-10-105', sources: ['statute-cp-10-105', 'statute-cp-10-105-1'] },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof droppedOrStetPetitionReasons | GoodCause;

export function droppedPetition(facts: KnownFacts): RuleFinding<Reason> {
  const reasons: Reason[] = ['petition-dropped-after-3-years'];
  if (facts.yearsSinceOutcome !== '3-or-more') reasons.push('petition-general-waiver-now');
  if (facts.charge === 'civil-citation') reasons.push('petition-civil-citation-like-criminal');
  if (facts.outcome === 'nolle-prosequi') reasons.push('petition-nolle-prosequi-treatment');
  return finding('applies', reasons);
}

export function stetPetition(facts: KnownFacts): RuleFinding<Reason> {
  const civil: Reason[] = facts.charge === 'civil-citation' ? ['petition-civil-citation-like-criminal'] : [];
  return facts.yearsSinceOutcome === '3-or-more'
    ? finding('applies', ['petition-stet-after-3-years', ...civil])
    : finding('later', ['petition-stet-after-3-years', 'petition-good-cause-early', ...civil], ['three-years-after-stet']);
}
