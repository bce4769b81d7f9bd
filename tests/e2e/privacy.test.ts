/**
 * The site keeps nothing about its visitors (the about page says so): no
 * cookies, no localStorage / sessionStorage (nor IndexedDB, Cache Storage or
 * service workers), and no request to any other origin.
 *
 * Storage writes are caught by wrapping Storage.prototype.setItem (and friends)
 * in an init script — init scripts run through the DevTools protocol, so the
 * site's strict CSP does not block them — and reported back through an exposed
 * binding, so writes are seen even when the page navigates right after. Direct
 * property writes (localStorage.x = 1) bypass setItem, so every page's storage
 * is also read back before leaving it.
 *
 * Covered: every sitemap page (JavaScript on), and the checker walked from
 * /check/ through to a result with JavaScript on and with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openHarness, type Harness, type OpenedPage } from '../support/browser';
import { requireDist, sitemapPaths } from '../support/dist';
import { walkChecker } from '../support/checker';

requireDist();


/** Runs before any page script in every document. */
const RECORD_STORAGE = `(() => {
  const report = (what) => { try { window.__privacyReport(what + ' on ' + location.pathname + location.search); } catch {} };
  const wrap = (obj, name, label) => {
    const orig = obj[name];
    if (typeof orig !== 'function') return;
    obj[name] = function (...args) { report(label(this, args)); return orig.apply(this, args); };
  };
  const which = (s) => { try { return s === window.localStorage ? 'localStorage' : s === window.sessionStorage ? 'sessionStorage' : 'Storage'; } catch { return 'Storage'; } };
  wrap(Storage.prototype, 'setItem', (s, a) => which(s) + '.setItem(' + JSON.stringify(String(a[0])) + ')');
  try {
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() { return desc.get.call(this); },
      set(v) { report('document.cookie = ' + JSON.stringify(String(v).split(';')[0])); return desc.set.call(this, v); },
    });
  } catch {}
  if (window.indexedDB) wrap(IDBFactory.prototype, 'open', (_s, a) => 'indexedDB.open(' + JSON.stringify(String(a[0])) + ')');
  if (window.CacheStorage) wrap(CacheStorage.prototype, 'open', (_s, a) => 'caches.open(' + JSON.stringify(String(a[0])) + ')');
  if (window.ServiceWorkerContainer) wrap(ServiceWorkerContainer.prototype, 'register', (_s, a) => 'serviceWorker.register(' + JSON.stringify(String(a[0])) + ')');
  if (window.CookieStore) wrap(CookieStore.prototype, 'set', () => 'cookieStore.set()');
})();`;

let h: Harness;

beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await h?.close();
});

/** A context with the storage recorder installed. */
async function openRecorded(javaScript: boolean): Promise<OpenedPage & { writes: string[] }> {
  const opened = await h.open(null, { javaScript });
  const writes: string[] = [];
  await opened.context.exposeBinding('__privacyReport', (_source, what: string) => {
    writes.push(what);
  });
  await opened.context.addInitScript({ content: RECORD_STORAGE });
  return Object.assign(opened, { writes });
}

/** Reads what is in the page's storage now (catches writes that bypass setItem). */
async function storedData(page: Page): Promise<string[]> {
  return page
    .evaluate(() => {
      const out: string[] = [];
      const where = location.pathname + location.search;
      try {
        if (localStorage.length) out.push(`localStorage has ${localStorage.length} item(s) [${Object.keys(localStorage).join(', ')}] on ${where}`);
      } catch {
        /* storage unavailable */
      }
      try {
        if (sessionStorage.length) out.push(`sessionStorage has ${sessionStorage.length} item(s) [${Object.keys(sessionStorage).join(', ')}] on ${where}`);
      } catch {
        /* storage unavailable */
      }
      return out;
    })
    .catch(() => []);
}

async function expectNothingKept(opened: OpenedPage & { writes: string[] }, label: string, extra: string[] = []) {
  const cookies = await opened.context.cookies();
  const problems = [
    ...opened.writes.map((w) => `storage write: ${w}`),
    ...extra,
    ...cookies.map((c) => `cookie: ${c.name} (domain ${c.domain}, path ${c.path})`),
    ...opened.watch.foreignRequests.map((r) => `request to another origin: ${r}`),
  ];
  expect(problems, `${label}: the site kept data or contacted another origin:\n  ${problems.join('\n  ')}`).toEqual([]);
}

describe('privacy', () => {
  test('sitemap pages set no cookie, write no storage, contact no other origin', async () => {
    const opened = await openRecorded(true);
    const stored: string[] = [];
    const paths = sitemapPaths();
    for (const p of paths) {
      await opened.goto(p);
      stored.push(...(await storedData(opened.page)));
    }
    await expectNothingKept(opened, `${paths.length} sitemap pages`, stored);
    await opened.context.close();
  }, 180_000);

  for (const javaScript of [true, false]) {
    test(`checker walked to a result with JavaScript ${javaScript ? 'on' : 'off'}: nothing kept`, async () => {
      const opened = await openRecorded(javaScript);
      const stored: string[] = [];
      const walks = [];
      // Two different routes: always the first answer, and always the last.
      for (const choose of [0, -1]) {
        const walk = await walkChecker(opened.page, h.server.url, {
          javaScript,
          choose,
          onStep: async (page) => {
            stored.push(...(await storedData(page)));
          },
        });
        walks.push(walk);
        expect(walk.reachedResult, `JS ${javaScript ? 'on' : 'off'}: did not reach a result (${walk.stoppedBecause}); visited ${walk.visited.join(' → ')}`).toBe(true);
      }
      await expectNothingKept(opened, `checker (JS ${javaScript ? 'on' : 'off'}; ${walks.map((w) => w.visited.join(' → ')).join(' | ')})`, stored);
      await opened.context.close();
    }, 120_000);
  }

  test('the recorder itself works (a write is caught)', async () => {
    // Guards against a silently broken init script: make a write on a site page and expect to see it.
    const opened = await openRecorded(true);
    await opened.goto('/');
    await opened.page.evaluate(() => {
      localStorage.setItem('probe', '1');
      document.cookie = 'probe=1';
    });
    expect(opened.writes.join('\n')).toContain('localStorage.setItem("probe")');
    expect(opened.writes.join('\n')).toContain('document.cookie = "probe=1"');
    expect((await opened.context.cookies()).map((c) => c.name)).toContain('probe');
    await opened.context.close();
  });
});
