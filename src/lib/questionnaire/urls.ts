/**
 * The questionnaire's addresses. Every question and every result is a real
 * static page, and the address holds the answers so far as a short code
 * (see src/lib/screening/flow.ts), so the flow works without JavaScript and
 * a result can be reloaded, printed or bookmarked.
 */
export const CHECK_START = '/check/';

/** Joins the answer codes in an address (the same as the flow's; a test checks). */
export const CODE_SEPARATOR = '-';

/** A question page: /check/step/ for the first question, /check/step/<code>/ after. */
export function stepHref(code: string): string {
  return code ? `/check/step/${code}/` : '/check/step/';
}

/** The result page for a complete set of answers. */
export function answersHref(code: string): string {
  return `/check/answers/${code}/`;
}

/** The permanent explanation of a path or verdict. */
export function outcomeHref(id: string): string {
  return `/check/result/${id}/`;
}

/** The code of a questionnaire address, or null when the address is not one. */
export function codeFromPath(pathname: string): { kind: 'step' | 'answers'; code: string } | null {
  const match = /^\/check\/(step|answers)\/(?:([a-z0-9-]+)\/?)?$/.exec(pathname);
  if (!match) return null;
  return { kind: match[1] as 'step' | 'answers', code: match[2] ?? '' };
}
