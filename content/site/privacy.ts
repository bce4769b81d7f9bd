/**
 * Where the checker keeps your answers, in one place. The checker's start page (/check/),
 * the privacy section of /about/ (shown where content/pages/about.md says
 * `<!-- insert: checker-privacy -->`), the callouts that lead to the checker, and the README's
 * "Privacy" section all use these words; tests/unit/content/privacy-words.test.ts checks that
 * the README holds every sentence of `modes`.
 *
 * They must say what the code does now (src/islands/screening/Screening.tsx keeps the answers
 * in the page's memory only; the no-JavaScript pages carry them in the address). When the code
 * changes where answers are kept, change these words in the same commit.
 *
 * Plain text only: the pages escape it.
 */
import { QUESTIONS } from '../../src/lib/screening/pages/urls';

export const checkerPrivacy = {
  /** One sentence for the callouts that lead to the checker and the start page's description. */
  short: 'With JavaScript on, your answers stay in the open page.',
  intro: 'Where your answers go depends on whether JavaScript is on in your browser.',
  /** Where the answers go, for each way the checker can run. */
  modes: [
    {
      label: 'With JavaScript on (as in most browsers):',
      sentences: [
        'Your answers stay in the open page only.',
        'They are not put in the page address or the browser history, and the checker does not send them anywhere.',
        'They are forgotten when you leave the page, switch to another tab or app, or press “Exit this page”.',
        'If you press “Continue” before the page has finished loading, that one step may work as it does without JavaScript.',
      ],
    },
    {
      label: 'Without JavaScript:',
      sentences: [
        `Each step opens a new page whose address holds your answers so far (it starts with ${QUESTIONS}).`,
        'Your browser sends that address to the web host that serves this site, and web hosts usually keep a log of the addresses they serve.',
        'The addresses also stay in your browser history.',
        'This site cannot erase them from the host’s logs or from your history.',
      ],
    },
    {
      label: 'If you share your result:',
      sentences: [
        'The checker makes a link only when you press “Copy a link to this result”.',
        'That link holds your answers, so anyone who opens it sees the same result, and their browser sends it to the web host.',
      ],
    },
  ],
  noStore: 'The checker pages ask the browser not to keep a stored copy of them.',
  sharedComputerIntro: 'On a shared or public computer, such as at a library:',
  sharedComputer: [
    'Use a private window (also called incognito). Its history is erased when you close it.',
    'Or clear the browser history when you finish.',
    '“Exit this page”, at the top of every checker page, takes you to a weather website at once.',
  ],
} as const;
