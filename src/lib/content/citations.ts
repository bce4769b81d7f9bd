/**
 * Turns the citation markers that writers put in Markdown ("[@source-id]")
 * into numbered links to the page's source list, and checks that the
 * markers and the front matter's `sources` agree, so that no claim cites a
 * source the reader cannot see and no listed source goes unused.
 *
 * The numbers readers see follow the order of the sources; the anchors do
 * not: a source's entry is `#source-<source id>` on every page, so adding a
 * citation never changes the address of an entry someone has linked to.
 */
import { citeMark } from '../../../content/site/cite-mark';
import { escapeHtml } from '../html';

import { refusedHostsIn } from './hosts';

/** The anchor of a source's entry in a page's source list: frozen, whatever its number. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}
export interface CitationResult {
  html: string;
  /** For each source number (1-based), the ids of the marks that cite it, for back-links. */
  usesBySource: Map<number, string[]>;
}

const MARKER = /\[@([a-z0-9][a-z0-9-]*)\]/g;

export function citedIds(text: string): string[] {
  return [...new Set([...text.matchAll(MARKER)].map((m) => m[1]))];
}

export function linkCitations(html: string, sourceIds: readonly string[], file: string): CitationResult {
  const refused = refusedHostsIn(html);
  if (refused.length > 0) {
    throw new Error(`${file}: the text names ${refused.join(', ')}, a host this site refuses (src/lib/content/hosts.ts REFUSED_HOSTS): link the original or an official copy instead`);
  }
  const cited = citedIds(html);
  const unknown = cited.filter((id) => !sourceIds.includes(id));
  if (unknown.length > 0) {
    throw new Error(`${file}: the text cites [@${unknown.join('], [@')}] but the front matter "sources" does not list it`);
  }
  const unused = sourceIds.filter((id) => !cited.includes(id));
  if (unused.length > 0) {
    throw new Error(`${file}: the front matter "sources" lists ${unused.join(', ')} but the text never cites it with [@id]`);
  }
  const usesBySource = new Map<number, string[]>();
  const out = html.replace(MARKER, (_all, id: string) => {
    const n = sourceIds.indexOf(id) + 1;
    const uses = usesBySource.get(n) ?? [];
    const markId = `cite-${id}-${uses.length + 1}`;
    uses.push(markId);
    usesBySource.set(n, uses);
    return `<sup class="cite"><a href="#${sourceAnchor(id)}" id="${markId}" aria-label="${escapeHtml(citeMark(n))}">[${n}]</a></sup>`;
  });
  return { html: out, usesBySource };
}

/**
 * Numbers sources cited by data shown on a page (timeline events, glossary
 * terms) after the ones cited in its text, so one numbered list serves both.
 */
export class CitationNumbers {
  readonly ids: string[];
  readonly usesBySource: Map<number, string[]>;

  constructor(textIds: readonly string[], textUses: Map<number, string[]>) {
    this.ids = [...textIds];
    this.usesBySource = new Map([...textUses].map(([n, uses]) => [n, [...uses]]));
  }

  cite(id: string): { n: number; markId: string; id: string } {
    let index = this.ids.indexOf(id);
    if (index === -1) index = this.ids.push(id) - 1;
    const n = index + 1;
    const uses = this.usesBySource.get(n) ?? [];
    const markId = `cite-${id}-${uses.length + 1}`;
    uses.push(markId);
    this.usesBySource.set(n, uses);
    return { n, markId, id };
  }
}
