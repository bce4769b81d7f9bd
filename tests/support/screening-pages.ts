/**
 * Checks of the checker's built question pages (/check/v3/<code>/) and the results they hold,
 * shared by tests/build/screening-pages.test.ts (a seeded sample, in npm test) and
 * tests/exhaustive/build/screening-pages.test.ts (every page and result).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathIds, type FactField } from '../../src/lib/screening';
import { enumeratePaths, enumeratePrefixes, type CompletePath } from '../../src/lib/screening/route/route';
import { codeFromLocation, questionHref } from '../../src/lib/screening/pages/urls';
import { paraphernaliaOldSummary, pathWords, reasonWords, statusWords } from '../../content/screening/outcomes';
import { headlineOf } from '../../src/lib/screening/pages/result';
import { DIST } from './dist';
import { idsOf, parseFile, type HTMLElement } from './html';
import { brokenLinksOf, idsOfFile } from './links';

export interface QuestionPageFile {
  code: string;
  file: string;
}

export const routes = (): Map<string, CompletePath> => new Map(enumeratePaths().map((p) => [p.code, p]));
export const questionPages = (): QuestionPageFile[] => enumeratePrefixes().map((p) => ({ code: p.code, file: join(DIST, questionHref(p.code).slice(1), 'index.html') }));

const titleToPath = new Map(pathIds.map((p) => [pathWords[p].title, p]));
const statusOf = new Map(Object.entries(statusWords).map(([s, label]) => [label, s]));

/**
 * Sentences that would state an answer as a fact. Where the words speak of these, they are
 * written as conditions ("If the case ended after June 2023, …"), so a sentence that matches
 * and has no "if" or "whether" asserts the answer.
 */
const asserting: Partial<Record<FactField, RegExp>> = {
  caseEnded: /\b(your|the) case ended (before|after|in|on|between|less|more)\b/i,
  charged: /\byou were charged (before|after|in|on|between)\b/i,
  yearsSinceOutcome: /\b(ended|was|is) (less than|more than|over) 3 years\b/i,
  sentence: /\byou are (in jail|in prison|on probation|on parole)\b|\byour sentence (is|was|has been) (finished|over|done)\b/i,
  outcome: /\byou were found (guilty|not guilty)\b|\byour (charge|case) was (dismissed|dropped|stetted)\b/i,
  pendingCase: /\byou (have|are charged in) an open (criminal )?case\b/i,
  otherCharges: /\b(there were|your case had) other charges\b/i,
  charge: /\byou were charged with (possession|paraphernalia|a civil citation|intent)\b/i,
  otherOutcome: /\b(the|your) other charges? (were|was) (all )?(dropped|dismissed)\b|\bevery other charge was dropped\b/i,
  laterConviction: /\byou (were|have been) convicted (again|later|since)\b|\byou have a later conviction\b/i,
  offense: /\b(the|your) offense (happened|was) (on|before|after)\b/i,
};
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/);

function cardsOf(section: HTMLElement) {
  return section.querySelectorAll('.path-card').map((card) => ({
    path: titleToPath.get(card.querySelector('h3')?.text.trim() ?? ''),
    status: statusOf.get(card.querySelector('.status-tag')?.text.trim() ?? ''),
    text: card.text.replace(/\s+/g, ' '),
  }));
}

/**
 * The results on these pages: each is the result the route and assess give, card by card and
 * status by status; its headline is headlineOf's, which never promises more than what applies;
 * no card says "now" unless it applies (or in the contract's two conditional forms on a 'maybe'
 * card); each carries the caution for people
 * who are not U.S. citizens, never states as a fact an answer marked "I'm not sure", and lists
 * every answer given. Returns the problems and the codes of the results seen.
 */
export function resultProblems(pages: readonly QuestionPageFile[], paths: Map<string, CompletePath>): { problems: string[]; seen: Set<string> } {
  const seen = new Set<string>();
  const problems: string[] = [];
  const caution = reasonWords['non-citizen-caution'];
  for (const page of pages) {
    const root = parseFile(page.file);
    for (const section of root.querySelectorAll('section.result-alt')) {
      const found = codeFromLocation(questionHref(page.code), `#${section.getAttribute('id')}`);
      const path = found && paths.get(found.code);
      if (!path) {
        problems.push(`${page.code}: a result "${section.getAttribute('id')}" that no route gives`);
        continue;
      }
      seen.add(path.code);
      const { assessment } = path;
      const cards = cardsOf(section);
      const expected = pathIds.filter((p) => assessment.status[p] !== 'no');
      const shown = cards.map((c) => `${c.path}:${c.status}`).sort();
      const wanted = expected.map((p) => `${p}:${assessment.status[p]}`).sort();
      if (shown.join() !== wanted.join()) problems.push(`${path.code}: cards ${shown.join(', ')} instead of ${wanted.join(', ')}`);
      const headline = section.querySelector('h1')?.text.trim();
      if (headline !== headlineOf(assessment)) problems.push(`${path.code}: headline "${headline}" instead of "${headlineOf(assessment)}"`);
      for (const card of cards) {
        // "If …, you can … now; check … first" and the old paraphernalia conviction may say "now" on a 'maybe' card (contract v3).
        const conditional = [card.path && pathWords[card.path].ifYourAnswers, paraphernaliaOldSummary].filter((t): t is string => !!t);
        const text = card.status === 'maybe' ? conditional.reduce((t, c) => t.replace(c, ''), card.text) : card.text;
        if (card.status !== 'applies' && /\bnow\b/i.test(text)) problems.push(`${path.code}: the ${card.path} card (${card.status}) says "now"`);
      }
      const text = section.text.replace(/\s+/g, ' ');
      if (!text.includes(caution)) problems.push(`${path.code}: no caution for people who are not U.S. citizens`);
      for (const [field, pattern] of Object.entries(asserting) as [FactField, RegExp][]) {
        if (assessment.facts[field] !== 'unsure') continue;
        for (const sentence of sentencesOf(text)) {
          if (pattern.test(sentence) && !/\b(if|whether)\b/i.test(sentence)) problems.push(`${path.code}: states ${field} although it was not given: "${sentence.slice(0, 120)}"`);
        }
      }
      const answers = section.querySelectorAll('.summary-list > div').length;
      if (answers !== Object.keys(path.answers).length) problems.push(`${path.code}: lists ${answers} answers, not ${Object.keys(path.answers).length}`);
    }
  }
  return { problems, seen };
}

/** Each page exists, has unique ids, and every internal link on it leads to a page and an id that exist. */
export function pageLinkProblems(pages: readonly QuestionPageFile[]): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    if (!existsSync(page.file)) {
      problems.push(`${page.code}: no page at ${questionHref(page.code)}`);
      continue;
    }
    const ids = idsOf(parseFile(page.file));
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    // The links test reads ids from the markup (fast); the parsed page must agree.
    if ([...idsOfFile(page.file)].sort().join() !== [...new Set(ids)].sort().join()) problems.push(`${page.code}: the ids read from the markup differ from the parsed page's`);
    for (const [id, n] of counts) if (n > 1) problems.push(`${page.code}: id "${id}" used ${n} times`);
    problems.push(...brokenLinksOf(page.file).broken);
  }
  return problems;
}
