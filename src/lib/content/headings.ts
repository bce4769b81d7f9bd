/**
 * Section headings and their anchors, for Markdown and for headings that
 * components write. One configuration of rehype-autolink-headings gives every
 * h2 and h3 a visible "link to this section" control that works without
 * JavaScript: a plain link to the heading's own id.
 *
 * Ids are frozen. A heading in content/pages/ ends with its id in braces,
 * "## Why the courts said no {#why-the-courts-said-no}", so rewording it never
 * changes its address; the build stops if one is missing. Old ids that must
 * keep working are listed in content/anchor-aliases.json (see anchors.ts).
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { aliasesFor, sitePathOfPageFile } from './anchors';
import { siteWords } from '../../../content/site/words';

const SECTION_LEVELS = new Set(['h2', 'h3']);
const EXPLICIT_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/** The text of a hast node, without an existing section link. */
function textOf(node: RootContent | Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && (node.properties?.className as string[] | undefined)?.includes('section-link')) return '';
  if ('children' in node) return node.children.map((c) => textOf(c as ElementContent)).join('');
  return '';
}

export function stripTags(html: string): string {
  return textOf(fromHtml(html, { fragment: true })).replace(/\s+/g, ' ').trim();
}

function eachElement(node: Root | Element, visit: (el: Element, parent: Root | Element, index: number) => void) {
  node.children.forEach((child, index) => {
    if (child.type === 'element') {
      visit(child, node, index);
      eachElement(child, visit);
    }
  });
}

/** A space between the heading's text and the "#" link that will follow it. */
function spaceBeforeLink(el: Element) {
  const last = el.children.at(-1);
  if (last?.type === 'text') last.value = `${last.value.replace(/\s+$/, '')} `;
  else el.children.push({ type: 'text', value: ' ' });
}

/** The options of rehype-autolink-headings: one visible "#" link appended to each h2 and h3. */
export const sectionLinkOptions: AutolinkOptions = {
  behavior: 'append',
  test: (node) => SECTION_LEVELS.has(node.tagName),
  headingProperties: { className: ['section-heading'] },
  properties: { className: ['section-link'] },
  content: (heading) => [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    {
      type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] },
      children: [{ type: 'text', value: siteWords.sectionLink(textOf(heading).replace(/\s+/g, ' ').trim()) }],
    },
  ],
};

/**
 * Reads "{#id}" at the end of a heading into its id. In content/pages/ every
 * h2 and h3 must have one, and each old id listed for the page in
 * content/anchor-aliases.json gets an empty element inside its new heading.
 */
export function rehypeExplicitHeadingIds() {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const sitePath = sitePathOfPageFile(path);
    const seen = new Set<string>();
    eachElement(tree, (el) => {
      if (!/^h[1-6]$/.test(el.tagName)) return;
      const last = el.children.at(-1);
      if (last?.type === 'text') {
        const m = last.value.match(EXPLICIT_ID);
        if (m) {
          last.value = last.value.replace(EXPLICIT_ID, '');
          el.properties = { ...el.properties, id: m[1] };
        }
      }
      if (SECTION_LEVELS.has(el.tagName)) spaceBeforeLink(el);
      if (!SECTION_LEVELS.has(el.tagName) || !sitePath) return;
      const id = el.properties?.id;
      const title = textOf(el).trim();
      if (typeof id !== 'string') {
        throw new Error(`${path}: the heading "${title}" has no id. End it with a permanent id, for example "## ${title} {#${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}}". Keep an id when you reword a heading: people link to it.`);
      }
      if (seen.has(id)) throw new Error(`${path}: two headings use the id "${id}"`);
      seen.add(id);
      const aliases = aliasesFor(sitePath, id);
      if (aliases.length > 0) {
        el.children.unshift(...aliases.map((old): Element => ({ type: 'element', tagName: 'span', properties: { id: old, className: ['anchor-alias'] }, children: [] })));
      }
    });
  };
}

/** The rehype plugins for Markdown, in order (astro.config.mjs). */
export const headingPlugins = [
  rehypeExplicitHeadingIds,
  rehypeHeadingIds,
  [rehypeAutolinkHeadings, sectionLinkOptions],
] as const;

const autolink = rehypeAutolinkHeadings(sectionLinkOptions) as unknown as (tree: Root) => void;

/** Adds the section links to already-rendered HTML (headings that have ids), the way Markdown pages get them. */
export function addSectionLinks(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  eachElement(tree, (el) => {
    if (SECTION_LEVELS.has(el.tagName) && typeof el.properties?.id === 'string') spaceBeforeLink(el);
  });
  autolink(tree);
  return toHtml(tree);
}

/** The markup of a linkable heading written by a component; `inner` is trusted HTML from our own content. */
export function sectionHeading(level: number, id: string, inner: string, aliases: readonly string[] = []): string {
  const heading: Element = {
    type: 'element', tagName: `h${level}`, properties: { id },
    children: [
      ...aliases.map((old): Element => ({ type: 'element', tagName: 'span', properties: { id: old, className: ['anchor-alias'] }, children: [] })),
      ...(fromHtml(inner, { fragment: true }).children as ElementContent[]),
    ],
  };
  spaceBeforeLink(heading);
  const tree: Root = { type: 'root', children: [heading] };
  autolink(tree);
  return toHtml(tree);
}

/** The h2/h3 sections of rendered HTML, for the search index and tests. */
export function sectionsOf(html: string): { id: string; level: number; title: string }[] {
  const out: { id: string; level: number; title: string }[] = [];
  eachElement(fromHtml(html, { fragment: true }), (el) => {
    if (SECTION_LEVELS.has(el.tagName) && typeof el.properties?.id === 'string') {
      out.push({ id: el.properties.id, level: Number(el.tagName[1]), title: textOf(el).replace(/\s+/g, ' ').trim() });
    }
  });
  return out;
}
