/**
 * Every result the site pre-renders for the checker (each /check/v3/<code>/
 * page holds the results of its question's answers that end the questions),
 * read from the built files, not a sample:
 * - it is the result the route and assess give, card by card and status by status;
 * - its headline is the one that never promises more than what applies (headlineOf);
 * - no card says "now" unless its status is "applies" (or in the two conditional
 *   forms the contract asks for on a 'maybe' card);
 * - it carries the caution for people who are not U.S. citizens;
 * - it never states as a fact an answer the person marked "I'm not sure";
 * - it lists every answer given;
 * and every internal link on every checker page leads to a page and an id that exist.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathIds, type FactField } from '../../src/lib/screening';
import { enumeratePaths, enumeratePrefixes } from '../../src/lib/screening/route/route';
import { codeFromLocation, questionHref } from '../../src/lib/screening/pages/urls';
import { paraphernaliaOldSummary, pathWords, reasonWords, statusWords } from '../../content/screening/outcomes';
import { headlineOf } from '../../src/lib/screening/pages/result';
import { DIST, requireDist } from '../support/dist';
import { idsOf, parseFile, type HTMLElement } from '../support/html';
import { brokenLinksOf, idsOfFile } from '../support/links';

requireDist();

const paths = new Map(enumeratePaths().map((p) => [p.code, p]));
const pages = enumeratePrefixes().map((p) => ({ code: p.code, file: join(DIST, questionHref(p.code).slice(1), 'index.html') }));
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
};
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/);

function cardsOf(section: HTMLElement) {
  return section.querySelectorAll('.path-card').map((card) => ({
    path: titleToPath.get(card.querySelector('h3')?.text.trim() ?? ''),
    status: statusOf.get(card.querySelector('.status-tag')?.text.trim() ?? ''),
    text: card.text.replace(/\s+/g, ' '),
  }));
}

describe(`every pre-rendered result (${paths.size})`, () => {
  it('is on its page, and says what the rules say, in the words the rules allow', () => {
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
          // "If …, you can … now; check … first" and the old paraphernalia conviction may say "now" on a 'maybe' card.
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
    expect(problems.slice(0, 50)).toEqual([]);
    expect([...paths.keys()].filter((code) => !seen.has(code))).toEqual([]);
  }, 180_000);
});

describe(`every checker page (${pages.length})`, () => {
  it('has unique ids, and every internal link on it leads to a page and an id that exist', () => {
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
    expect(problems.slice(0, 50)).toEqual([]);
  }, 180_000);
});
