/**
 * Drives the checker like a person would, with JavaScript on or off: from
 * /check/, "Start now", pick an answer on each question and Continue, until a
 * result. Used by tests/e2e/screening.test.ts and tests/e2e/privacy.test.ts.
 *
 * The checker's markup (src/islands/screening/QuestionStep.tsx): each question
 * is a fieldset of radios whose labels are the visible controls.
 * - JavaScript off: every answer has its own Continue link in `.continue-links`,
 *   shown by CSS once its radio is checked; an answer that ends the questions
 *   links to its result on the same page (/check/v3/<code>/#if-<answer>).
 * - JavaScript on: the island renders a form with one Continue button and
 *   changes the screen in place, then "Check your answers", then (button
 *   "See your result") the result. The address stays /check/v3/.
 */
import type { Page } from 'playwright-core';
import { waitForIslands } from './browser';

export interface WalkOptions {
  /** Which answer to take on each question: an index (negative counts from the end), or a function of the labels. */
  choose?: number | ((step: number, labels: string[]) => number);
  /** JavaScript is on in this page's context (default true). */
  javaScript?: boolean;
  /** Safety limit on the number of steps. */
  maxSteps?: number;
  /** Site path to start from (default /check/). */
  start?: string;
  /** Called on each screen before acting on it (e.g. to run checks). */
  onStep?: (page: Page, step: number) => Promise<void>;
}

export interface WalkResult {
  /** Addresses (path + hash) seen, in order. */
  visited: string[];
  /** Labels of the answers chosen. */
  answers: string[];
  reachedResult: boolean;
  /** Why the walk stopped early, when it did. */
  stoppedBecause?: string;
}

/** The result on screen: the island's, or the static one the address names. */
export const RESULT = '.result:visible';

export async function isResultShown(page: Page): Promise<boolean> {
  return (await page.locator(RESULT).count()) > 0;
}

/** What a result says: its heading, and each card's title and status tag. */
export async function resultOf(page: Page) {
  return page.locator(RESULT).first().evaluate((el) => ({
    heading: el.querySelector('h1')?.textContent?.trim() ?? '',
    cards: [...el.querySelectorAll('.path-card')].map((c) => ({
      title: c.querySelector('h3')?.textContent?.trim() ?? '',
      status: c.querySelector('.status-tag')?.textContent?.trim() ?? '',
    })),
    text: (el as HTMLElement).innerText,
  }));
}

/** What changes from one screen to the next: the address, or the headings (each question, the answers check and the result have their own). */
const snapshot = () => location.href + '|' + [...document.querySelectorAll('main h1')].map((h) => h.textContent).join('|');

/** Resolves once the page has navigated, or changed the address or the headings in place. Start it before the action. */
function settle(page: Page, before: string, timeout = 5000): Promise<'nav' | 'dom' | null> {
  const main = page.mainFrame();
  const nav = page.waitForEvent('framenavigated', { predicate: (f) => f === main, timeout }).then(
    () => 'nav' as const,
    () => null,
  );
  const dom = page
    // A function, not a string: a string predicate is compiled with eval inside the page, which the CSP forbids.
    .waitForFunction((previous) => location.href + '|' + [...document.querySelectorAll('main h1')].map((h) => h.textContent).join('|') !== previous, before, {
      timeout,
      polling: 50,
    })
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

/** The visible radios of the question on screen. */
async function radiosOf(page: Page): Promise<{ labels: string[]; ids: string[] }> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLInputElement>('main .question input[type=radio]')].filter((r) => r.labels?.[0]?.getClientRects().length);
    return {
      labels: shown.map((r) => (r.labels?.[0]?.textContent ?? r.value).replace(/\s+/g, ' ').trim()),
      ids: shown.map((r) => r.id),
    };
  });
}

/** Answers questions until a result, and says how it went. */
export async function walkScreening(page: Page, baseUrl: string, options: WalkOptions = {}): Promise<WalkResult> {
  const maxSteps = options.maxSteps ?? 30;
  const javaScript = options.javaScript ?? true;
  const visited: string[] = [];
  const answers: string[] = [];
  const stop = (why: string): WalkResult => ({ visited, answers, reachedResult: false, stoppedBecause: why });

  await page.goto(new URL(options.start ?? '/check/', baseUrl).href, { waitUntil: 'load' });
  for (let step = 0; step < maxSteps; step++) {
    if (javaScript) await waitForIslands(page);
    if (javaScript && (await page.locator('main .question').count())) await page.waitForSelector('main form .question', { timeout: 5000 });
    const u = new URL(page.url());
    visited.push(u.pathname + u.hash);
    await options.onStep?.(page, step);
    if (await isResultShown(page)) return { visited, answers, reachedResult: true };

    const before = await page.evaluate(snapshot);
    const settled = settle(page, before);
    const radios = await radiosOf(page);
    const seeResult = page.locator('main button', { hasText: 'See your result' });
    const startNow = page.locator('main a.button', { hasText: 'Start now' });
    if (radios.labels.length) {
      const n = radios.labels.length;
      const raw = typeof options.choose === 'function' ? options.choose(step, radios.labels) : (options.choose ?? 0);
      const pick = ((raw % n) + n) % n;
      answers.push(radios.labels[pick]);
      // Click the label, as a person does (the radio itself is drawn by its label).
      await page.locator(`main label[for="${radios.ids[pick]}"]`).click();
      if (javaScript) await page.locator('main form button[type=submit]').click();
      else {
        // Without JavaScript: the Continue link of the checked answer is the one now shown.
        const next = page.locator('main .continue-links a.button:visible').first();
        if (!(await next.count())) return stop(`no Continue control after choosing "${radios.labels[pick]}" on ${u.pathname}`);
        await next.click();
      }
    } else if (await seeResult.count()) {
      await seeResult.click();
      await page.waitForSelector(RESULT, { timeout: 5000 }).catch(() => undefined);
    } else if (await startNow.count()) {
      await startNow.click();
    } else {
      return stop(`nothing to answer or follow on ${u.pathname}${u.hash}`);
    }
    const how = await settled;
    if (!how) return stop(`the last action on ${u.pathname}${u.hash} changed nothing within 5 s`);
  }
  return stop(`no result after ${maxSteps} steps`);
}
