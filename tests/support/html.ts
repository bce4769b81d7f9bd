/** Parsing helpers for tests that read built HTML. */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';

export type { HTMLElement };

const cache = new Map<string, HTMLElement>();

/** Parses a built HTML file (cached per file for the test run). */
export function parseFile(file: string): HTMLElement {
  let root = cache.get(file);
  if (!root) {
    root = parseHtml(readFileSync(file, 'utf8'));
    cache.set(file, root);
  }
  return root;
}

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
}

/** The <head> of a built HTML file, parsed on its own (fast: for the meta tags of thousands of pages). Not cached. */
export function headParsed(file: string): HTMLElement {
  const html = readFileSync(file, 'utf8');
  const end = html.indexOf('</head>');
  return parseHtml(end === -1 ? html : html.slice(0, end + '</head>'.length));
}

/** The content of a page's <meta name="robots"> ('' when it has none). */
export function robotsOf(root: HTMLElement): string {
  return root.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
}

/** Frees the parse cache (large test runs). */
export function clearParseCache(): void {
  cache.clear();
}

/** All id values in a document (with repeats), plus <a name> targets. */
export function idsOf(root: HTMLElement): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('[id]')) out.push(el.getAttribute('id') ?? '');
  for (const el of root.querySelectorAll('a[name]')) out.push(el.getAttribute('name') ?? '');
  return out;
}
