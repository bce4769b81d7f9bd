/**
 * The checker in a real browser, on a 360 px phone screen: every public
 * scenario clicked through with JavaScript on and again with it off, ending
 * on the right result; a keyboard-only run; and no network request while
 * answering questions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, waitForIslands, type Harness } from '../support/browser';
import { walkChecker } from '../support/checker';
import { ROOT, requireDist } from '../support/dist';
import { routeForFacts } from '../support/scenario-route';
import { assess, type Facts } from '../../src/lib/screening';
import { pathWords, verdictWords } from '../../content/checker/outcomes';

interface Scenario { name: string; facts: Facts; expect: { verdict: string; paths: string[] } }
const scenarios = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/screening-scenarios.json'), 'utf8')) as Scenario[];
const PHONE = { width: 360, height: 740 };

let h: Harness;
beforeAll(async () => {
  requireDist();
  h = await openHarness();
});
afterAll(async () => h?.close());

/** What the result page says: its heading and the titles of the kinds of relief it lists. */
async function resultOf(page: Page) {
  return page.evaluate(() => ({
    heading: document.querySelector('h1')?.textContent?.trim() ?? '',
    paths: [...document.querySelectorAll('.path-card h3')].map((h) => (h.textContent ?? '').replace(/#.*$/s, '').replace(/^\d+\.\s*/, '').trim()),
  }));
}

describe.each([true, false])('scenarios with JavaScript %s', (javaScript) => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    // The scenario's expectation and the rules agree (the unit tests check this too); the browser must show the same.
    expect(assess(scenario.facts).verdict).toBe(scenario.expect.verdict);
    const route = routeForFacts(scenario.facts);
    const { page, watch } = await h.open(null, { javaScript, viewport: PHONE });
    let asked = 0;
    const walk = await walkChecker(page, h.server.url, {
      javaScript,
      choose: (_step, labels) => {
        // A label's text runs on into its hint, so match the whole text first, then its start.
        const want = route.labels[asked++];
        const exact = labels.indexOf(want);
        const index = exact !== -1 ? exact : labels.findIndex((l) => l.startsWith(want));
        if (index === -1) throw new Error(`"${route.labels[asked - 1]}" is not an answer here: ${labels.join(' | ')}`);
        return index;
      },
    });
    expect(walk.stoppedBecause).toBeUndefined();
    expect(walk.answers.map((a, i) => a.slice(0, route.labels[i].length))).toEqual(route.labels);
    expect(new URL(page.url()).pathname).toBe(`/check/answers/${route.code}/`);
    const shown = await resultOf(page);
    expect(shown.heading).toBe(verdictWords[scenario.expect.verdict as keyof typeof verdictWords].headline);
    expect(shown.paths.sort()).toEqual(scenario.expect.paths.map((p) => pathWords[p as keyof typeof pathWords].title).sort());
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });
});

describe('the questions themselves', () => {
  it('make no network request while a person answers them (JavaScript on)', async () => {
    const { page, watch } = await h.open('/check/step/', { viewport: PHONE });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const route = routeForFacts(scenarios[0].facts);
    for (const label of route.labels) {
      await page.locator('main label', { hasText: label }).first().click();
      await page.locator('main form button[type=submit]').click();
    }
    await expect.poll(() => page.locator('h1').textContent()).toBe('Check your answers');
    expect(requests).toEqual([]);
    // Back keeps the answer given, and the address follows each question.
    await page.locator('main a.back-link').click();
    await expect.poll(() => page.locator('main input[type=radio]:checked').count()).toBe(1);
    expect(new URL(page.url()).pathname).toMatch(/^\/check\/step\/[a-z0-9-]+\/$/);
    expect(requests).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });

  it('let a person change an answer from "Check your answers", keeping the others', async () => {
    const { page } = await h.open('/check/step/', { viewport: PHONE });
    const route = routeForFacts(scenarios[0].facts);
    for (const label of route.labels) {
      await page.locator('main label', { hasText: label }).first().click();
      await page.locator('main form button[type=submit]').click();
    }
    await expect.poll(() => page.locator('h1').textContent()).toBe('Check your answers');
    const rows = await page.locator('.summary-list dd:not(.change)').allTextContents();
    expect(rows).toEqual(route.labels.map((l) => expect.stringContaining(l)));
    // Change the second answer: that question comes back with the answer chosen before.
    await page.locator('.summary-list a', { hasText: 'Change' }).nth(1).click();
    await expect.poll(() => page.locator('h1').textContent()).not.toBe('Check your answers');
    const checked = await page.locator('main input[type=radio]:checked').evaluate((r) => (r as HTMLInputElement).labels?.[0]?.textContent ?? '');
    expect(checked).toContain(route.labels[1]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-heading');
    await page.context().close();
  });

  it('say what is wrong when Continue is pressed without an answer, and move focus to the message', async () => {
    const { page } = await h.open('/check/step/', { viewport: PHONE });
    await page.locator('main form button[type=submit]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await page.locator('.error-message').textContent()).toContain('Choose an answer');
    await page.context().close();
  });

  for (const javaScript of [true, false]) {
    it(`can be completed with the keyboard alone (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { page } = await h.open('/check/step/', { viewport: PHONE, javaScript });
      if (javaScript) await waitForIslands(page);
      const active = () => page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { tag: el?.tagName ?? '', type: el?.getAttribute('type') ?? '', href: el?.getAttribute('href') ?? '', text: el?.textContent?.trim() ?? '' };
      });
      /** Presses Tab until the focused element passes the test (or gives up). */
      const tabTo = async (test: (a: Awaited<ReturnType<typeof active>>) => boolean) => {
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press('Tab');
          if (test(await active())) return true;
        }
        return false;
      };
      for (let step = 0; step < 12 && !/\/check\/answers\//.test(page.url()); step++) {
        if ((await page.locator('h1').textContent())?.includes('Check your answers')) {
          expect(await tabTo((a) => a.href.startsWith('/check/answers/'))).toBe(true);
          await Promise.all([page.waitForURL(/\/check\/answers\//), page.keyboard.press('Enter')]);
          break;
        }
        // Focus the first answer, pick the last one with the arrow keys ("I'm not sure" is always last)…
        expect(await tabTo((a) => a.tag === 'INPUT' && a.type === 'radio')).toBe(true);
        await page.keyboard.press('Space');
        const before = page.url();
        // …then Tab to Continue (a button with JavaScript, the revealed link without) and press Enter.
        expect(await tabTo((a) => a.tag === 'BUTTON' || (a.tag === 'A' && a.text.startsWith('Continue')))).toBe(true);
        await page.keyboard.press('Enter');
        await expect.poll(async () => page.url() !== before || (await page.locator('h1').textContent())?.includes('Check your answers')).toBe(true);
        if (!javaScript) await page.waitForLoadState('load');
      }
      expect(page.url()).toMatch(/\/check\/answers\/[a-z0-9-]+\/$/);
      expect(await page.locator('.verdict h1').count()).toBe(1);
      await page.context().close();
    });
  }

  it('sends a stale or hand-edited checker address to a page that explains and offers a fresh start', async () => {
    const { page, watch } = await h.open(null, { javaScript: false, viewport: PHONE });
    const url = h.url('/check/answers/md-pos-zzz/');
    watch.allowStatus.add(url);
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    expect(await page.locator('main').textContent()).toContain('If you were using the checker');
    expect(await page.locator('main a[href="/check/"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
