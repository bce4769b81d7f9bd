/**
 * The Content-Security-Policy in a real browser, as served (public/_headers plus
 * Astro's per-page meta policy; tests/build/csp.test.ts checks their text):
 *
 * - the site's own inline scripts still run (islands hydrate with JavaScript on);
 * - code injected into a page is blocked: a created inline <script>, an inline event
 *   handler and a javascript: URL, each reported as a CSP violation (eval() cannot be
 *   tried here: code run through DevTools may eval; the build test rejects 'unsafe-eval');
 * - another page cannot frame the site (frame-ancestors 'none', header only).
 */
import { describe, expect, it } from 'vitest';
import { useHarness, waitForIslands } from '../support/browser';

const h = useHarness();

describe('the Content-Security-Policy', () => {
  it("sends the fixed header policy and the page's meta policy, and the site's own scripts run under both", async () => {
    const { page, watch } = await h.open(null);
    const response = await page.goto(h.url('/search/'));
    expect(response?.headers()['content-security-policy']).toBe("frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'");
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(meta).toMatch(/script-src 'self' 'sha256-/);
    await waitForIslands(page);
    expect(await page.locator('astro-island[ssr]').count()).toBe(0);
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  });

  it('blocks inline code injected into a page, and reports each violation', async () => {
    const { page } = await h.open('/policy/');
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as { __ran?: string[]; __violations?: string[] };
      w.__ran = [];
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations!.push(`${e.effectiveDirective} ${e.blockedURI}`));
      const script = document.createElement('script');
      script.textContent = 'window.__ran.push("inline script")';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__ran.push("event handler")');
      img.src = 'data:,not-an-image';
      document.body.append(img);
      const link = document.createElement('a');
      link.href = 'javascript:window.__ran.push("javascript: URL")';
      document.body.append(link);
      link.click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { ran: w.__ran, violations: w.__violations };
    });
    expect(outcome.ran).toEqual([]);
    expect(outcome.violations.sort()).toEqual(['script-src-attr inline', 'script-src-elem inline', 'script-src-elem inline']);
    await page.context().close();
  });

  it('cannot be framed by another page', async () => {
    const { page } = await h.open(null);
    await page.setContent(`<iframe src="${h.url('/policy/')}" title="framed"></iframe>`);
    const frame = page.frames()[1];
    await frame.waitForLoadState('load').catch(() => undefined);
    expect(page.frames().length).toBe(2);
    // A blocked frame shows the browser's own error page, never the site.
    const framedTitle = await frame.evaluate(() => document.title).catch(() => null);
    expect(framedTitle ?? '').not.toMatch(/Baltimore Cannabis Records/);
    expect(frame.url()).not.toBe(h.url('/policy/'));
    await page.context().close();
  });
});
