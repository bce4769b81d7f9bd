import { describe, expect, it } from 'vitest';
import { CitationNumbers, citedIds, linkCitations } from '../../../src/lib/content/citations';
import { addSectionLinks, sectionsOf } from '../../../src/lib/content/headings';

describe('linkCitations', () => {
  const html = '<p>Announced in 2019 [@news-a]. Denied [@court-b] [@news-a].</p>';

  it('numbers marks by the order of the front matter and links them to the source list', () => {
    const { html: out, usesBySource } = linkCitations(html, ['news-a', 'court-b'], 'policy.md');
    expect(out).toContain('<a href="#source-1" id="cite-1-1" aria-label="Source 1">[1]</a>');
    expect(out).toContain('<a href="#source-2" id="cite-2-1" aria-label="Source 2">[2]</a>');
    expect(out).toContain('id="cite-1-2"');
    expect(out).not.toContain('[@');
    expect(usesBySource.get(1)).toEqual(['cite-1-1', 'cite-1-2']);
  });

  it('fails, naming the file, when the text cites a source the front matter does not list', () => {
    expect(() => linkCitations(html, ['news-a'], 'content/pages/policy.md')).toThrow(/content\/pages\/policy\.md.*\[@court-b\]/);
  });

  it('fails when the front matter lists a source the text never cites', () => {
    expect(() => linkCitations(html, ['news-a', 'court-b', 'extra'], 'relief.md')).toThrow(/relief\.md.*extra/);
  });

  it('finds each cited id once', () => expect(citedIds(html)).toEqual(['news-a', 'court-b']));
});

describe('CitationNumbers', () => {
  it('numbers data citations after the text ones and reuses numbers', () => {
    const numbers = new CitationNumbers(['a'], new Map([[1, ['cite-1-1']]]));
    expect(numbers.cite('b')).toEqual({ n: 2, markId: 'cite-2-1' });
    expect(numbers.cite('a')).toEqual({ n: 1, markId: 'cite-1-2' });
    expect(numbers.ids).toEqual(['a', 'b']);
  });
});

describe('section links', () => {
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
