import { describe, expect, it } from 'vitest';
import { addSectionLinks } from '../../../src/lib/content/headings';
import { linkCitations } from '../../../src/lib/content/citations';
import {
  azGroups,
  buildSearchIndex,
  htmlToText,
  MAX_TEXT,
  splitSections,
  trimText,
  type SearchIndex,
} from '../../../src/lib/search/build-index';

// Rendered the way the site renders a page: Markdown HTML, then numbered citations, then section links.
const MARKDOWN_HTML = [
  '<p>Some cases clear on their own [@law-a]. Others need a <a href="/glossary/#petition">petition</a>.</p>',
  '<h2 id="find-your-case">Find your case</h2>',
  '<ol><li><strong>Look on Case Search.</strong> It is free [@law-b].</li><li>Write down each case.</li></ol>',
  '<h2 id="fees-and-fee-waivers">Fees and fee waivers</h2>',
  '<p>Each case costs $30 &amp; the fee is not refunded.</p>',
  '<h3 id="the-general-waiver">The General <em>Waiver</em> &amp; Release</h3>',
  '<p>File it with the petition.</p><table><tr><td>Form</td><td>CC-DC/CR-78</td></tr></table>',
  '<h4 id="deeper">A smaller heading stays inside its section</h4><p>Still the waiver.</p>',
  '<h2 id="get-help">Get free help</h2><p>Call us.</p>',
].join('\n');
const html = addSectionLinks(linkCitations(MARKDOWN_HTML, ['law-a', 'law-b'], 'fixture.md').html);

describe('splitSections', () => {
  const { intro, sections } = splitSections(html);

  it('keeps the text before the first heading as the intro, without citation marks', () => {
    expect(intro).toBe('Some cases clear on their own. Others need a petition.');
  });

  it('splits at every h2 and h3, in order, with ids and plain titles (no "#" link text)', () => {
    expect(sections.map((s) => [s.id, s.level, s.title])).toEqual([
      ['find-your-case', 2, 'Find your case'],
      ['fees-and-fee-waivers', 2, 'Fees and fee waivers'],
      ['the-general-waiver', 3, 'The General Waiver & Release'],
      ['get-help', 2, 'Get free help'],
    ]);
  });

  it('gives each section only its own text, with spaces between blocks and entities decoded', () => {
    expect(sections[0].text).toBe('Look on Case Search. It is free. Write down each case.');
    expect(sections[1].text).toBe('Each case costs $30 & the fee is not refunded.');
    expect(sections[2].text).toBe('File it with the petition. Form CC-DC/CR-78 A smaller heading stays inside its section Still the waiver.');
    expect(sections[3].text).toBe('Call us.');
  });

  it('treats a page with no headings as all intro', () => {
    expect(splitSections('<p>Only text.</p>')).toEqual({ intro: 'Only text.', sections: [] });
  });
});

describe('htmlToText and helpers', () => {
  it('decodes named and numeric entities (every HTML entity: the parser knows them all), keeps unknown ones', () => {
    expect(htmlToText('a &amp; b &#8217; &#x2014; &rsquo; &sect;&nbsp;10-105 &frac12; &unknown;')).toBe('a & b ’ — ’ § 10-105 ½ &unknown;');
    expect(htmlToText('ex&shy;punge&shy;ment')).toBe('expungement');
  });
  it('drops comments, scripts, citation marks and hidden section-link labels', () => {
    expect(htmlToText('<!-- x --><p>One<script>alert("<p>")</script></p><p>Two</p>')).toBe('One Two');
    expect(htmlToText('<p>Law<sup class="cite"><a href="#source-1">[1]</a></sup>.</p><pre>a  <b>b</b></pre>')).toBe('Law. a b');
    expect(htmlToText('<h2 id="x">Fees <a class="section-link" href="#x"><span class="visually-hidden">Link to the section “Fees”</span></a></h2>')).toBe('Fees');
  });
  it('trims at a word boundary', () => {
    expect(trimText('one two three four', 9)).toBe('one two');
    expect(trimText('short', 9)).toBe('short');
    expect(trimText('a'.repeat(20), 9)).toBe('a'.repeat(9));
  });
});

describe('buildSearchIndex', () => {
  const index = buildSearchIndex({
    pages: [
      { url: '/expungement/', title: 'How to clear a record', summary: 'The steps, in order.', html, aliases: ['Clear a record', 'expungement', 'how to clear a record'] },
      { url: '/check/result/stet/', title: 'A stet case', html: '<p>Three years.</p>' },
    ],
    terms: [
      { id: 'stet', term: 'Stet', aliases: ['stetted'], definition: 'The case is on hold.' },
      { id: 'docket', term: 'Docket', aliases: [], definition: 'The list of events &amp; filings.' },
    ],
    events: [{ id: '2024-06-17-pardon', date: '2024-06-17', title: 'Governor pardons', summary: 'About 175,000 convictions.', place: null }],
  }, { glossaryTitle: 'Glossary', historyTitle: 'History' });

  it('has one entry per page, section, term and event, with anchor URLs', () => {
    expect(index.v).toBe(1);
    expect(index.e.map((e) => `${e.k} ${e.u}`)).toEqual([
      'p /expungement/',
      's /expungement/#find-your-case',
      's /expungement/#fees-and-fee-waivers',
      's /expungement/#the-general-waiver',
      's /expungement/#get-help',
      'p /check/result/stet/',
      'g /glossary/#stet',
      'g /glossary/#docket',
      'e /history/#2024-06-17-pardon',
    ]);
  });

  it('gives a page its summary and opening text, and its other names as aliases (not its own title again)', () => {
    expect(index.e[0]).toEqual({
      k: 'p', u: '/expungement/', t: 'How to clear a record', a: ['Clear a record', 'expungement'],
      x: 'The steps, in order. Some cases clear on their own. Others need a petition.',
    });
    expect(index.e[5]).toEqual({ k: 'p', u: '/check/result/stet/', t: 'A stet case', x: 'Three years.' });
  });

  it('names the page of each section, term and event; keeps aliases only where there are some', () => {
    expect(index.e[2]).toEqual({ k: 's', u: '/expungement/#fees-and-fee-waivers', t: 'Fees and fee waivers', p: 'How to clear a record', x: 'Each case costs $30 & the fee is not refunded.' });
    expect(index.e[6]).toEqual({ k: 'g', u: '/glossary/#stet', t: 'Stet', p: 'Glossary', a: ['stetted'], x: 'The case is on hold.' });
    expect(index.e[7]).toEqual({ k: 'g', u: '/glossary/#docket', t: 'Docket', p: 'Glossary', x: 'The list of events & filings.' });
    expect(index.e[8]).toEqual({ k: 'e', u: '/history/#2024-06-17-pardon', t: 'Governor pardons', p: 'History', x: 'June 17, 2024: About 175,000 convictions.' });
  });

  it('trims long text to the limit for its kind', () => {
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const big = buildSearchIndex({ pages: [{ url: '/a/', title: 'A', html: `<h2 id="s">S</h2><p>${long}</p>` }], terms: [], events: [] });
    expect(big.e[1].x.length).toBeLessThanOrEqual(MAX_TEXT.s);
    expect(big.e[1].x.length).toBeGreaterThan(MAX_TEXT.s - 12);
    expect(long.startsWith(big.e[1].x)).toBe(true);
  });
});

describe('azGroups', () => {
  const index: SearchIndex = {
    v: 1,
    e: [
      { k: 'p', u: '/relief/', t: 'Ways to clear a record', x: '' },
      { k: 's', u: '/relief/#the-2024-governors-pardon', t: 'The 2024 governor’s pardon', p: 'Ways to clear a record', x: '' },
      { k: 's', u: '/relief/#shielding', t: 'Shielding', p: 'Ways to clear a record', x: '' },
      { k: 'g', u: '/glossary/#stet', t: 'Stet', p: 'Glossary', x: '' },
      { k: 'g', u: '/glossary/#acquittal', t: 'Acquittal', p: 'Glossary', x: '' },
      { k: 'e', u: '/history/#x', t: 'An event', p: 'History', x: '' },
      { k: 'p', u: '/check/result/stet/', t: 'Stet cases', x: '' },
      { k: 's', u: '/check/result/stet/#who-it-fits', t: 'Who it fits', p: 'Stet cases', x: '' },
    ],
  };
  it('groups pages, sections and terms (not timeline events, not checker page sections) by first letter, ignoring a leading "The"', () => {
    expect(azGroups(index).map((g) => [g.letter, g.id, g.items.map((i) => i.title)])).toEqual([
      ['0–9', 'az-0-9', ['The 2024 governor’s pardon']],
      ['A', 'az-a', ['Acquittal']],
      ['S', 'az-s', ['Shielding', 'Stet', 'Stet cases']],
      ['W', 'az-w', ['Ways to clear a record']],
    ]);
  });
});
