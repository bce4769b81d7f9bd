/**
 * Heading anchors in Markdown: "{#id}" freezes a heading's id, content pages
 * must give one, the visible "#" link comes from rehype-autolink-headings,
 * and old ids listed in content/anchor-aliases.json keep working.
 */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { rehypeExplicitHeadingIds, sectionHeading, sectionLinkOptions, sectionsOf } from '../../../src/lib/content/headings';
import { aliasesFor, allAliases, sitePathOfPageFile } from '../../../src/lib/content/anchors';

function render(html: string, path: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypeExplicitHeadingIds()(tree, { path });
  (rehypeAutolinkHeadings(sectionLinkOptions) as unknown as (t: Root) => void)(tree);
  return toHtml(tree);
}

describe('explicit, frozen heading ids', () => {
  it('takes the id from "{#id}" and removes it from the text, whatever the wording', () => {
    const out = render('<h2>Why the judges refused to act {#why-the-courts-said-no}</h2>', '/x/content/pages/policy.md');
    expect(out).toContain('<h2 id="why-the-courts-said-no" class="section-heading">Why the judges refused to act <a class="section-link" href="#why-the-courts-said-no">');
    expect(out).toContain('Link to the section “Why the judges refused to act”');
    expect(out).not.toContain('{#');
  });

  it('stops the build when a heading in content/pages has no id, naming the file and the heading', () => {
    expect(() => render('<h2>Fees</h2>', '/x/content/pages/expungement.md')).toThrow(/content\/pages\/expungement\.md: the heading "Fees" has no id.*\{#fees\}/);
  });

  it('stops the build when two headings on a page share an id', () => {
    expect(() => render('<h2>A {#same}</h2><h3>B {#same}</h3>', '/x/content/pages/help.md')).toThrow(/two headings use the id "same"/);
  });

  it('leaves headings outside content/pages to the usual slug ids', () => {
    expect(render('<h2>Fees</h2>', '/x/content/screening/paths/stet.md')).not.toContain('id=');
  });

  it('puts each old id listed for the page inside the heading it now means', () => {
    const aliases = allAliases();
    const [page, map] = Object.entries(aliases).find(([, m]) => Object.values(m).some((t) => !t.startsWith('source-')))!;
    const [old, target] = Object.entries(map).find(([, t]) => !t.startsWith('source-'))!;
    expect(aliasesFor(page, target)).toContain(old);
    expect(sitePathOfPageFile('/repo/content/pages/index.md')).toBe('/');
    expect(sitePathOfPageFile('/repo/content/pages/history.md')).toBe('/history/');
    expect(sitePathOfPageFile('/repo/content/screening/paths/stet.md')).toBeNull();
  });
});

describe('component headings', () => {
  it('write the same markup, with old ids as empty elements inside the heading', () => {
    const html = sectionHeading(2, 'sources-heading', 'Sources', ['old-sources']);
    expect(html).toBe('<h2 id="sources-heading" class="section-heading"><span id="old-sources" class="anchor-alias"></span>Sources <a class="section-link" href="#sources-heading"><span aria-hidden="true">#</span><span class="visually-hidden">Link to the section “Sources”</span></a></h2>');
    expect(sectionsOf(html)).toEqual([{ id: 'sources-heading', level: 2, title: 'Sources' }]);
  });
});
