/**
 * The checker's addresses (version 3). Without JavaScript every question and
 * every result is a real static page whose address holds the answers so far
 * as a short code (../route/route.ts). With JavaScript the island keeps the
 * answers in memory and the address stays at the neutral `QUESTIONS` address.
 *
 * Each version of the questions has its own prefix: version 1's addresses
 * (/check/step/…, /check/answers/…) and version 2's (/check/q/…) are gone, so
 * an old link opens the 404 page (which says why), never a different set of
 * answers: in version 3 "open case" and "the only charge" mean something else.
 *
 * One page per question: /check/v3/<code of the answers before it>/. An answer
 * that ends the questions leads to a result on that same page, at
 * #if-<answer>: each result is a section that CSS shows when the address names
 * it (hiding the question). So the site has one page per question, not one per
 * answer, and every result still lists the answers given, on screen and on
 * paper, without JavaScript; going from the last answer to the result loads
 * nothing.
 */
import { CODE_SEPARATOR } from '../route/questions';

export const CHECK_START = '/check/';
/** The first question, and the address the island keeps for every screen. */
export const QUESTIONS = '/check/v3/';
/** A question page: /check/v3/ for the first question, /check/v3/<code>/ after. */
export function questionHref(code: string): string {
  return code ? `${QUESTIONS}${code}/` : QUESTIONS;
}

/** Splits a complete route's code into the code of its results page and its last answer. */
export function resultParts(code: string): { page: string; last: string } {
  const parts = code.split(CODE_SEPARATOR);
  return { page: parts.slice(0, -1).join(CODE_SEPARATOR), last: parts.at(-1) ?? '' };
}

/** The id of one result's section on its page. */
export function resultAnchor(last: string): string {
  return `if-${last}`;
}

/** The address of the result of a complete set of answers. */
export function resultHref(code: string): string {
  const { page, last } = resultParts(code);
  return `${questionHref(page)}#${resultAnchor(last)}`;
}

/** The permanent explanation of a path or verdict (advocates link to these). */
export function outcomeHref(id: string): string {
  return `/check/result/${id}/`;
}

/** The answers in a checker address: a question's (the code before it), or a result's (the whole code); null when it is neither. */
export function codeFromLocation(pathname: string, hash = ''): { kind: 'question' | 'result'; code: string } | null {
  if (!pathname.startsWith(QUESTIONS)) return null;
  const match = /^(?:([a-z0-9-]+)\/?)?$/.exec(pathname.slice(QUESTIONS.length));
  if (!match) return null;
  const code = match[1] ?? '';
  const last = /^#if-([a-z0-9]+)$/.exec(hash)?.[1];
  if (!last) return { kind: 'question', code };
  return { kind: 'result', code: code ? `${code}${CODE_SEPARATOR}${last}` : last };
}
