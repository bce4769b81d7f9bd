/**
 * What the checker cannot see: shown on every result, so that nobody takes
 * a result for a full review of their record.
 */
export const assumptions: readonly string[] = [
  'Only the one case you answered about. Other cases on your record may change what you can do.',
  'Cases from when you were under 18 (juvenile records). Different rules apply to them.',
  'Very old records that are not in the courts’ electronic system.',
  'Cases in other states, and federal or D.C. cases, unless you said the case was one.',
  'Exact dates. The checker asks for periods of time, so a case near a cut-off date needs a closer look.',
  'Whether a court or the State has already acted on your case since the law changed.',
];
