import { REVIEW_MAX_AGE_MONTHS } from '../site';

/**
 * A stale legal page hurts people (a 2014 screener kept giving 2014 law in
 * 2016). The build warns loudly, but never fails: a calendar date must not
 * break an unrelated change.
 */
export function reviewAgeWarning(lastReviewed: string, today: Date, file: string): string | null {
  const [y, m, d] = lastReviewed.split('-').map(Number);
  const limit = new Date(Date.UTC(y, m - 1 + REVIEW_MAX_AGE_MONTHS, d));
  if (today.getTime() <= limit.getTime()) return null;
  return `REVIEW OVERDUE: ${file} was last reviewed on ${lastReviewed}, more than ${REVIEW_MAX_AGE_MONTHS} months ago. Check it against current law and update lastReviewed.`;
}
