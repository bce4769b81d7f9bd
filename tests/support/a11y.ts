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
}

/**
 * Presses Tab through the whole page and reports each stop. Call on a freshly
 * loaded page with nothing focused: the unfocused style of every focusable element
 * is recorded first, then each Tab stop's focused style is compared with it
 * (see focusIndicatorChange). A control that is visually replaced by its label
 * (opacity 0 radio or checkbox drawn by the label, as GOV.UK radios are) shows
 * focus through the label, so its labels are compared too.
 */
export async function tabThroughPage(page: Page, maxStops = 1000): Promise<TabStop[]> {
  const count = (await page.evaluate(`(() => {
    ${FOCUS_STYLE_FN}
    const sel = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable=true]';
    window.__kbBefore = {};
    let i = 0;
    for (const el of document.querySelectorAll(sel)) {
      el.setAttribute('data-test-kb', String(i));
      window.__kbBefore[i] = { self: focusStyle(el), labels: [...(el.labels || [])].map(focusStyle) };
      i++;
    }
    return i;
  })()`)) as number;
  const stops: TabStop[] = [];
  const seen = new Set<string>();
  const limit = Math.min(count + 5, maxStops);
  for (let n = 0; n < limit; n++) {
    await page.keyboard.press('Tab');
    const info = (await page.evaluate(`(() => {
      ${FOCUS_STYLE_FN}
      ${CSS_PATH_FN}
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      let opacity = 1;
      for (let e = el; e; e = e.parentElement) opacity *= parseFloat(getComputedStyle(e).opacity);
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      const key = el.getAttribute('data-test-kb');
      return {
        key, path: cssPath(el),
        text: (el.textContent || el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || '').replace(/\\s+/g, ' ').trim().slice(0, 40),
        hidden: opacity < 0.05 || r.width * r.height <= 1 || cs.visibility === 'hidden',
        self: focusStyle(el),
        labels: [...(el.labels || [])].map(focusStyle),
        before: key != null && window.__kbBefore ? window.__kbBefore[key] : null,
      };
    })()`)) as {
      key: string | null;
      path: string;
      text: string;
      hidden: boolean;
      self: FocusStyle;
      labels: FocusStyle[];
      before: { self: FocusStyle; labels: FocusStyle[] } | null;
    } | null;
    if (!info) break; // focus left the document: end of the tab order
    const id = info.key ?? info.path;
    if (seen.has(id)) break; // wrapped around
    seen.add(id);
    if (!info.before) {
      // Added after load (e.g. by an island): nothing recorded to compare with.
      stops.push({ path: info.path, text: info.text, indicator: 'not compared (element added after load)', invisible: false });
      continue;
    }
    let indicator = info.hidden ? null : focusIndicatorChange(info.before.self, info.self);
    if (!indicator) {
      for (let i = 0; i < info.labels.length && !indicator; i++) {
        const before = info.before.labels[i];
        const change = before ? focusIndicatorChange(before, info.labels[i]) : null;
        if (change) indicator = `label: ${change}`;
      }
    }
    stops.push({ path: info.path, text: info.text, indicator, invisible: info.hidden && !indicator });
  }
  return stops;
}
