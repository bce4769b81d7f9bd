/**
 * The checker's rules engine: `assess(facts)` as defined in
 * shared/screening-contract.md, and the types the pages need. The questionnaire
 * route is in ./flow.ts; all wording is in content/checker/.
 */
export { assess } from './assess';
export type { Assessment, Reason, WaitItem } from './assess';
export * from './facts';
export { lookupIdByField, lookupIds, pardonDocketLookup } from './lookups';
export type { Lookup, LookupId } from './lookups';
export { pathIds, verdicts, sortPaths } from './paths';
export type { PathId, Verdict } from './paths';
export { lawAsOf, reasonCatalog, reasonIds, waitIds } from './rules';
export type { Citation, ReasonId, RuleStatus, WaitId } from './rules';
