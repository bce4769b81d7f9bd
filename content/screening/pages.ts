/**
 * The words of the checker's own pages around the questions: the start page (/check/),
 * "How the checker decides" (/check/how-it-works/ and its route groups) and the callout on
 * each outcome page (/check/result/<id>/). The questions are in questions.ts, the results in
 * outcomes.ts, the words of the question and result screens in screens.ts.
 *
 * Keys ending in `Html` hold trusted markup of our own (links), rendered as is; every other
 * value is plain text, escaped where it is shown.
 */
import { escapeHtml } from '../../src/lib/html';
import { checkerPrivacy } from '../site/privacy';

export const startWords = {
  title: 'Check if your cannabis record can be cleared',
  description: `Answer a few questions about one Maryland cannabis case to learn if it can likely be cleared, why, and what to do next. ${checkerPrivacy.short}`,
  lead: 'Answer a few questions about one cannabis case. You will learn if it can likely be cleared, why, and what to do next. It takes about 3 minutes.',
  start: 'Start now',
  /** For residents whom version 2 misled (contract v3): probation for a finished case is not an open case. */
  recheckHeading: 'Used the checker before December 7, 2026? Check again',
  recheck:
    'The old checker asked about "any other case that has not ended yet". Some people on probation or parole for a finished case answered "yes" and were told to wait. Probation or parole for a case that is over is not an open case. If that was you, please check again: you may be able to act now.',
  caveat: 'The result is legal information, not legal advice. It says what likely applies, not what a court will decide.',
  privacyHeading: 'Where your answers go',
  /** The privacy words themselves are in content/site/privacy.ts (one source for this page, /about/ and the README). */
  privacyMoreHtml: '<a href="/about/#privacy">How your answers are handled</a>.',
  asksHeading: 'What the checker asks',
  asks: [
    'which court had the case',
    'the cannabis charge, any other charges, and how they ended',
    'when it ended, and your sentence if there was one',
    'whether you have another case open today, and sometimes whether you were convicted later',
  ],
  unsure: 'You can answer “I’m not sure” to any question, and the result will tell you what to look up.',
  beforeHeading: 'Before you start',
  beforeHtml: 'It helps to have your case in front of you. You can look it up on <a href="https://www.mdcourts.gov/casesearch">Case Search</a>, the Maryland Judiciary’s website of court cases, but some cases are not shown there (see <a href="/expungement/#missing-from-case-search">why a case may be missing</a>, with its sources). The clerk of the court can tell you too, or <a href="/help/">get help looking it up</a>.',
  outcomesHeading: 'Every outcome, explained',
  outcomesIntro: 'Each result the checker can give has its own page that you can read or share:',
  reviewHtml: 'Lawyers and advocates can review <a href="/check/how-it-works/">every path through the questions and its result</a>.',
  changesHeading: 'Changes to the checker',
} as const;

export const howItWorksWords = {
  title: 'How the checker decides',
  description: 'Every route through the checker’s questions and the result it gives, generated from the same rules the checker uses, for lawyers and advocates to review.',
  lead: 'Every route through the checker’s questions, and the result each one gives. Lawyers and advocates can review every outcome the site can show.',
  methodHeading: 'How it works',
  methodHtml: [
    'The rules are written as code, one file per kind of relief. Each rule names the law it comes from and a source in our <a href="/sources/">bibliography</a>.',
    'The checker asks only the questions that can change the result. It skips a question when no answer to it could change the verdict or how any kind of relief stands.',
    'Each kind of relief has a status: it likely applies now, it may apply, it will apply later (after a wait or once something ends), or it does not apply. The result shows a card for every kind that is not “does not apply”.',
    '“I’m not sure” is always allowed. Where the result depends on it, the result says what to look up.',
    'These tables are built from the same question list and rules as the checker each time the site is built, so they cannot disagree with it.',
  ],
  verdictPages: 'Each verdict is explained on its own page: ',
  routesHeading: 'All routes',
  /** One verdict's count, such as "120 likely". */
  verdictCount: (count: number, verdict: string) => `${count} ${verdict}`,
  /** `counts` is the list of verdict counts, such as "120 likely, 40 possibly". */
  routes: (total: number, counts: string) => `There are ${total} routes through the questions: ${counts}.`,
  downloadHtml: 'Download them all, with the facts in the field names of the checker’s contract and every status: <a href="/data/checker-outcomes.csv">checker-outcomes.csv</a> (spreadsheet) or <a href="/data/checker-outcomes.json">checker-outcomes.json</a>.',
  /** Version 2's table stays published, unchanged, for anyone who cited it. */
  previousHtml:
    'These routes follow version 3 of the checker’s rules (December 7, 2026). The table of version 2, as it was published, is kept for anyone who cited it: <a href="/data/checker-outcomes-v2.csv">checker-outcomes-v2.csv</a> or <a href="/data/checker-outcomes-v2.json">checker-outcomes-v2.json</a>. Its page addresses no longer work.',
  groupsIntro: 'Routes grouped by the first answers:',
  groupsLabel: 'Routes grouped by the first answers',
  columns: { first: 'First answers', routes: 'Routes', results: 'Results' },
} as const;

export const routeGroupWords = {
  title: (answers: string) => `Checker routes: ${answers}`,
  description: (answers: string) => `Every checker route that starts with these answers: ${answers}, and the result it gives.`,
  allRoutes: 'All routes',
  intro: (count: number) => `${count} routes start with these answers. Each row gives the other answers, the facts the rules read (in the field names of the checker’s contract), the verdict and how every kind of relief stands, with a link to the full result.`,
  tableLabel: 'Routes and results',
  columns: { other: 'Other answers', facts: 'Facts', verdict: 'Verdict', paths: 'Each kind of relief' },
  noMoreQuestions: 'No more questions',
  fullResult: 'Full result',
  /** Read by screen readers after "Full result". */
  forRoute: (code: string) => ` for route ${code}`,
  allUnsure: 'all unsure',
  headline: ' (headline)',
  none: 'none',
} as const;

export const outcomePageWords = {
  checkerHtml: `Want to know if this fits your case? <a href="/check/">Answer a few questions in the checker</a>. ${escapeHtml(checkerPrivacy.short)}`,
} as const;
