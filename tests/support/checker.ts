/**
 * Drives the eligibility checker like a person would, with JavaScript on or
 * off: from /check/, "Start now", pick an answer on each question and
 * Continue, until a result page (/check/answers/<code>/). Used by
 * tests/e2e/privacy.test.ts; reusable by tests/e2e/checker.test.ts.
 *
 * The checker's markup (src/islands/checker/QuestionStep.tsx): each question is
 * a fieldset of radios whose labels are the visible controls.
 * - JavaScript off: no form; every answer has its own Continue link in
 *   `.continue-links`, shown by CSS once its radio is checked.
 * - JavaScript on: the island renders a <form> with one Continue button and moves
 *   to the next question in place (history.pushState); after the last question a
 *   "Check your answers" screen links to the result with "See your result".
 */
import type { Page } from 'playwright-core';
import { waitForIslands } from './browser';

export interface WalkOptions {
  /** Which answer to take on each question: an index (negative counts from the end), or a function of the labels. */
  choose?: number | ((step: number, labels: string[]) => number);
  /** JavaScript is on in this page's context (default true): wait for the island before answering. */
  javaScript?: boolean;
  /** Safety limit on the number of steps. */
  maxSteps?: number;
  /** Site path to start from (default /check/). */
  start?: string;
  /** Called on each page/screen before acting on it (e.g. to run checks). */
  onStep?: (page: Page, step: number) => Promise<void>;
}

export interface WalkResult {
  /** URLs (path + query) seen, in order. */
  visited: string[];
  /** Labels of the answers chosen. */
  answers: string[];
  reachedResult: boolean;
  /** Why the walk stopped early, when it did. */
  stoppedBecause?: string;
}

/** The result address: /check/answers/<code>/. */
export const RESULT_PATH = /^\/check\/answers\/[^/]+\/$/;

/** True when the page shows a checker result. */
export async function isResultPage(page: Page): Promise<boolean> {
  return RESULT_PATH.test(new URL(page.url()).pathname);
}

const SNAPSHOT = () =>
  location.href + '|' + (document.querySelector('main')?.innerHTML.length ?? 0) + (document.querySelector('main')?.textContent ?? '').slice(0, 2000);

/**
 * Resolves once the page has either navigated (and loaded) or changed <main> / the URL
 * in place, whichever comes first. Start it before the action that causes the change.
 */
function settle(page: Page, before: string, timeout = 5000): Promise<'nav' | 'dom' | null> {
  const main = page.mainFrame();
  const nav = page.waitForEvent('framenavigated', { predicate: (f) => f === main, timeout }).then(
    () => 'nav' as const,
    () => null,
  );
  const dom = page
    // SNAPSHOT again, as a function: a string predicate is compiled with eval inside the page, which the CSP forbids.
    .waitForFunction(
      (previous) =>
        location.href + '|' + (document.querySelector('main')?.innerHTML.length ?? 0) + (document.querySelector('main')?.textContent ?? '').slice(0, 2000) !== previous,
      before,
      { timeout, polling: 50 },
    )
    .then(
      () => 'dom' as const,
      () => null,
    );
  return new Promise<'nav' | 'dom' | null>((resolve) => {
    void nav.then((v) => v && resolve(v));
    void dom.then((v) => v && resolve(v));
    void Promise.all([nav, dom]).then(() => resolve(null));
  }).then(async (how) => {
    if (how === 'nav') await page.waitForLoadState('load');
    return how;
  });
}

interface Screen {
  /** Labels of the radio answers of the first radio group in <main> (empty when none). */
  radios: string[];
  /** Ids of those radios. */
  radioIds: string[];
  /** A link to a result page (Check your answers → See your result). */
  resultLink: string | null;
  /** A link into the questions (the start page's Start now), not Back. */
  startLink: string | null;
}

async function screenOf(page: Page): Promise<Screen> {
  return page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    const visible = (el: Element) => (el as HTMLElement).getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const all = [...main.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const group = all.filter((r) => r.name === all[0]?.name);
    const labelOf = (r: HTMLInputElement) => (r.labels?.[0]?.textContent ?? r.value).replace(/\s+/g, ' ').trim();
    const link = (sel: string) => [...main.querySelectorAll<HTMLAnchorElement>(sel)].find((a) => visible(a) && !a.matches('.back-link'));
    return {
      radios: group.map(labelOf),
      radioIds: group.map((r) => r.id),
      resultLink: link('a[href^="/check/answers/"]')?.getAttribute('href') ?? null,
      startLink: link('a[href^="/check/step/"]')?.getAttribute('href') ?? null,
    };
  });
}

/** Answers questions until a result page, and says how it went. */
export async function walkChecker(page: Page, baseUrl: string, options: WalkOptions = {}): Promise<WalkResult> {
  const maxSteps = options.maxSteps ?? 40;
  const javaScript = options.javaScript ?? true;
  const visited: string[] = [];
  const answers: string[] = [];
  const stop = (why: string): WalkResult => ({ visited, answers, reachedResult: false, stoppedBecause: why });

  await page.goto(new URL(options.start ?? '/check/', baseUrl).href, { waitUntil: 'load' });
  for (let step = 0; step < maxSteps; step++) {
    if (javaScript) {
      await waitForIslands(page);
      // The island switches to its enhanced form in an effect right after hydrating.
      if (await page.locator('main input[type=radio]').count()) {
        await page.waitForSelector('main form input[type=radio]', { timeout: 3000 }).catch(() => undefined);
      }
    }
    const u = new URL(page.url());
    const where = u.pathname + u.search;
    visited.push(where);
    await options.onStep?.(page, step);
    if (await isResultPage(page)) return { visited, answers, reachedResult: true };

    const screen = await screenOf(page);
    const before = await page.evaluate(SNAPSHOT);
    const settled = settle(page, before);
    if (screen.radios.length) {
      const n = screen.radios.length;
      const raw = typeof options.choose === 'function' ? options.choose(step, screen.radios) : options.choose ?? 0;
      const pick = ((raw % n) + n) % n;
      answers.push(screen.radios[pick]);
      // Click the label, as a person does (the radio itself is drawn by its label).
      await page.locator(`main label[for="${screen.radioIds[pick]}"]`).click();
      const submit = page.locator('main form button[type=submit], main form button:not([type]), main form input[type=submit]');
      if (javaScript && (await submit.count())) {
        await submit.first().click();
      } else {
        // Without JavaScript: the Continue link of the checked answer is the one now shown.
        const next = page.locator('main .radios a[href^="/check/"]:visible, main fieldset a.button:visible').first();
        if (!(await next.count())) return stop(`no Continue control after choosing "${screen.radios[pick]}" on ${where}`);
        await next.click();
      }
    } else if (screen.resultLink) {
      await page.locator(`main a[href="${screen.resultLink}"]`).first().click();
    } else if (screen.startLink) {
      await page.locator(`main a[href="${screen.startLink}"]`).first().click();
    } else {
      return stop(`nothing to answer or follow on ${where}`);
    }
    const how = await settled;
    if (!how) return stop(`the last action on ${where} changed nothing within 5 s`);
  }
  return stop(`no result after ${maxSteps} steps`);
}
