/**
 * Browser harness for the e2e tests: Debian's Chromium driven by
 * playwright-core (no browser downloads). One browser per test file:
 *
 *   const h = await openHarness();          // in beforeAll: server + browser
 *   const { page, watch } = await h.open('/policy/');            // JS on
 *   const { page } = await h.open('/check/', { javaScript: false }); // JS off
 *   expect(watch.problems()).toEqual([]);   // console errors, failed/foreign requests
 *   await h.close();                        // in afterAll
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { requireDist } from './dist';
import { serveDist, type DistServer } from './server';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh user-data dir (Playwright's temporary profile, removed on close). */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's Chromium with \`apt-get install -y chromium\` ` +
        '(CI does this in .ci/run), or set CHROMIUM_PATH. Do not run `playwright install`: the network is closed.',
    );
  }
  // Playwright's launch() already starts Chromium with a fresh temporary profile
  // (--user-data-dir=<new temp dir>, deleted on close); it refuses a --user-data-dir arg.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

/** Records what a page does that the tests forbid. */
export class PageWatch {
  consoleErrors: string[] = [];
  pageErrors: string[] = [];
  failedRequests: string[] = [];
  foreignRequests: string[] = [];
  /** Responses ≥ 400 other than those listed in allowStatus (e.g. the 404 page's own document). */
  badResponses: string[] = [];
  allowStatus = new Set<string>();

  reset(): void {
    this.consoleErrors = [];
    this.pageErrors = [];
    this.failedRequests = [];
    this.foreignRequests = [];
    this.badResponses = [];
    this.allowStatus.clear();
  }

  /** Human-readable list of everything that went wrong (empty when all is well). */
  problems(): string[] {
    return [
      ...this.consoleErrors.map((m) => `console error: ${m}`),
      ...this.pageErrors.map((m) => `uncaught exception: ${m}`),
      ...this.failedRequests.map((m) => `failed request: ${m}`),
      ...this.badResponses.map((m) => `HTTP error: ${m}`),
      ...this.foreignRequests.map((m) => `request to another origin: ${m}`),
    ];
  }
}

export interface OpenOptions {
  /** JavaScript on (default) or off. */
  javaScript?: boolean;
  viewport?: { width: number; height: number };
  /** Extra context options (e.g. bypassCSP). */
  context?: BrowserContextOptions;
  /** Scripts run before any page script in every document (works under CSP). */
  initScripts?: string[];
  /** Navigation wait condition (default "load"). */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
  /** Navigates this page to a site path (e.g. "/glossary/") and returns the HTTP status. */
  goto(sitePath: string, waitUntil?: OpenOptions['waitUntil']): Promise<number>;
  /**
   * One fresh load of a site path at a screen size, for running several checks on it:
   * clears the watch, resizes, navigates (waiting for islands when JavaScript is on) and
   * throws unless the document answers `status` (default 200; a 4xx status given here
   * is not counted as a problem).
   */
  visit(sitePath: string, options?: VisitOptions): Promise<void>;
}

export interface VisitOptions {
  viewport?: { width: number; height: number };
  /** Expected HTTP status of the document (default 200). */
  status?: number;
}

export interface Harness {
  server: DistServer;
  browser: Browser;
  /** Absolute local URL of a site path. */
  url(sitePath: string): string;
  /** A fresh context + page watched for errors and foreign requests; navigates when sitePath is given. */
  open(sitePath?: string | null, options?: OpenOptions): Promise<OpenedPage>;
  close(): Promise<void>;
}

/** Starts the dist server and a browser; call in beforeAll, close in afterAll. */
export async function openHarness(): Promise<Harness> {
  const server = await serveDist();
  let launched: LaunchedBrowser;
  try {
    launched = await launchBrowser();
  } catch (err) {
    await server.close();
    throw err;
  }
  const contexts = new Set<BrowserContext>();
  const url = (sitePath: string) => new URL(sitePath, server.url).href;

  async function open(sitePath: string | null = null, options: OpenOptions = {}): Promise<OpenedPage> {
    const context = await launched.browser.newContext({
      javaScriptEnabled: options.javaScript ?? true,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      serviceWorkers: 'block',
      ...options.context,
    });
    contexts.add(context);
    context.on('close', () => contexts.delete(context));
    for (const script of options.initScripts ?? []) await context.addInitScript({ content: script });
    const watch = new PageWatch();
    // Anything not served by our server is recorded and aborted (the network is closed anyway;
    // aborting keeps the tests fast and deterministic).
    await context.route(
      (u) => !u.href.startsWith(`${server.origin}/`) && u.protocol !== 'data:' && u.protocol !== 'blob:' && u.protocol !== 'about:',
      async (route) => {
        watch.foreignRequests.push(route.request().url());
        await route.abort('blockedbyclient');
      },
    );
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      // Chromium logs every ≥ 400 response as a console error; an expected one (the 404 page) is not a problem.
      if (/^Failed to load resource/.test(msg.text()) && watch.allowStatus.has(msg.location()?.url ?? '')) return;
      watch.consoleErrors.push(`${msg.text()}${locationOf(msg.location())}`);
    });
    page.on('pageerror', (err) => watch.pageErrors.push(String(err?.stack ?? err)));
    // net::ERR_ABORTED is the browser cancelling a request itself (the test navigated away while a
    // favicon or fetch was in flight, or a script aborted it): not a failure of the site. Real failures
    // show up as other network errors here, or as HTTP errors (badResponses) and console errors.
    page.on('requestfailed', (req) => {
      if (!req.url().startsWith(`${server.origin}/`)) return;
      const error = req.failure()?.errorText ?? 'failed';
      if (error === 'net::ERR_ABORTED') return;
      // With JavaScript off, Chromium refuses the scripts a page preloads (<link rel="modulepreload">), reporting "csp": expected.
      if (error === 'csp' && options.javaScript === false && req.resourceType() === 'script') return;
      watch.failedRequests.push(`${req.url()} (${error})`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400 && !watch.allowStatus.has(res.url())) watch.badResponses.push(`${res.status()} ${res.url()}`);
    });
    const goto = async (sitePath: string, waitUntil: OpenOptions['waitUntil'] = options.waitUntil ?? 'load') => {
      const res = await page.goto(url(sitePath), { waitUntil });
      if (options.javaScript ?? true) await waitForIslands(page);
      return res?.status() ?? 0;
    };
    const visit = async (target: string, visitOptions: VisitOptions = {}) => {
      const expected = visitOptions.status ?? 200;
      watch.reset();
      if (expected >= 400) watch.allowStatus.add(url(target));
      if (visitOptions.viewport) await page.setViewportSize(visitOptions.viewport);
      const status = await goto(target);
      if (status !== expected) throw new Error(`${target} answered HTTP ${status}, expected ${expected}`);
    };
    if (sitePath != null) await goto(sitePath);
    return { context, page, watch, goto, visit };
  }

  return {
    server,
    browser: launched.browser,
    url,
    open,
    async close() {
      await Promise.all([...contexts].map((c) => c.close().catch(() => undefined)));
      await launched.close();
      await server.close();
    },
  };
}

/**
 * The harness of one test file: call at the top level (`const h = useHarness();`); it
 * opens in beforeAll (after checking there is a build) and closes in afterAll. Use `h`
 * inside tests and hooks only.
 */
export function useHarness(): Harness {
  let opened: Harness | null = null;
  beforeAll(async () => {
    requireDist();
    opened = await openHarness();
  });
  afterAll(async () => {
    await opened?.close();
  });
  return new Proxy({} as Harness, {
    get(_target, prop) {
      if (!opened) throw new Error('The harness opens in beforeAll: use it inside tests and hooks.');
      return Reflect.get(opened, prop);
    },
  });
}

/**
 * Waits until the page's Astro islands that hydrate on their own (client:load, client:idle)
 * have hydrated — Astro removes the `ssr` attribute then. Throws a timeout error naming the
 * islands still waiting after `timeout` ms (a slow or broken hydration must not pass quietly
 * into a misleading assertion failure later).
 */
export async function waitForIslands(page: Page, timeout = 10_000): Promise<void> {
  const WAITING = 'astro-island[ssr][client="load"], astro-island[ssr][client="idle"]';
  try {
    await page.waitForFunction((sel) => !document.querySelector(sel), WAITING, { timeout, polling: 50 });
  } catch (err) {
    if (!(err instanceof Error && err.name === 'TimeoutError')) throw err;
    const waiting = await page
      .evaluate(
        (sel) => [...document.querySelectorAll(sel)].map((el) => el.getAttribute('component-url') ?? '?'),
        WAITING,
      )
      .catch(() => ['(page gone)']);
    throw new Error(`Timed out after ${timeout} ms waiting for islands to hydrate on ${page.url()}: still waiting: ${waiting.join(', ')}`);
  }
}

function locationOf(loc: { url: string; lineNumber: number } | undefined): string {
  return loc?.url ? ` (at ${loc.url}:${loc.lineNumber})` : '';
}

/** A few open pages shared by concurrent tests: each test borrows one for its whole run. */
export interface TabPool<T> {
  size: number;
  /** Runs fn with a free tab (waiting for one if all are busy), then gives it back. */
  use<R>(fn: (tab: T) => Promise<R>): Promise<R>;
}

/**
 * Opens `size` pages (each in its own context, prepared once by `prepare`) for tests
 * marked concurrent. On this 2-core machine, 2 pages let Chromium use both cores while
 * one test waits on the other; more only add contention.
 */
export async function openTabs<T>(h: Harness, size: number, prepare: (opened: OpenedPage) => Promise<T>): Promise<TabPool<T>> {
  const free: T[] = [];
  for (let i = 0; i < size; i++) free.push(await prepare(await h.open(null)));
  const waiting: ((tab: T) => void)[] = [];
  const take = () => new Promise<T>((resolve) => {
    const tab = free.pop();
    if (tab !== undefined) resolve(tab);
    else waiting.push(resolve);
  });
  const give = (tab: T) => {
    const next = waiting.shift();
    if (next) next(tab);
    else free.push(tab);
  };
  return {
    size,
    async use(fn) {
      const tab = await take();
      try {
        return await fn(tab);
      } finally {
        give(tab);
      }
    },
  };
}
