/**
 * The privacy recorder shared by the browser tests: catches cookie and Web Storage
 * writes (and IndexedDB, Cache Storage, service worker registrations) by wrapping
 * the APIs in an init script — init scripts run through the DevTools protocol, so
 * the site's strict CSP does not block them — and reporting back through an
 * exposed binding, so writes are seen even when the page navigates right after.
 * Direct property writes (localStorage.x = 1) bypass setItem, so storedData()
 * reads a page's storage back before leaving it.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Runs before any page script in every document. */
export const RECORD_STORAGE = `(() => {
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

/**
 * Installs the recorder in a browser context (before its pages load anything);
 * returns the list that every write is appended to ("localStorage.setItem("k") on /path").
 */
export async function recordStorage(context: BrowserContext): Promise<string[]> {
  const writes: string[] = [];
  await context.exposeBinding('__privacyReport', (_source, what: string) => {
    writes.push(what);
  });
  await context.addInitScript({ content: RECORD_STORAGE });
  return writes;
}

/** Reads what is in the page's storage now (catches writes that bypass setItem). */
export async function storedData(page: Page): Promise<string[]> {
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

