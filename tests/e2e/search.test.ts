/**
 * Search in a real browser: results as you type, tolerant of shorthand, each
 * going straight to its section; the address keeps the query; without
 * JavaScript the page is an A–Z index; what a search loads is what the byte
 * budgets count, within them. Also the result page's print button.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useHarness, waitForIslands } from '../support/browser';
import { DIST, siteOrigin } from '../support/dist';
import { createMeasurer } from '../../scripts/measure.mjs';
import { FETCHED_WHEN_USED, PAGE_TOTAL_GZ, SEARCH_INDEX_GZ } from '../../scripts/budgets.mjs';

const h = useHarness();

const PHONE = { width: 360, height: 740 };

describe('search', () => {
  it('shows marked results as you type, announces them, and keeps focus in the box', async () => {
    const { page, watch } = await h.open('/search/', { viewport: PHONE });
    const box = page.locator('#search-q');
    await box.click();
    await box.pressSequentially('nol pros', { delay: 30 });
    const first = page.locator('.search-results li a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 10_000 }).toBe('/glossary/#nolle-prosequi');
    await expect.poll(() => page.locator('.search-status').textContent()).toMatch(/\d+ results? for/);
    expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(new URL(page.url()).searchParams.get('q')).toBe('nol pros');
    // Following a result lands on the glossary term itself.
    await first.click();
    await page.waitForURL(/\/glossary\/#nolle-prosequi$/);
    expect(await page.locator('#nolle-prosequi').isVisible()).toBe(true);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });

  it('fills the box from the address, as the header form on any page sends it', async () => {
    const { page } = await h.open('/policy/', { viewport: PHONE });
    await page.locator('#site-search-q').fill('expungment');
    await Promise.all([page.waitForURL(/\/search\/\?q=expungment/), page.locator('.site-search button').click()]);
    await waitForIslands(page);
    await expect.poll(() => page.locator('#search-q').inputValue()).toBe('expungment');
    // The results follow once the index has loaded, which may be after the box is filled.
    const top3 = () => page.locator('.search-results li a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    await expect.poll(async () => (await top3()).some((href) => href?.startsWith('/expungement/') || href === '/glossary/#expungement')).toBe(true);
    await page.context().close();
  });

  it('without JavaScript, lands on an A–Z index of every page, section and term', async () => {
    const { page, watch } = await h.open('/search/?q=stet', { javaScript: false, viewport: PHONE });
    expect(await page.locator('.search-nojs').textContent()).toContain('A to Z index');
    expect(await page.locator('.az a[href="/glossary/#stet"]').count()).toBe(1);
    expect(await page.locator('.az a[href="/expungement/"]').count()).toBeGreaterThan(0);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });
});

describe('what a search loads (measured in the browser)', () => {
  it('is what scripts/measure.mjs counts for /search/, within PAGE_TOTAL_GZ, the index within SEARCH_INDEX_GZ', async () => {
    const { page, watch } = await h.open(null, { viewport: PHONE });
    const gz: Promise<[string, number]>[] = [];
    page.on('response', (res) => {
      if (!res.url().startsWith(h.server.origin) || res.status() !== 200) return;
      gz.push(res.body().then((b) => [new URL(res.url()).pathname, gzipSync(b, { level: 9 }).length] as [string, number]));
    });
    await page.goto(h.url('/search/'));
    await waitForIslands(page);
    await page.locator('#search-q').fill('stet');
    await expect.poll(() => page.locator('.search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const loaded = new Map(await Promise.all(gz));
    const measured = createMeasurer(DIST, { siteOrigin: siteOrigin(), brotli: false }).measurePage('/search/');
    const counted = new Set(['/search/', ...measured.assets.map((a) => a.url)]);
    expect([...loaded.keys()].filter((u) => !counted.has(u)), 'loaded but not counted by scripts/measure.mjs').toEqual([]);
    for (const data of FETCHED_WHEN_USED['/search/']) expect([...loaded.keys()], `FETCHED_WHEN_USED says a search fetches ${data}`).toContain(data);
    const total = [...loaded.values()].reduce((a, b) => a + b, 0);
    expect(total, `everything a search loaded, gzipped: ${[...loaded].map(([u, n]) => `${u} ${n}`).join(', ')}`).toBeLessThanOrEqual(PAGE_TOTAL_GZ);
    for (const data of FETCHED_WHEN_USED['/search/']) expect(loaded.get(data)).toBeLessThanOrEqual(SEARCH_INDEX_GZ);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });
});
