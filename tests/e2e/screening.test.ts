/**
 * The checker in a real browser, on a 360×740 phone screen:
 * - worked examples clicked through with JavaScript on and off (a sample each
 *   way that shows every verdict and path status), ending on the right verdict
 *   with a card per kind of relief in the right status;
 * - keyboard only; no network request while answering; the first answer of
 *   every sampled question (the longest included) on the first screen;
 * - the most common case's result: at most 5 screens, at most 2 printed
 *   pages, the verdict and a next-step link on the first screen;
 * - a shared computer: nothing in the address, titles, history or requests
 *   reveals an answer; pages sent with no-store; Exit then Back shows nothing; hiding the page forgets the answers; Change returns to the
 *   result keeping the other answers; "Copy a link" gives the static address;
 * - an answer tapped before the script starts survives; the chosen answer
 *   is visible in forced colors; a stale link explains itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, waitForIslands, type Harness } from '../support/browser';
import { RESULT, resultOf, walkScreening } from '../support/screening';
import { ROOT, requireDist } from '../support/dist';
import { coveringSample, routeForFacts } from '../support/scenario-route';
import { assess, pathIds, type Facts } from '../../src/lib/screening';
import { enumeratePrefixes } from '../../src/lib/screening/route/route';
import { resultHref } from '../../src/lib/screening/pages/urls';
import { headlineOf } from '../../src/lib/screening/pages/result';
import { pathWords, resultWords, statusWords } from '../../content/screening/outcomes';
import { questionWords } from '../../content/screening/questions';
import { screenWords } from '../../content/screening/screens';
import { EXIT_URL, SITE_NAME } from '../../src/lib/site';

interface Scenario { name: string; facts: Facts; expect: { verdict: string; paths: string[] } }
const scenarios = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/screening-scenarios.json'), 'utf8')) as Scenario[];
const PHONE = { width: 360, height: 740 };
/** The most common case: possession only, guilty before 2023, sentence finished, no open case. */
const COMMON = scenarios[0];
const commonRoute = routeForFacts(COMMON.facts);
const commonHeadline = headlineOf(assess(COMMON.facts));

let h: Harness;
beforeAll(async () => {
  requireDist();
  h = await openHarness();
});
afterAll(async () => h?.close());

/** Picks the answer whose label starts with `want` (a label runs on into its hint). */
function pick(labels: string[], want: string): number {
  const exact = labels.indexOf(want);
  const index = exact !== -1 ? exact : labels.findIndex((l) => l.startsWith(want));
  if (index === -1) throw new Error(`"${want}" is not an answer here: ${labels.join(' | ')}`);
  return index;
}

async function answerAll(page: Page, javaScript: boolean, labels: string[]) {
  let asked = 0;
  return walkScreening(page, h.server.url, { javaScript, choose: (_step, options) => pick(options, labels[asked++]) });
}

/**
 * The worked examples in the browser, a sample each way: `assess` is checked on every example by
 * the unit tests, every pre-rendered result by tests/build/screening-pages.test.ts, and the island
 * renders the same result template. Each way walks the fewest examples that show every verdict and
 * every path in every status the examples reach; with JavaScript, examples not walked without it
 * come first, so that between them most examples are walked.
 */
const outcomeOf = (s: Scenario) => { const a = assess(s.facts); return [a.verdict, ...pathIds.map((p) => `${p}:${a.status[p]}`)]; };
const withoutScript = coveringSample(scenarios, outcomeOf);
const withScript = coveringSample([...scenarios.filter((s) => !withoutScript.includes(s)), ...withoutScript], outcomeOf);
const walks = [...withScript.map((s) => [true, s] as const), ...withoutScript.map((s) => [false, s] as const)];

describe('the worked examples sampled for the browser', () => {
  it('show, each way, every verdict and every path status that the worked examples reach', () => {
    const all = new Set(scenarios.flatMap(outcomeOf));
    expect(all.size).toBeGreaterThan(pathIds.length); // several verdicts and statuses, not one
    for (const sample of [withoutScript, withScript]) expect(new Set(sample.flatMap(outcomeOf))).toEqual(all);
    expect(withoutScript.length).toBeLessThan(scenarios.length);
  });
});

describe.concurrent.each(walks.map(([javaScript, s]) => [javaScript ? 'on' : 'off', s.name, javaScript, s] as const))('worked example, JavaScript %s: %s', (_js, _name, javaScript, scenario) => {
  it('ends on its verdict, with a card for every path in its status', async ({ expect }) => {
    const expected = assess(scenario.facts);
    expect(expected.verdict).toBe(scenario.expect.verdict);
    const route = routeForFacts(scenario.facts);
    const { page, watch } = await h.open(null, { javaScript, viewport: PHONE });
    const walk = await answerAll(page, javaScript, route.labels);
    expect(walk.stoppedBecause).toBeUndefined();
    const shown = await resultOf(page);
    expect(shown.heading).toBe(headlineOf(expected));
    const cards = pathIds.filter((p) => expected.status[p] !== 'no').map((p) => ({ title: pathWords[p].title, status: statusWords[expected.status[p] as 'applies'] }));
    expect([...shown.cards].sort((a, b) => a.title.localeCompare(b.title))).toEqual(cards.sort((a, b) => a.title.localeCompare(b.title)));
    // The headline paths: those that apply (likely) or may apply (possibly).
    const headline = expected.verdict === 'possibly' ? statusWords.maybe : statusWords.applies;
    for (const p of scenario.expect.paths) expect(shown.cards.find((c) => c.title === pathWords[p as 'resentencing'].title)?.status).toBe(headline);
    const u = new URL(page.url());
    if (javaScript) expect(u.pathname + u.hash).toBe('/check/v3/');
    else expect(u.pathname + u.hash).toBe(resultHref(route.code));
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });
});

describe.concurrent('on a phone', () => {
  it('shows the first answer of every sampled question on the first screen, the longest question included', async ({ expect }) => {
    const prefixes = enumeratePrefixes();
    const longest = [...prefixes].sort((a, b) => {
      const size = (q: keyof typeof questionWords) => questionWords[q].question.length + questionWords[q].hint.length;
      return size(b.question) - size(a.question);
    })[0];
    const byQuestion = new Map(prefixes.map((p) => [p.question, p]));
    const sample = [longest, ...byQuestion.values()];
    for (const javaScript of [false, true]) {
      const { page, goto } = await h.open(null, { javaScript, viewport: PHONE });
      for (const prefix of sample) {
        await goto(prefix.code ? `/check/v3/${prefix.code}/` : '/check/v3/');
        const top = await page.locator('main .radios label').first().evaluate((l) => l.getBoundingClientRect().top);
        expect(top, `${prefix.question} at "${prefix.code}"`).toBeLessThan(PHONE.height - 60);
      }
      await page.context().close();
    }
  });

  it.for([false, true])('fits the most common result in 5 screens and 2 printed pages, with the verdict and a next step first (JavaScript %s)', async (javaScript, { expect }) => {
    const { page } = await h.open(null, { javaScript, viewport: PHONE });
    await answerAll(page, javaScript, commonRoute.labels);
    const box = await page.locator(RESULT).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      const firstScreen = (sel: string) => [...el.querySelectorAll(sel)].some((x) => { const b = x.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight; });
      return { bottom: r.bottom + scrollY, verdict: firstScreen('h1'), action: firstScreen('.next-actions a[href]') };
    });
    expect(box.verdict).toBe(true);
    expect(box.action).toBe(true);
    expect(box.bottom).toBeLessThanOrEqual(5 * PHONE.height);
    // Without JavaScript, what every result on a question page says alike is shown once, beside the open
    // result only; with it, the island's result holds all of it and the page's copy stays hidden.
    expect(await page.locator('.result-shared').isVisible()).toBe(!javaScript);
    if (!javaScript) expect(await page.locator('.result-shared summary').first().textContent()).toBe(resultWords.cannotSeeHeading);
    // A Print button only where JavaScript can work it; without, the words say how to print.
    expect(await page.getByRole('button', { name: 'Print this result' }).count()).toBe(javaScript ? 1 : 0);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    expect(printed).toContain(SITE_NAME);
    expect(printed).toContain('https://www.mdcourts.gov/legalhelp/expungement');
    expect(printed).toContain('Based on the sources we could read, published up to');
    expect(printed).toContain(h.url(resultHref(commonRoute.code)).replace(h.server.origin, ''));
    for (const label of commonRoute.labels) expect(printed).toContain(label);
    expect(await page.locator('.site-menu').isVisible()).toBe(false);
    expect(await page.locator(`${RESULT} .summary-list .change`).first().isVisible()).toBe(false);

    const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeLessThanOrEqual(2);
    await page.context().close();
  });

  it('keeps the chosen answer visible in forced colors (high contrast)', async ({ expect }) => {
    const { page } = await h.open('/check/v3/', { viewport: PHONE });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.locator('main .radios label').first().click();
    // What paints the answer's circle and frame, for the chosen answer and two others.
    const look = (n: number) =>
      page.locator('main .radios label').nth(n).evaluate((label) => {
        const dot = getComputedStyle(label, '::after');
        return { dot: dot.opacity === '0' ? 'none' : dot.backgroundColor, frame: `${getComputedStyle(label).borderColor} ${getComputedStyle(label).borderWidth}` };
      });
    const [chosen, other, third] = [await look(0), await look(1), await look(2)];
    expect(other).toEqual(third); // two unchosen answers look alike…
    expect(chosen.dot).not.toBe('none'); // …the chosen one shows its dot…
    expect(chosen.dot).not.toMatch(/rgba\(0, 0, 0, 0\)/);
    expect(chosen.frame).not.toBe(other.frame); // …and a different frame
    await page.context().close();
  });

  it('keeps an answer tapped before the script has started', async ({ expect }) => {
    const { page } = await h.open(null, { viewport: PHONE });
    // Hold the island's code back, as a slow connection would.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/_astro\/Screening\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(h.url('/check/v3/'), { waitUntil: 'domcontentloaded' });
    await page.locator('main .radios label').first().click();
    expect(await page.locator('main astro-island[ssr]').count()).toBe(1); // not hydrated yet
    release();
    await waitForIslands(page);
    await page.waitForSelector('main form button[type=submit]');
    expect(await page.locator('main input[type=radio]').first().isChecked()).toBe(true);
    await page.locator('main form button[type=submit]').click();
    await expect.poll(() => page.locator('main h1').first().textContent()).toBe(questionWords.charge.question);
    await page.context().close();
  });

  for (const javaScript of [true, false]) {
    it(`can be completed with the keyboard alone (JavaScript ${javaScript ? 'on' : 'off'})`, async ({ expect }) => {
      const { page } = await h.open('/check/v3/', { viewport: PHONE, javaScript });
      const active = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return { tag: el?.tagName ?? '', type: el?.getAttribute('type') ?? '', text: el?.textContent?.trim() ?? '' };
        });
      const tabTo = async (test: (a: Awaited<ReturnType<typeof active>>) => boolean) => {
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press('Tab');
          if (test(await active())) return true;
        }
        return false;
      };
      for (let step = 0; step < 12 && !(await page.locator(RESULT).count()); step++) {
        if ((await page.locator('main h1').first().textContent())?.includes('Check your answers')) {
          expect(await tabTo((a) => a.tag === 'BUTTON' && a.text === 'See your result')).toBe(true);
          await page.keyboard.press('Enter');
          await page.waitForSelector(RESULT);
          break;
        }
        // Focus an answer, choose it ("I'm not sure" where there is one), then Tab to Continue and press Enter.
        expect(await tabTo((a) => a.tag === 'INPUT' && a.type === 'radio')).toBe(true);
        await page.keyboard.press('Space');
        const before = await page.evaluate(() => location.href + (document.querySelector('main h1')?.textContent ?? ''));
        expect(await tabTo((a) => a.tag === 'BUTTON' || (a.tag === 'A' && a.text.startsWith('Continue')))).toBe(true);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => location.href + (document.querySelector('main h1')?.textContent ?? ''))).not.toBe(before);
      }
      expect(await page.locator(`${RESULT} .verdict h1`).count()).toBe(1);
      await page.context().close();
    });
  }
});

describe.concurrent('on a shared computer (JavaScript on)', () => {
  it('keeps every answer out of the address, the titles, the history and every request', async ({ expect }) => {
    const { page, watch } = await h.open(null, { viewport: PHONE });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await answerAll(page, true, commonRoute.labels);
    const cdp = await page.context().newCDPSession(page);
    const { entries } = await cdp.send('Page.getNavigationHistory');
    const secrets = [...commonRoute.labels, commonHeadline, commonRoute.code.split('-').slice(1, 3).join('-')];
    for (const entry of entries) {
      expect(entry.url).not.toMatch(/\/check\/v3\/[a-z0-9]|#if-/);
      for (const secret of secrets) expect(entry.title).not.toContain(secret);
    }
    expect(await page.evaluate(() => history.state)).toBeNull();
    expect(await page.title()).toBe(`Your result – Check your record – ${SITE_NAME}`);
    for (const url of requests) expect(url).not.toMatch(/\/check\/v3\/[a-z0-9]|#if-/);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });

  it('makes no request while the questions are answered', async ({ expect }) => {
    const { page } = await h.open('/check/v3/', { viewport: PHONE });
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const label of commonRoute.labels) {
      await page.locator('main label', { hasText: label }).first().click();
      await page.locator('main form button[type=submit]').click();
    }
    await page.getByRole('button', { name: 'See your result' }).click();
    await page.waitForSelector(RESULT);
    expect(requests).toEqual([]);
    await page.context().close();
  });

  it('after "Exit this page", Back shows no answer and no result', async ({ expect }) => {
    const { page } = await h.open(null, { viewport: PHONE });
    await page.route(`${EXIT_URL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
    await answerAll(page, true, commonRoute.labels);
    await Promise.all([page.waitForURL(`${EXIT_URL}**`), page.locator('a.exit-page').click()]);
    await page.goBack();
    await page.waitForLoadState('load');
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(commonHeadline);
    expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    expect(page.url()).not.toMatch(/#if-|\/check\/v3\/[a-z0-9]/);
    await page.context().close();
  });

  it('is sent with Cache-Control: no-store, question and result pages alike, so the browser keeps no copy of a result', async ({ expect }) => {
    const { page } = await h.open(null, { javaScript: false, viewport: PHONE });
    for (const path of ['/check/v3/', resultHref(commonRoute.code)]) {
      const response = await page.goto(h.url(path));
      expect(response?.headers()['cache-control'], path).toBe('no-store');
    }
    // Only the checker's pages: the information pages may be cached as usual.
    expect((await page.goto(h.url('/expungement/')))?.headers()['cache-control']).not.toBe('no-store');
    await page.context().close();
  });

  it('forgets the answers when the page is hidden (another tab or app in front), and says so', async ({ expect }) => {
    const { page } = await h.open('/check/v3/', { viewport: PHONE });
    await waitForIslands(page);
    await page.waitForSelector('main form button[type=submit]');
    for (const label of commonRoute.labels.slice(0, 2)) {
      await page.locator('main label', { hasText: label }).first().click();
      await page.locator('main form button[type=submit]').click();
    }
    await expect.poll(() => page.locator('main .progress').textContent()).toBe(screenWords.progress(3));
    // Another tab or app comes to the front, then this page again (headless Chromium keeps every page visible, so the page is told).
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((s) => {
        Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    await setVisibility('visible');
    await expect.poll(() => page.locator('main .progress').textContent()).toBe(screenWords.progress(1));
    expect(await page.locator('main [role=status]').first().textContent()).toBe(screenWords.clearedWhileHidden);
    expect(await page.locator('main input[type=radio]:checked').count()).toBe(0);
    // Answering again starts a fresh check: nothing of the earlier answers comes back.
    await page.locator('main label', { hasText: commonRoute.labels[0] }).first().click();
    await page.locator('main form button[type=submit]').click();
    await expect.poll(() => page.locator('main .progress').textContent()).toBe(screenWords.progress(2));
    expect(await page.locator('main input[type=radio]:checked').count()).toBe(0);
    expect(await page.locator('.cleared-notice').count()).toBe(0);
    await page.context().close();
  });

  it('lets a person change an answer from the result and come straight back, keeping the other answers', async ({ expect }) => {
    const { page } = await h.open(null, { viewport: PHONE });
    await answerAll(page, true, commonRoute.labels);
    const sentence = questionWords.sentenceDone.question;
    await page.locator(`${RESULT} .summary-list a`, { hasText: `Change your answer to “${sentence}”` }).click();
    await expect.poll(() => page.locator('main h1').first().textContent()).toBe(sentence);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-heading');
    await page.locator('main label', { hasText: 'I am on probation or parole for it now' }).click();
    await page.locator('main form button[type=submit]').click();
    await page.waitForSelector(RESULT);
    // Straight back to the result: every other answer shown is one given before (a question the change made unnecessary drops out).
    const answers = await page.locator(`${RESULT} .summary-list dd:not(.change)`).allTextContents();
    expect(answers).toContain('I am on probation or parole for it now');
    for (const answer of answers.filter((a) => a !== 'I am on probation or parole for it now')) expect(commonRoute.labels.some((l) => answer.startsWith(l)), answer).toBe(true);
    expect(answers.length).toBeGreaterThanOrEqual(commonRoute.labels.length - 1);
    const expected = assess({ ...COMMON.facts, sentence: 'supervision' });
    expect((await resultOf(page)).cards.find((c) => c.title === pathWords['petition-expungement'].title)?.status).toBe(statusWords[expected.status['petition-expungement'] as 'later']);
    await page.context().close();
  });

  it('"Copy a link to this result" gives the static address, which shows the same result without JavaScript', async ({ expect }) => {
    const { page } = await h.open(null, { viewport: PHONE, context: { permissions: ['clipboard-read', 'clipboard-write'] } });
    await answerAll(page, true, commonRoute.labels);
    await page.getByRole('button', { name: 'Copy a link to this result' }).click();
    await expect.poll(() => page.locator(`${RESULT} [role=status]`).textContent()).toContain('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(h.url(resultHref(commonRoute.code)));
    const noJs = await h.open(null, { javaScript: false, viewport: PHONE });
    await noJs.page.goto(copied);
    expect((await resultOf(noJs.page)).heading).toBe(commonHeadline);
    await noJs.page.context().close();
    await page.context().close();
  });

  it('opens a shared result link in place and clears the address', async ({ expect }) => {
    const { page, watch } = await h.open(resultHref(commonRoute.code), { viewport: PHONE });
    await page.waitForSelector(`${RESULT} #result-heading`);
    expect((await resultOf(page)).heading).toBe(commonHeadline);
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/check/v3/');
    expect(await page.locator('.static-result').count()).toBe(0);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });
});

describe('bad addresses', () => {
  it('sends a version 1 or 2 or hand-edited checker address to a page that explains and offers a fresh start', async () => {
    const { page, watch } = await h.open(null, { javaScript: false, viewport: PHONE });
    for (const path of ['/check/answers/md-pos-g-no-yes-done-b23-yes/', '/check/step/md-pos/', '/check/q/md-pos-g-no-yes-done/', '/check/v3/md-pos-zzz/']) {
      const url = h.url(path);
      watch.allowStatus.add(url);
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      expect(await page.locator('main').textContent()).toContain('Checker links change');
      expect(await page.locator('main a[href="/check/"]').count()).toBeGreaterThan(0);
    }
    await page.context().close();
  });
});
