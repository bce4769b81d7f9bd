import { describe, expect, it } from 'vitest';
import { CitationNumbers, citedIds, linkCitations } from '../../../src/lib/content/citations';
import { addSectionLinks, sectionsOf } from '../../../src/lib/content/headings';

describe('linkCitations', () => {
  const html = '<p>Announced in 2019 [@news-a]. Denied [@court-b] [@news-a].</p>';

  it('numbers marks by the order of the front matter and links them to the source list', () => {
    const { html: out, usesBySource } = linkCitations(html, ['news-a', 'court-b'], 'policy.md');
    expect(out).toContain('<a href="#source-news-a" id="cite-news-a-1" aria-label="Source 1">[1]</a>');
    expect(out).toContain('<a href="#source-court-b" id="cite-court-b-1" aria-label="Source 2">[2]</a>');
    expect(out).toContain('id="cite-news-a-2"');
    expect(out).not.toContain('[@');
    expect(usesBySource.get(1)).toEqual(['cite-news-a-1', 'cite-news-a-2']);
  });

  it('keeps each source’s anchor when another citation is added before it (numbers move, anchors do not)', () => {
    const before = linkCitations('<p>B [@court-b].</p>', ['court-b'], 'p.md').html;
    const after = linkCitations('<p>A [@news-a]. B [@court-b].</p>', ['news-a', 'court-b'], 'p.md').html;
    expect(before).toContain('href="#source-court-b"');
    expect(after).toContain('href="#source-court-b"');
    expect(before).toContain('[1]');
    expect(after).toContain('aria-label="Source 2">[2]');
  });

  it('fails, naming the file, when the text cites a source the front matter does not list', () => {
    expect(() => linkCitations(html, ['news-a'], 'content/pages/policy.md')).toThrow(/content\/pages\/policy\.md.*\[@court-b\]/);
  });

  it('fails when the front matter lists a source the text never cites', () => {
    expect(() => linkCitations(html, ['news-a', 'court-b', 'extra'], 'relief.md')).toThrow(/relief\.md.*extra/);
  });

  it('finds each cited id once', () => expect(citedIds(html)).toEqual(['news-a', 'court-b']));
});

describe('refused hosts in page text', () => {
  it('stops the build, naming the file, when a page links or names a refused host', () => {
    expect(() => linkCitations('<p>See <a href="http://dloxt.com/index-1504.html">this</a> [@a].</p>', ['a'], 'content/pages/x.md'))
      .toThrow(/content\/pages\/x\.md: the text names dloxt\.com/);
    expect(() => linkCitations('<p>The Baltimore Sun said so [@a].</p>', ['a'], 'content/pages/x.md')).not.toThrow();
  });
});

describe('CitationNumbers', () => {
  it('numbers data citations after the text ones and reuses numbers', () => {
    const numbers = new CitationNumbers(['a'], new Map([[1, ['cite-1-1']]]));
    expect(numbers.cite('b')).toEqual({ n: 2, markId: 'cite-b-1', id: 'b' });
    expect(numbers.cite('a')).toEqual({ n: 1, markId: 'cite-a-2', id: 'a' });
    expect(numbers.ids).toEqual(['a', 'b']);
  });
});

describe('section links (rehype-autolink-headings)', () => {
  it('adds a visible link to each h2 and h3 pointing at its own id', () => {
    const out = addSectionLinks('<h2 id="find-your-case">Find your <em>case</em></h2><h3 id="fees">Fees</h3><h4 id="x">X</h4>');
    expect(out).toContain('<a class="section-link" href="#find-your-case">');
    expect(out).toContain('Link to the section “Find your case”');
    expect(out).toContain('href="#fees"');
    expect(out).not.toContain('href="#x"');
    expect(sectionsOf(out)).toEqual([
      { id: 'find-your-case', level: 2, title: 'Find your case' },
      { id: 'fees', level: 3, title: 'Fees' },
    ]);
  });
});
