/**
 * Petitions after a guilty finding (for a civil citation: a paid fine or a
 * finding of "responsible"), by charge (research §000 items 2, 5 and 6; §3.3).
 * - Possession (Criminal Law §5-601): once the whole sentence, probation and
 *   parole included, is finished; no further wait since July 1, 2023.
 * - Possession with intent to distribute (§5-602(b)(1), on the §10-110 list):
 *   3 years after the sentence is finished; for a fine only, 3 years after the
 *   outcome. A §10-110 petition: the State's Attorney and the victim may
 *   object, and a later conviction can bar it (./bars.ts).
 * - Paraphernalia (§5-619): two grounds, neither with a confirmed wait: the
 *   act is no longer a crime (CP §10-105(a)(11)), and the §10-110 list (5 years
 *   after the sentence). 'maybe' once the sentence is finished.
 * - A paid civil citation: "not a criminal conviction for any purpose"
 *   (Criminal Law §5-601.1), so whether it can be expunged is unsettled: 'maybe'.
 * - Distribution, sale, manufacture or cultivation: whether such a conviction
 *   can be petitioned, and after how long, is not confirmed (the §10-110
 *   misdemeanor list names only intent to distribute; candidate waits 3, 5 or
 *   7 years after the sentence); acts now legal may use the "no longer a crime"
 *   ground. 'maybe' once the sentence is over, 'later' while it is served
 *   (contract v3: no dead end).
 */
import type { KnownFacts } from '../../facts';
import { finding, type Citation, type RuleFinding } from '../types';

const noLongerACrime = ['statute-cp-10-105', 'statute-cr-5-602'];
const paraphernaliaCivil2016 = ['statute-cp-10-105', 'baltsun-2016-01-21-vetoes'];

export const convictionPetitionReasons = {
  'petition-possession-after-sentence': { law: 'hb837-2022', sources: ['mvls-2023-cannabis-changes', 'statute-cp-10-110'] },
  'petition-intent-to-distribute-3-years-after-sentence': {
    law: 'hb837-2022',
    sources: ['mvls-2023-cannabis-changes', 'banner-2022-legalization-expungement'],
  },
  'petition-10-110-objection': { law: 'cp-10-110', sources: ['session-law-expungement-objection', 'cleanslate-md-governor-signs', 'cbs-2025-expungement-reform'] },
  'petition-paraphernalia-no-longer-a-crime': { law: 'cp-10-105', sources: paraphernaliaCivil2016 },
  'petition-paraphernalia-wait-unsettled': { law: 'cp-10-110', sources: ['statute-cp-10-110', 'dailyrecord-redeem-act-copy'] },
  'petition-paid-citation-unsettled': { law: 'cr-5-601-1', sources: ['statute-cr-5-601-1', 'statute-cp-10-105'] },
  'petition-distribution-unsettled': { law: 'cp-10-110', sources: ['statute-cp-10-110', 'statute-cr-5-602', 'mvls-2023-cannabis-changes'] },
  'petition-distribution-no-longer-a-crime': { law: 'cp-10-105', sources: noLongerACrime },
  'petition-10-110-later-conviction-warning': { law: 'cp-10-110', sources: ['statute-cp-10-110'] },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof convictionPetitionReasons;

/** Still in jail or prison, or on probation or parole, for this case. */
export function sentenceRunning(facts: KnownFacts): boolean {
  return facts.sentence === 'incarcerated' || facts.sentence === 'supervision';
}

/** 'maybe' once the sentence is over, 'later' while it runs. */
function afterSentence(facts: KnownFacts, reasons: Reason[]): RuleFinding<Reason> {
  return sentenceRunning(facts) ? finding('later', reasons, ['sentence-complete']) : finding('maybe', reasons);
}

export function convictionPetition(facts: KnownFacts): RuleFinding<Reason> {
  switch (facts.charge) {
    case 'possession': {
      const reasons: Reason[] = ['petition-possession-after-sentence'];
      return sentenceRunning(facts) ? finding('later', reasons, ['sentence-complete']) : finding('applies', reasons);
    }
    case 'civil-citation':
      return finding('maybe', ['petition-paid-citation-unsettled']);
    case 'paraphernalia':
      return afterSentence(facts, [
        'petition-paraphernalia-no-longer-a-crime',
        'petition-paraphernalia-wait-unsettled',
        'petition-10-110-later-conviction-warning',
      ]);
    case 'intent-to-distribute':
      return intentToDistribute(facts);
    case 'distribution-or-cultivation':
      return afterSentence(facts, [
        'petition-distribution-unsettled',
        'petition-distribution-no-longer-a-crime',
        'petition-10-110-later-conviction-warning',
      ]);
  }
}

function intentToDistribute(facts: KnownFacts): RuleFinding<Reason> {
  const reasons: Reason[] = ['petition-intent-to-distribute-3-years-after-sentence', 'petition-10-110-objection'];
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
