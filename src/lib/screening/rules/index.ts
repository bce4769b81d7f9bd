/**
 * The kinds of relief, one rule module each, in the order a result lists them
 * (most useful first): this registry is the one list of paths. Every reason a
 * rule or note can give is collected here with the law and sources behind it.
 */
import { automaticExpungement, automaticExpungementReasons } from './automatic-expungement';
import { droppedChargesExpungement, droppedChargesReasons } from './dropped-charges-expungement';
import { federalPardon, federalPardonReasons } from './federal-pardon';
import { governorPardon2024, governorPardonReasons } from './governor-pardon-2024';
import { noteReasons } from './notes';
import { petitionExpungement, petitionReasons } from './petition-expungement';
import { resentencing, resentencingReasons } from './resentencing';
import type { Citation, RuleFinding } from './types';
import type { KnownFacts } from '../facts';

export { lawIds, statuses, waitIds, type Citation, type LawId, type RuleFinding, type RuleStatus, type WaitId } from './types';
export { notesFor, type NoteId } from './notes';

/** The date of the law these rules describe. Change it only after re-checking every rule. */
export const lawAsOf = '2026-12-01';
/** The version of the checker's contract (docs/screening-contract.md) these rules implement. */
export const contractVersion = 3;

export const rules = {
  // First when it applies at all: only someone in jail or prison for cannabis
  // possession gets it, and getting out comes before clearing a record.
  resentencing,
  // The only route to a court order that binds the court, the police and the State.
  'petition-expungement': petitionExpungement,
  'dropped-charges-expungement': droppedChargesExpungement,
  'automatic-expungement': automaticExpungement,
  'governor-pardon-2024': governorPardon2024,
  'federal-pardon': federalPardon,
} as const satisfies Record<string, (facts: KnownFacts) => RuleFinding>;

export type PathId = keyof typeof rules;
export const pathIds = Object.keys(rules) as PathId[];

/** Paths that Maryland state cases can take (the federal pardon is for federal and D.C. cases). */
export const marylandPathIds = pathIds.filter((id) => id !== 'federal-pardon');

export const reasonCatalog = {
  ...resentencingReasons,
  ...petitionReasons,
  ...droppedChargesReasons,
  ...automaticExpungementReasons,
  ...governorPardonReasons,
  ...federalPardonReasons,
  ...noteReasons,
} as const satisfies Record<string, Citation>;

export type ReasonId = keyof typeof reasonCatalog;
export const reasonIds = Object.keys(reasonCatalog) as ReasonId[];
