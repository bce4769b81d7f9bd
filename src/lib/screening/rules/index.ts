/**
 * The rules, one module per path, and every reason they can give with the
 * law and sources behind it.
 */
import { automaticExpungement, automaticExpungementReasons } from './automatic-expungement';
import { civilCitationReasons } from './civil-citation';
import { federalPardon, federalPardonReasons } from './federal-pardon';
import { generalReasons } from './general';
import { governorPardon2024, governorPardonReasons } from './governor-pardon-2024';
import { nonConvictionAutomaticExpungement, nonConvictionAutomaticReasons } from './non-conviction-automatic-expungement';
import { nonConvictionPetitionReasons } from './petition/acquittal-dismissal-nolle-prosequi';
import { convictionPetitionReasons } from './petition/conviction';
import { pbjPetitionReasons } from './petition/probation-before-judgment';
import { stetPetitionReasons } from './petition/stet';
import { unitRuleReasons } from './petition/unit-rule';
import { petitionExpungement, petitionReasons } from './petition-expungement';
import { resentencing, resentencingReasons } from './resentencing';
import type { Citation } from './types';

export type { Citation, RuleFinding, RuleStatus, WaitId } from './types';
export { waitIds } from './types';

/** The date of the law these rules describe. Change it only after re-checking every rule. */
export const lawAsOf = '2026-11-25';

export const rules = {
  resentencing,
  'automatic-expungement': automaticExpungement,
  'petition-expungement': petitionExpungement,
  'governor-pardon-2024': governorPardon2024,
  'federal-pardon': federalPardon,
} as const;

export { nonConvictionAutomaticExpungement };

export const reasonCatalog = {
  ...resentencingReasons,
  ...automaticExpungementReasons,
  ...petitionReasons,
  ...convictionPetitionReasons,
  ...pbjPetitionReasons,
  ...nonConvictionPetitionReasons,
  ...stetPetitionReasons,
  ...unitRuleReasons,
  ...governorPardonReasons,
  ...federalPardonReasons,
  ...nonConvictionAutomaticReasons,
  ...civilCitationReasons,
  ...generalReasons,
} as const satisfies Record<string, Citation>;

export type ReasonId = keyof typeof reasonCatalog;
export const reasonIds = Object.keys(reasonCatalog) as ReasonId[];

export function citationOf(id: string): Citation | undefined {
  return Object.prototype.hasOwnProperty.call(reasonCatalog, id) ? reasonCatalog[id as ReasonId] : undefined;
}
