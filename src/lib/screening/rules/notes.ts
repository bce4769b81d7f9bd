/**
 * Notes a result adds that belong to no single kind of relief: what Case
 * Search may not show, the caution for people who are not U.S. citizens, what
 * happens to the other charges in a case, D.C.'s own automatic expungement,
 * and the 2025 sentence-modification law for cannabis mandatory minimums (research §00, §000).
 */
import type { NormalizedFacts } from '../facts';
import type { Citation } from './types';

export const noteReasons = {
  'court-unknown': { law: 'cp-10-105', sources: ['statute-cp-10-105', 'judiciary-how-to-expunge-brochure'] },
  'case-search-may-hide': { law: 'cp-10-401', sources: ['statute-cp-10-401', 'judiciary-2021-conference-program', 'sb432-2025', 'shielding-guide'] },
  'only-cannabis-charge-cleared': { law: 'cp-10-107', sources: ['mvls-2023-cannabis-changes', 'stoddard-2006'] },
  'paraphernalia-in-same-case': { law: 'cp-10-110', sources: ['statute-cp-10-110', 'governor-pardon-press-release', 'statute-cp-10-301'] },
  'civil-citation-not-a-conviction': { law: 'cr-5-601-1', sources: ['statute-cr-5-601-1', 'statute-cp-10-105-1'] },
  'distribution-mandatory-minimum': { law: 'cr-5-613-1', sources: ['statute-cr-5-613-1'] },
  'dc-automatic-expungement': { law: 'dc-16-802', sources: ['dc-code-16-802'] },
  'no-cannabis-specific-relief': { law: 'cp-10-110', sources: ['statute-cp-10-105', 'statute-cp-10-110'] },
  'non-citizen-caution': { law: 'immigration-expunged-convictions', sources: ['doj-olc-expunged-convictions'] },
} as const satisfies Record<string, Citation>;

export type NoteId = keyof typeof noteReasons;

/** The notes for these answers, in the order a result shows them; `unlikely` when no relief fits. */
export function notesFor(facts: NormalizedFacts, unlikely: boolean): NoteId[] {
  const notes: NoteId[] = [];
  const maryland = facts.court === 'maryland';
  if (facts.court === 'unsure') notes.push('court-unknown');
  if (maryland || facts.court === 'unsure') notes.push('case-search-may-hide');
  if (maryland && facts.outcome !== 'pending') {
    if (facts.otherCharges !== 'none') notes.push('only-cannabis-charge-cleared');
    if (facts.charge === 'possession' && facts.otherCharges !== 'none') notes.push('paraphernalia-in-same-case');
    if (facts.charge === 'civil-citation') notes.push('civil-citation-not-a-conviction');
    if (facts.charge === 'distribution-or-cultivation' && facts.outcome === 'guilty') notes.push('distribution-mandatory-minimum');
  }
  if (facts.court === 'dc' && (facts.charge === 'possession' || facts.charge === 'unsure')) notes.push('dc-automatic-expungement');
  if (unlikely) notes.push('no-cannabis-specific-relief');
  notes.push('non-citizen-caution');
  return notes;
}
