/**
 * The shapes every rule shares. A rule reads fully known facts (see
 * ../completions.ts) and says whether its relief applies, with reason ids
 * whose words live in content/checker/outcomes.ts.
 */

/**
 * - applies: the relief applies now (or already has);
 * - maybe: it may apply, but the law is unsettled for these facts, so the
 *   result sends the person to free legal help rather than promising;
 * - later: a petition becomes possible once something happens (see waits);
 * - no: it does not apply.
 */
export type RuleStatus = 'applies' | 'maybe' | 'later' | 'no';

/** What must happen before a petition can be filed. Words: content/checker/outcomes.ts. */
export const waitIds = [
  'current-case-ends',
  'other-open-case-ends',
  'sentence-complete',
  'three-years-after-sentence',
  'three-years-after-pbj',
  'three-years-after-stet',
] as const;
export type WaitId = (typeof waitIds)[number];

export interface RuleFinding<R extends string = string> {
  readonly status: RuleStatus;
  readonly reasons: readonly R[];
  readonly waits: readonly WaitId[];
}

/** The law a reason rests on, and the bibliography ids (content/sources/<id>.yaml) that show it. */
export interface Citation {
  readonly law: string;
  readonly sourceIds: readonly string[];
}

export function finding<R extends string>(status: RuleStatus, reasons: readonly R[], waits: readonly WaitId[] = []): RuleFinding<R> {
  return { status, reasons, waits };
}
