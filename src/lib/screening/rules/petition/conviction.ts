/**
 * Petitions after a guilty finding (for a civil citation: a paid fine or a
 * finding of "responsible"), by charge (research §3.3, §00 items 4 and 6).
 * - Possession (Criminal Law §5-601): once the whole sentence, probation and
 *   parole included, is finished; no further wait since July 1, 2023.
 * - Possession with intent to distribute (§5-602): 3 years after the sentence
 *   is finished; for a fine only, 3 years after the outcome.
 * - Paraphernalia (§5-619): on the §10-110 list; the general waits may ask
 *   5 years after the sentence (REDEEM Act), and the best route for it is not
 *   settled: 'maybe' once the sentence is finished.
 * - A paid civil citation: "not a criminal conviction for any purpose"
 *   (Criminal Law §5-601.1), so whether it can be expunged is unsettled: 'maybe'.
 * - Distribution, sale, manufacture or cultivation: no cannabis-specific route
 *   ('no' here); the verdict (rule 5) and the words name the 2025 routes.
 */
import type { KnownFacts } from '../../facts';
import { finding, type Citation, type RuleFinding } from '../types';

export const convictionPetitionReasons = {
  'petition-possession-after-sentence': { law: 'hb837-2022', sources: ['mvls-2023-cannabis-changes', 'statute-cp-10-110'] },
  'petition-intent-to-distribute-3-years-after-sentence': {
    law: 'hb837-2022',
    sources: ['mvls-2023-cannabis-changes', 'banner-2022-legalization-expungement'],
  },
  'petition-paraphernalia-wait-unsettled': { law: 'cp-10-110', sources: ['statute-cp-10-110', 'dailyrecord-redeem-act-copy'] },
  'petition-paid-citation-unsettled': { law: 'cr-5-601-1', sources: ['statute-cr-5-601-1', 'statute-cp-10-105'] },
  'petition-distribution-2025-routes': { law: 'sb432-2025', sources: ['sb432-2025', 'cbs-2025-expungement-reform'] },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof convictionPetitionReasons;

/** Still in jail or prison, or on probation or parole, for this case. */
export function sentenceRunning(facts: KnownFacts): boolean {
  return facts.sentence === 'incarcerated' || facts.sentence === 'supervision';
}

export function convictionPetition(facts: KnownFacts): RuleFinding<Reason> {
  switch (facts.charge) {
    case 'possession': {
      const reasons: Reason[] = ['petition-possession-after-sentence'];
      return sentenceRunning(facts) ? finding('later', reasons, ['sentence-complete']) : finding('applies', reasons);
    }
    case 'civil-citation':
      return finding('maybe', ['petition-paid-citation-unsettled']);
    case 'paraphernalia': {
      const reasons: Reason[] = ['petition-paraphernalia-wait-unsettled'];
      return sentenceRunning(facts) ? finding('later', reasons, ['sentence-complete']) : finding('maybe', reasons);
    }
    case 'intent-to-distribute':
      return intentToDistribute(facts);
    case 'distribution-or-cultivation':
      return finding('no', ['petition-distribution-2025-routes']);
  }
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
