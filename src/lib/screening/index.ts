/**
 * The checker's rules engine: `assess(facts)` as defined in
 * docs/screening-contract.md (version 3), and the types the pages need.
 * The route through the questions is in ./route/, the pages' views in
 * ./pages/; every word a resident reads is in content/screening/.
 */
export { assess, decide, decisionKey, forgetDecisions, verdicts } from './assess';
export type { Assessment, Decision, Reason, Verdict } from './assess';
export * from './facts';
export { lookupIdByField, lookupIds } from './lookups';
export type { Lookup, LookupId } from './lookups';
export { contractVersion, lawAsOf, lawIds, marylandPathIds, pathIds, reasonCatalog, reasonIds, statuses, waitIds } from './rules';
export type { LawId, NoteId, PathId, ReasonId, RuleStatus, WaitId } from './rules';
