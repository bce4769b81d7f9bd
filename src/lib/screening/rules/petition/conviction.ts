/**
 * Petitions after a guilty finding, by charge (research §3.3).
 * - Possession (Criminal Law §5-601): once the whole sentence, probation
 *   included, is complete, with no further wait (since July 1, 2023).
 * - Possession with intent to distribute (§5-602): 3 years after the sentence
 *   is complete. "No sentence beyond a paid fine" ends at judgment, so then the
 *   3 years run from the outcome (`yearsSinceOutcome`).
 * - Paraphernalia (§5-619): on the §10-110 list with its own wait; the best
 *   route for a pardoned paraphernalia conviction is unsettled, so once the
 *   sentence is complete the answer is 'maybe' (legal help), never 'applies'.
 * - Distribution, sale, manufacture, cultivation: no cannabis-specific route;
 *   the 2025 Expungement Reform Act reaches some after long waits, which the
 *   verdict handles ("possibly" + legal help), so the rule says 'no' here.
 * Later convictions, restitution and victims' objections can also matter; the
 * result pages say so, the checker does not ask.
 */
import type { KnownFacts } from '../../facts';
import { civilCitationPetition } from '../civil-citation';
import { finding, type Citation, type RuleFinding } from '../types';
import { sentenceRunning } from './sentence';
import { applyUnitRule } from './unit-rule';

export const convictionPetitionReasons = {
  'petition-possession-after-sentence': {
    law: 'Criminal Procedure §10-105 (cannabis possession), as changed by HB 837 (2022)',
    sourceIds: ['mvls-2023-cannabis-changes', 'statute-cp-10-110', 'in-re-trey-h-2022'],
  },
  'petition-intent-to-distribute-3-years-after-sentence': {
    law: 'HB 837 (2022): possession with intent to distribute cannabis (Criminal Law §5-602)',
    sourceIds: ['mvls-2023-cannabis-changes', 'banner-2022-legalization-expungement', 'baltsun-cannabis-expungement-copy'],
  },
  'petition-paraphernalia-route-unclear': {
    law: 'Criminal Procedure §10-110 (paraphernalia, Criminal Law §5-619)',
    sourceIds: ['statute-cp-10-110', 'midshore-pardon-now-what'],
  },
  'petition-no-cannabis-route-for-distribution': {
    law: 'Expungement Reform Act of 2025 (SB 432 / HB 499), Criminal Procedure §10-110',
    sourceIds: ['hb499-2025', 'cbs-2025-expungement-reform'],
  },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof convictionPetitionReasons;

export function convictionPetition(facts: KnownFacts): RuleFinding<string> {
  switch (facts.charge) {
    case 'possession':
      return applyUnitRule(possessionAfterSentence(facts), facts);
    case 'civil-citation':
      return civilCitationPetition();
    case 'paraphernalia':
      return applyUnitRule(paraphernalia(facts), facts);
    case 'intent-to-distribute':
      return applyUnitRule(intentToDistribute(facts), facts);
    case 'distribution-or-cultivation':
      return finding('no', ['petition-no-cannabis-route-for-distribution']);
  }
}

/** Also used for a PBJ on a possession charge (In re Trey H., 2022). */
export function possessionAfterSentence(facts: KnownFacts): RuleFinding<Reason> {
  const reasons: Reason[] = ['petition-possession-after-sentence'];
  return sentenceRunning(facts) ? finding('later', reasons, ['sentence-complete']) : finding('applies', reasons);
}

function paraphernalia(facts: KnownFacts): RuleFinding<Reason> {
  const reasons: Reason[] = ['petition-paraphernalia-route-unclear'];
  return sentenceRunning(facts) ? finding('later', reasons, ['sentence-complete']) : finding('maybe', reasons);
}

function intentToDistribute(facts: KnownFacts): RuleFinding<Reason> {
  const reasons: Reason[] = ['petition-intent-to-distribute-3-years-after-sentence'];
  switch (facts.sentence) {
    case 'incarcerated':
    case 'supervision':
      return finding('later', reasons, ['sentence-complete', 'three-years-after-sentence']);
    case 'completed-under-3-years':
      return finding('later', reasons, ['three-years-after-sentence']);
    case 'completed-3-years-or-more':
      return finding('applies', reasons);
    case 'none':
      return facts.yearsSinceOutcome === '3-or-more'
        ? finding('applies', reasons)
        : finding('later', reasons, ['three-years-after-sentence']);
  }
}
