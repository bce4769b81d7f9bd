/**
 * Petitions after probation before judgment (PBJ), by charge (research §0.3, §3.1, §3.3).
 * - Possession: as for a possession conviction, once probation is complete
 *   (In re Trey H., 2022, let a marijuana-possession PBJ use the cannabis
 *   provision; whether that carries over unchanged to the 2023 text is not
 *   confirmed, but it is the reading legal aid uses).
 * - Any other charge: the later of discharge from probation or 3 years after
 *   the PBJ was granted (Criminal Procedure §10-105). The 3 years are met when
 *   probation ended 3 or more years ago, or the PBJ itself is 3 or more years
 *   old (`yearsSinceOutcome`, which a case end before July 2023 implies).
 */
import type { KnownFacts } from '../../facts';
import { finding, type Citation, type RuleFinding } from '../types';
import { possessionAfterSentence } from './conviction';
import { sentenceRunning } from './sentence';
import { applyUnitRule } from './unit-rule';

export const pbjPetitionReasons = {
  'petition-pbj-later-of-probation-or-3-years': {
    law: 'Criminal Procedure §10-105 (probation before judgment)',
    sourceIds: ['session-law-2004-expungement', 'judiciary-expungement-brochure'],
  },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof pbjPetitionReasons;

export function pbjPetition(facts: KnownFacts): RuleFinding<string> {
  if (facts.charge === 'possession') return applyUnitRule(possessionAfterSentence(facts), facts);
  return applyUnitRule(laterOfProbationOrThreeYears(facts), facts);
}

function laterOfProbationOrThreeYears(facts: KnownFacts): RuleFinding<Reason> {
  const reasons: Reason[] = ['petition-pbj-later-of-probation-or-3-years'];
  if (sentenceRunning(facts)) return finding('later', reasons, ['sentence-complete', 'three-years-after-pbj']);
  if (facts.sentence === 'completed-3-years-or-more') return finding('applies', reasons);
  return facts.yearsSinceOutcome === '3-or-more'
    ? finding('applies', reasons)
    : finding('later', reasons, ['three-years-after-pbj']);
}
