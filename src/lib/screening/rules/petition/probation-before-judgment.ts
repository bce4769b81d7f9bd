/**
 * Petitions after probation before judgment (PBJ), by charge (research §0.3,
 * §3.1, §3.3; contract v2).
 * - Possession, and a civil citation (a citation PBJ follows the possession
 *   rule): once probation is finished and the PBJ is 3 or more years old, both
 *   the general PBJ rule and the possession rule hold ('applies'; every PBJ
 *   from before July 2023 is that old). Probation finished but the PBJ under
 *   3 years old: 'maybe' (In re Trey H., 2022, let a possession PBJ use the
 *   possession rule; whether that holds after 2023 is unsettled).
 * - Any other charge: the later of the end of probation or 3 years after the
 *   PBJ (Criminal Procedure §10-105). A judge may allow earlier filing for good
 *   cause (In re Vincent S.).
 * The PBJ is 3 or more years old when `yearsSinceOutcome` says so, or when
 * probation itself ended 3 or more years ago.
 */
import type { KnownFacts } from '../../facts';
import { finding, type Citation, type RuleFinding } from '../types';
import type { GoodCause } from './bars';
import { sentenceRunning } from './conviction';

export const pbjPetitionReasons = {
  'petition-possession-pbj-after-probation-and-3-years': {
    law: 'cp-10-105',
    sources: ['in-re-trey-h-2022', 'mvls-2023-cannabis-changes', 'judiciary-expungement-brochure'],
  },
  'petition-possession-pbj-under-3-years-unsettled': { law: 'case-law-trey-h', sources: ['in-re-trey-h-2022'] },
  'petition-pbj-later-of-probation-or-3-years': {
    law: 'cp-10-105',
    sources: ['session-law-2004-expungement', 'judiciary-expungement-brochure'],
  },
} as const satisfies Record<string, Citation>;

type Reason = keyof typeof pbjPetitionReasons | GoodCause;

function pbjThreeYearsOld(facts: KnownFacts): boolean {
  return facts.sentence === 'completed-3-years-or-more' || facts.yearsSinceOutcome === '3-or-more';
}

export function pbjPetition(facts: KnownFacts): RuleFinding<Reason> {
  const possessionRule = facts.charge === 'possession' || facts.charge === 'civil-citation';
  const reason: Reason = possessionRule ? 'petition-possession-pbj-after-probation-and-3-years' : 'petition-pbj-later-of-probation-or-3-years';
  if (sentenceRunning(facts)) {
    const waits = possessionRule ? (['sentence-complete'] as const) : (['sentence-complete', 'three-years-after-pbj'] as const);
    return finding('later', possessionRule ? [reason] : [reason, 'petition-good-cause-early'], waits);
  }
  if (pbjThreeYearsOld(facts)) return finding('applies', [reason]);
  return possessionRule
    ? finding('maybe', [reason, 'petition-possession-pbj-under-3-years-unsettled'])
    : finding('later', [reason, 'petition-good-cause-early'], ['three-years-after-pbj']);
}
