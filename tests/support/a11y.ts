/**
 * Accessibility checks run in a live page: axe-core, reflow / text-resize
 * measurements and keyboard focus visibility. Shared by the e2e tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './dist';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeSource: string | null = null;

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/**
 * Runs axe-core in the page and returns its violations, formatted one per line.
 *
 * Injection: the site's CSP has no 'unsafe-inline', so page.addScriptTag({content})
 * is blocked (and logs a CSP console error). page.evaluate(source) runs through the
 * DevTools protocol, which CSP does not govern, so no bypassCSP context is needed and
 * the page is tested under its real policy.
 */
export async function runAxe(page: Page, label = ''): Promise<string[]> {
  axeSource ??= readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations),
    AXE_TAGS,
  )) as AxeViolation[];
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${label}[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} — ${JSON.stringify(n.target)}\n` +
        `      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}\n      ${v.helpUrl}`,
    ),
  );
}

/** A short CSS-like path to an element, for messages (runs in the page). */
export const CSS_PATH_FN = `
  function cssPath(el) {
    const parts = [];
    while (el && el.nodeType === 1 && parts.length < 5) {
      let s = el.localName;
      if (el.id) { parts.unshift(s + '#' + el.id); break; }
      const cls = [...el.classList].filter((c) => !c.startsWith('astro-')).slice(0, 2);
      if (cls.length) s += '.' + cls.join('.');
      const parent = el.parentElement;
      if (parent) {
        const same = [...parent.children].filter((c) => c.localName === el.localName);
        if (same.length > 1) s += ':nth-of-type(' + (same.indexOf(el) + 1) + ')';
      }
      parts.unshift(s);
      el = parent;
    }
    return parts.join(' > ');
  }
`;

export interface LayoutReport {
  scrollWidth: number;
  clientWidth: number;
  /** Elements sticking out to the right of the viewport (when the page scrolls sideways). */
  overflowing: string[];
  /** Elements that hide part of their text (overflow hidden/clip or text-overflow with more content than room). */
  clipped: string[];
}

/**
 * Horizontal scrolling and clipped text at the current viewport.
 * Scroll containers (overflow auto/scroll) do not count as clipping: their
 * content can still be reached. Visually hidden text (1×1 px clip) is skipped.
 */
export async function layoutReport(page: Page): Promise<LayoutReport> {
  return page.evaluate(`(() => {
    ${CSS_PATH_FN}
    const de = document.documentElement;
    const cw = de.clientWidth;
    const overflowing = [];
    const clipped = [];
    const hasText = (el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) || (el.innerText || '').trim().length > 0;
    for (const el of document.body.querySelectorAll('*')) {
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) continue; // visually hidden
      if (de.scrollWidth > cw && r.right > cw + 1 && r.width > 0) {
        // Report the innermost offenders only.
        const childOver = [...el.children].some((c) => c.getBoundingClientRect().right > cw + 1);
        if (!childOver) overflowing.push(cssPath(el) + ' (right edge ' + Math.round(r.right) + ' px > ' + cw + ' px)');
      }
      const clipsX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      const clipsY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
      if ((clipsX || clipsY || cs.textOverflow === 'ellipsis') && hasText(el)) {
        const overX = el.scrollWidth > el.clientWidth + 1;
        const overY = el.scrollHeight > el.clientHeight + 1;
        if ((clipsX || cs.textOverflow === 'ellipsis') && overX || clipsY && overY) {
          clipped.push(cssPath(el) + ' (content ' + el.scrollWidth + '×' + el.scrollHeight + ' in ' + el.clientWidth + '×' + el.clientHeight + ')');
        }
      }
    }
    return { scrollWidth: de.scrollWidth, clientWidth: cw, overflowing: overflowing.slice(0, 10), clipped: clipped.slice(0, 10) };
  })()`);
}

/** Computed font sizes (px) of every visible element that has its own text, keyed by a stamp. */
export async function stampTextFontSizes(page: Page): Promise<number> {
  return page.evaluate(() => {
    let i = 0;
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim());
      if (!own) continue;
      el.dataset.testFs = getComputedStyle(el).fontSize;
      i++;
    }
    return i;
  });
}

/** Elements whose text did not grow to at least `factor` × its stamped size after a text-size change. */
export async function textThatDidNotGrow(page: Page, factor: number): Promise<string[]> {
  return page.evaluate(
    `(() => {
      ${CSS_PATH_FN}
      const out = [];
      for (const el of document.querySelectorAll('[data-test-fs]')) {
        const before = parseFloat(el.dataset.testFs);
        const after = parseFloat(getComputedStyle(el).fontSize);
        if (after < before * ${factor} - 0.5) out.push(cssPath(el) + ' (' + before + ' px → ' + after + ' px)');
      }
      return out.slice(0, 15);
    })()`,
  ) as Promise<string[]>;
}

/** The focus-relevant computed style of an element. */
export interface FocusStyle {
  outline: string;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
  backgroundColor: string;
  border: string;
  color: string;
  textDecoration: string;
}

/** Runs in the page: the focus-relevant style of an element. */
export const FOCUS_STYLE_FN = `
  function focusStyle(el) {
    const cs = getComputedStyle(el);
    return {
      outline: cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor,
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth) || 0,
      outlineColor: cs.outlineColor,
      boxShadow: cs.boxShadow,
      backgroundColor: cs.backgroundColor,
      // Only borders that can be seen (a 0-width border following currentColor changes nothing on screen).
      border: ['Top', 'Right', 'Bottom', 'Left'].map((s) =>
        parseFloat(cs['border' + s + 'Width']) > 0 && cs['border' + s + 'Style'] !== 'none' && cs['border' + s + 'Style'] !== 'hidden'
          ? cs['border' + s + 'Width'] + ' ' + cs['border' + s + 'Style'] + ' ' + cs['border' + s + 'Color'] : 'none').join(','),
      color: cs.color,
      textDecoration: cs.textDecorationLine + ' ' + cs.textDecorationThickness,
    };
  }
`;

/** True when a CSS color is fully transparent. */
export function isTransparent(color: string): boolean {
  if (color === 'transparent') return true;
  const m = color.match(/rgba?\(([^)]+)\)/);
  if (!m) return false;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean);
  return parts.length === 4 && parseFloat(parts[3]) === 0;
}

/**
 * Whether focus is visibly indicated: compared with the element's unfocused style,
 * it gains a visible outline, a (different) box-shadow, a different background or a
 * different border. A transparent outline (the site's forced-colors fallback) alone
 * does not count.
 */
export function focusIndicatorChange(before: FocusStyle, after: FocusStyle): string | null {
  const outlineVisible = after.outlineStyle !== 'none' && after.outlineWidth >= 1 && !isTransparent(after.outlineColor);
  if (outlineVisible && after.outline !== before.outline) return `outline ${after.outline}`;
  if (after.boxShadow !== before.boxShadow && after.boxShadow !== 'none') return `box-shadow ${after.boxShadow}`;
  if (after.backgroundColor !== before.backgroundColor) return `background ${before.backgroundColor} → ${after.backgroundColor}`;
  if (after.border !== before.border && after.border !== 'none,none,none,none') return `border ${after.border}`;
  return null;
}

export interface TabStop {
  path: string;
  text: string;
  /** How focus shows, or null when nothing visible changes. */
  indicator: string | null;
  /** Focused element takes no room on screen (and has no visible label that changes). */
  invisible: boolean;
  /**
   * How the stop was checked: reached by a real Tab key press, focused by script in the
   * document's Tab order, or judged by an element of the same kind that was (see keyboardReport).
   */
  reached?: 'tab' | 'focus()' | 'same kind';
}

/** What can receive focus (by Tab, or by script). */
const FOCUSABLE =
  'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable=true]';

/**
 * Runs in the page (freshly loaded, nothing focused): numbers every focusable element
 * (data-test-kb), records its unfocused style, and records every focus from now on in
 * window.__kb.stops, computed in the focusin handler itself, so walking the Tab order
 * costs one browser round trip per stop (the key press) and one read at the end.
 */
const KEYBOARD_RECORDER = `(() => {
  ${FOCUS_STYLE_FN}
  ${CSS_PATH_FN}
  if (window.__kb) return window.__kb.count;
  const before = {};
  let count = 0;
  for (const el of document.querySelectorAll(${JSON.stringify(FOCUSABLE)})) {
    el.setAttribute('data-test-kb', String(count));
    before[count] = { self: focusStyle(el), labels: [...(el.labels || [])].map(focusStyle) };
    count++;
  }
  const stops = [];
  let late = 0;
  // Opacity of each ancestor, cached: focus does not change it (only the focused element's own style is read fresh).
  const opacities = new Map();
  const opacityOf = (e) => {
    if (!e) return 1;
    if (!opacities.has(e)) opacities.set(e, parseFloat(getComputedStyle(e).opacity) * opacityOf(e.parentElement));
    return opacities.get(e);
  };
  const describe = (el) => {
    const opacity = parseFloat(getComputedStyle(el).opacity) * opacityOf(el.parentElement);
    const r = el.getBoundingClientRect();
    let key = el.getAttribute('data-test-kb');
    if (key == null) {
      key = 'late-' + late++;
      el.setAttribute('data-test-kb', key);
    }
    return {
      key,
      path: cssPath(el),
      text: (el.textContent || el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || '').replace(/\\s+/g, ' ').trim().slice(0, 40),
      hidden: opacity < 0.05 || r.width * r.height <= 1 || getComputedStyle(el).visibility === 'hidden',
      onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
      isSkipLink: el.matches('a.skip-link'),
      focusVisible: el.matches(':focus-visible'),
      self: focusStyle(el),
      labels: [...(el.labels || [])].map(focusStyle),
      before: before[key] ?? null,
    };
  };
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof Element) stops.push(describe(e.target));
  }, true);
  window.__kb = { count, stops, before };
  return count;
})()`;

/**
 * Runs in the page: the elements that sequential focus navigation visits, in order
 * (positive tabindex first, then document order; disabled, inert and unrendered
 * elements skipped; one stop per radio group, its checked radio or else its first).
 */
const TAB_ORDER_FN = `
  function tabOrder() {
    const els = [...document.querySelectorAll(${JSON.stringify(FOCUSABLE)})].filter((el) =>
      el.tabIndex >= 0 && !el.matches(':disabled') && !el.closest('[inert]') &&
      (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0));
    const groups = new Map();
    for (const el of els) {
      if (el.localName !== 'input' || el.type !== 'radio' || !el.name) continue;
      const owner = el.form || document;
      const key = el.name;
      if (!groups.has(owner)) groups.set(owner, new Map());
      const g = groups.get(owner);
      if (!g.has(key)) g.set(key, []);
      g.get(key).push(el);
    }
    const radioStop = new Set();
    for (const g of groups.values()) for (const radios of g.values()) radioStop.add(radios.find((r) => r.checked) || radios[0]);
    const stops = els.filter((el) => !(el.localName === 'input' && el.type === 'radio' && el.name) || radioStop.has(el));
    const positive = stops.filter((el) => el.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex);
    return [...positive, ...stops.filter((el) => el.tabIndex === 0)];
  }
`;

interface RecordedStop {
  key: string;
  path: string;
  text: string;
  hidden: boolean;
  onScreen: boolean;
  isSkipLink: boolean;
  focusVisible: boolean;
  self: FocusStyle;
  labels: FocusStyle[];
  before: { self: FocusStyle; labels: FocusStyle[] } | null;
}

function toTabStop(info: RecordedStop, reached: NonNullable<TabStop['reached']>): TabStop {
  if (!info.before) {
    // Added after load (e.g. by an island): nothing recorded to compare with.
    return { path: info.path, text: info.text, indicator: 'not compared (element added after load)', invisible: false, reached };
  }
  let indicator = info.hidden ? null : focusIndicatorChange(info.before.self, info.self);
  for (let i = 0; i < info.labels.length && !indicator; i++) {
    const before = info.before.labels[i];
    const change = before ? focusIndicatorChange(before, info.labels[i]) : null;
    if (change) indicator = `label: ${change}`;
  }
  return { path: info.path, text: info.text, indicator, invisible: info.hidden && !indicator, reached };
}

/** Installs the focus recorder (idempotent); returns the number of focusable elements. */
async function installKeyboardRecorder(page: Page): Promise<number> {
  return (await page.evaluate(KEYBOARD_RECORDER)) as number;
}

/** Presses Tab up to `presses` times and returns the distinct stops reached, in order (stops at the first repeat). */
async function pressTabs(page: Page, presses: number): Promise<RecordedStop[]> {
  const start = (await page.evaluate('window.__kb.stops.length')) as number;
  for (let n = 0; n < presses; n++) await page.keyboard.press('Tab');
  const recorded = (await page.evaluate(`window.__kb.stops.slice(${start})`)) as RecordedStop[];
  const seen = new Set<string>();
  const out: RecordedStop[] = [];
  for (const info of recorded) {
    const id = info.key;
    if (seen.has(id)) break; // wrapped around
    seen.add(id);
    out.push(info);
  }
  return out;
}

export interface KeyboardReport {
  /** Every Tab stop, in Tab order (see keyboardReport for how each was checked). */
  stops: TabStop[];
  /** Everything wrong, one line each (empty when all is well). */
  problems: string[];
}

export interface KeyboardOptions {
  /** Real Tab presses before the rest of the Tab order is checked by script (default 30). */
  walkStops?: number;
  /** Check the skip link: the first Tab reaches a visible a.skip-link and Enter on it moves focus to <main> (default true). */
  skipLink?: boolean;
  /** How long Enter on the skip link may take to move focus, in ms (default 2000). */
  timeout?: number;
}

/**
 * Runs in the page: what decides an element's focus style — its tag, type, classes and
 * its ancestors' tags and classes (what CSS selectors can see), and its own unfocused
 * style and its labels' — as one string. Elements with the same kind show focus the same way.
 */
const KIND_FN = `
  function kindOf(el, before) {
    const chain = [];
    for (let e = el, i = 0; e && i < 6; e = e.parentElement, i++) chain.push(e.localName + '.' + [...e.classList].sort().join('.'));
    return JSON.stringify([chain, el.getAttribute('type'), el.getAttribute('role'), el.hasAttribute('tabindex'), before]);
  }
`;

/**
 * The keyboard check of a page (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7), on a freshly loaded page
 * with nothing focused. Pressing Tab through a long page costs a browser round trip per
 * stop (the review measured 16.8 s for 665 links), and the first focus() of each element
 * costs the browser a few ms, so:
 *
 * 1. Tab is pressed `walkStops` times, as a person would (one round trip per stop; the
 *    styles are read in a focusin handler, in the page);
 * 2. the rest of the Tab order is computed in the page (positive tabindex first, then
 *    source order, one stop per radio group), and the stops walked must match its
 *    beginning (a difference is reported, as is Tab wrapping early);
 * 3. the rest is checked in one evaluate: one element of each kind (same tag, type,
 *    classes, ancestors' tags and classes and same unfocused style: what CSS can
 *    distinguish) is focused with focus() — after keyboard focus, script focus matches
 *    :focus-visible too (checked per element), so its style is the one Tab would show —
 *    and every element hidden before focus is focused itself;
 * 4. every stop must show a visible focus indicator (focusIndicatorChange);
 * 5. with skipLink: the first stop is a.skip-link and on screen, and Enter on it moves
 *    focus to <main> within `timeout` (a timeout is reported as such).
 *
 * Leaves focus on <main> (with skipLink) or on the last element focused.
 */
export async function keyboardReport(page: Page, options: KeyboardOptions = {}): Promise<KeyboardReport> {
  const walkStops = options.walkStops ?? 30;
  const problems: string[] = [];
  const count = await installKeyboardRecorder(page);
  const presses = Math.min(walkStops, count + 1);
  const walked = await pressTabs(page, presses);
  const rest = (await page.evaluate(
    `((walkedKeys) => {
      ${TAB_ORDER_FN}
      ${KIND_FN}
      ${CSS_PATH_FN}
      const order = tabOrder();
      const keyOf = (el) => el.getAttribute('data-test-kb') ?? 'unrecorded';
      const describe = (el) => el.localName + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 40) + '"';
      const seen = new Set(walkedKeys);
      const remaining = order.filter((el) => !seen.has(keyOf(el)));
      const hiddenNow = (el) => {
        const r = el.getBoundingClientRect();
        return r.width * r.height <= 1 || getComputedStyle(el).opacity === '0' || getComputedStyle(el).visibility === 'hidden';
      };
      const firstOfKind = new Map();
      const judged = [];
      for (const el of remaining) {
        const before = window.__kb.before[keyOf(el)];
        const kind = before ? kindOf(el, before) : null;
        const like = kind != null && !hiddenNow(el) ? firstOfKind.get(kind) : undefined;
        if (like) {
          judged.push({ like, path: cssPath(el), text: (el.textContent || el.getAttribute('aria-label') || '').replace(/\\s+/g, ' ').trim().slice(0, 40) });
          continue;
        }
        const at = window.__kb.stops.length;
        el.focus({ preventScroll: true });
        const stop = window.__kb.stops[at];
        if (!stop) { judged.push({ failed: cssPath(el) }); continue; }
        judged.push({ stop });
        if (kind != null && !hiddenNow(el)) firstOfKind.set(kind, stop.key);
      }
      return {
        expected: order.slice(0, walkedKeys.length).map(keyOf),
        expectedText: order.slice(0, walkedKeys.length).map(describe),
        judged,
      };
    })(${JSON.stringify(walked.map((s) => s.key))})`,
  )) as {
    expected: string[];
    expectedText: string[];
    judged: ({ stop: RecordedStop } | { like: string; path: string; text: string } | { failed: string })[];
  };

  // The walked prefix must be the page's Tab order (else the rest, checked by script, is not what Tab would reach).
  const mismatch = walked.findIndex((s, i) => s.key !== rest.expected[i]);
  if (mismatch !== -1) {
    problems.push(
      `Tab order: stop ${mismatch + 1} is ${walked[mismatch].path} "${walked[mismatch].text}", but the document order ` +
        `(positive tabindex first, then source order) expects ${rest.expectedText[mismatch] ?? 'no more stops'}`,
    );
  } else if (walked.length < presses && rest.judged.length > 0) {
    problems.push(`Tab order: Tab wrapped after ${walked.length} stop(s), but ${rest.judged.length} more element(s) are in the Tab order`);
  }

  const stops = walked.map((s) => toTabStop(s, 'tab'));
  const byKey = new Map<string, TabStop>();
  for (const j of rest.judged) {
    if ('failed' in j) {
      problems.push(`${j.failed}: in the Tab order but did not take focus from focus()`);
    } else if ('stop' in j) {
      if (!j.stop.focusVisible) problems.push(`${j.stop.path} "${j.stop.text}": focused by script after keyboard focus but not :focus-visible, so its focus style cannot be judged`);
      const stop = toTabStop(j.stop, 'focus()');
      byKey.set(j.stop.key, stop);
      stops.push(stop);
    } else {
      const like = byKey.get(j.like);
      if (like) stops.push({ ...like, path: j.path, text: j.text, reached: 'same kind' });
    }
  }
  if (stops.length === 0) problems.push('no Tab stops at all');
  for (const s of stops.filter((x) => !x.indicator)) {
    problems.push(`${s.path} "${s.text}" (${s.reached}): ${s.invisible ? 'focused element is invisible and nothing visible changes' : 'no visible focus indicator'}`);
  }

  if (options.skipLink ?? true) {
    const first = walked[0];
    if (!first?.isSkipLink) problems.push(`first Tab focused ${first ? `${first.path} "${first.text}"` : 'nothing'}, not a.skip-link`);
    else if (!first.onScreen) problems.push('the skip link is focused but not on screen');
    else problems.push(...(await skipLinkProblems(page, options.timeout ?? 2000)));
  }
  return { stops, problems };
}

/** Focuses the skip link, presses Enter and waits until focus is on <main>; a timeout is reported with where focus is instead. */
async function skipLinkProblems(page: Page, timeout: number): Promise<string[]> {
  await page.evaluate(() => document.querySelector<HTMLElement>('a.skip-link')?.focus());
  await page.keyboard.press('Enter');
  try {
    await page.waitForFunction(() => document.activeElement === document.querySelector('main') && location.hash === '#main', null, {
      timeout,
      polling: 50,
    });
    return [];
  } catch (err) {
    if (!isTimeout(err)) throw err;
    const state = await page.evaluate(() => ({
      hash: location.hash,
      active: document.activeElement ? `${document.activeElement.localName}#${document.activeElement.id}` : 'nothing',
    }));
    return [`Enter on the skip link: timed out after ${timeout} ms waiting for focus on <main> and #main in the address; focus is on ${state.active}, hash "${state.hash}"`];
  }
}

/** True for Playwright's TimeoutError. */
export function isTimeout(err: unknown): boolean {
  return err instanceof Error && err.name === 'TimeoutError';
}

/**
 * Reflow (WCAG 1.4.10) at each width, by resizing the loaded page (no reload): no
 * horizontal scrolling, no text clipped by overflow. 320 CSS px is what a 1280 px
 * window shows at 400 % zoom, 640 px the same window at 200 % (browser zoom divides the
 * CSS-pixel viewport). Restores the viewport it found.
 */
export async function reflowProblems(page: Page, widths: readonly number[] = [320, 640]): Promise<string[]> {
  const original = page.viewportSize();
  const problems: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: Math.round(width * 0.8) });
    const r = await layoutReport(page);
    if (r.scrollWidth > r.clientWidth) {
      problems.push(`${width} px: page scrolls sideways (scrollWidth ${r.scrollWidth} > clientWidth ${r.clientWidth}); widest: ${r.overflowing.join('; ')}`);
    }
    for (const c of r.clipped) problems.push(`${width} px: clipped text: ${c}`);
  }
  if (original) await page.setViewportSize(original);
  return problems;
}

/**
 * Resize text (WCAG 1.4.4) on the loaded page: sets the root font size to 200 % (as a larger
 * default font size or "zoom text only" does) and checks that all text grew to about twice
 * its size, without sideways scrolling or clipped text. Whole-page zoom is the 640 px reflow
 * check. Restores the font size afterwards.
 */
export async function textResizeProblems(page: Page): Promise<string[]> {
  await stampTextFontSizes(page);
  // CSSOM changes are allowed under the site's CSP (style-src without 'unsafe-inline' only blocks markup styles).
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  const problems: string[] = [];
  for (const t of await textThatDidNotGrow(page, 1.9)) problems.push(`text did not grow to 200 %: ${t}`);
  const r = await layoutReport(page);
  if (r.scrollWidth > r.clientWidth) problems.push(`page scrolls sideways (${r.scrollWidth} > ${r.clientWidth}); widest: ${r.overflowing.join('; ')}`);
  for (const c of r.clipped) problems.push(`clipped text: ${c}`);
  await page.evaluate(() => {
    document.documentElement.style.removeProperty('font-size');
    for (const el of document.querySelectorAll<HTMLElement>('[data-test-fs]')) delete el.dataset.testFs;
  });
  return problems;
}
