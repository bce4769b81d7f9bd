/**
 * The words of the site's frame and of the pages built from data: the header, menu and
 * footer, review dates, source lists and the cite block, and the headings and intros of the
 * home, about, updates, glossary, history, sources and "page not found" pages.
 * Templates take every sentence from here; the prose of each page is in content/pages/, the
 * search page's in search.ts and the checker's in content/screening/.
 *
 * Keys ending in `Html` hold trusted markup of our own (links, emphasis), rendered as is;
 * every other value is plain text, escaped where it is shown.
 */
import { escapeHtml } from '../../src/lib/html';
import { citeMark } from './cite-mark';
import { checkerPrivacy } from './privacy';
import { stampWords } from './stamp';

/** A link to a name and address from the site configuration, escaped. */
const link = ({ name, url }: { name: string; url: string }) => `<a href="${escapeHtml(url)}">${escapeHtml(name)}</a>`;

export const siteWords = {
  /** The names of the kinds that src/lib/content/schemas.ts declares (it checks that each has one). */
  labels: {
    sourceKind: {
      law: 'Statute or bill',
      court: 'Court',
      government: 'Government',
      news: 'News',
      advocacy: 'Advocacy, legal aid or other secondary source',
    },
    updateKind: { correction: 'Correction', law: 'Change in the law', new: 'New content' },
    place: { baltimore: 'Baltimore City', maryland: 'Maryland', elsewhere: 'Elsewhere' },
  },
  skipLink: 'Skip to main content',
  /** The main navigation, in reading order. Paths are permanent. */
  navLabel: 'Main',
  nav: [
    { href: '/check/', label: 'Check your record' },
    { href: '/expungement/', label: 'Clear a record' },
    { href: '/relief/', label: 'Kinds of relief' },
    { href: '/policy/', label: '2019 policy' },
    { href: '/history/', label: 'History' },
    { href: '/help/', label: 'Free help' },
    { href: '/glossary/', label: 'Glossary' },
  ],
  /** The compact header's link to the menu after a checker page, and that menu's title. */
  menu: 'Menu',
  exit: 'Exit this page',
  /** The search form in the header, and in the menu after a checker page. */
  siteSearch: { label: 'Search this site', placeholder: 'Search, e.g. stet', button: 'Search' },
  footer: {
    adviceHtml: '<strong>This site gives legal information, not legal advice.</strong> Laws and court practice change. For advice about your own case, <a href="/help/">get free legal help</a>.',
    privacyHtml: (siteName: string) => `${siteName} collects nothing about you: no cookies, no analytics, no tracking. <a href="/about/#privacy">How we protect your privacy</a>.`,
    navLabel: 'Site information',
    links: [
      { href: '/about/', label: 'About this site' },
      { href: '/sources/', label: 'All sources' },
      { href: '/by-the-numbers/', label: 'By the numbers' },
      { href: '/updates/', label: 'Updates' },
      { href: '/check/how-it-works/', label: 'How the checker decides' },
      { href: '/search/', label: 'Search and A–Z index' },
    ],
    printedFrom: (address: string) => `Printed from ${address}`,
  },
  pageMeta: {
    lastReviewed: 'Last reviewed:',
    sourcesUpTo: 'Based on sources published up to',
    notConfirmedLink: 'What is not confirmed',
  },
  stamp: stampWords,
  /** Read by screen readers after a heading's "#" link. */
  sectionLink: (heading: string) => `Link to the section “${heading}”`,
  pageChanges: 'Changes to this page',
  citeMark,
  sources: {
    heading: 'Sources',
    usedAt: 'Used in the text at',
    backToUse: (use: number, source: number) => `Back to use ${use} of source ${source}`,
    noDate: 'no date given',
    readCopy: (host: string) => `Read a copy on ${host}`,
    noOriginal: ' We could not confirm the original address.',
    readOnReprint: 'Read on a reprint; original not seen. We do not link to the reprint, because the site it is on copies other publishers’ work.',
    read: (date: string, captured: string | null) => `We read a stored copy on ${date}${captured ? `, captured ${captured}` : '; its capture date is not known'}.`,
  },
  cite: {
    heading: 'Cite this page',
    publisher: 'Publisher',
    publisherUnset: 'Not yet named. This copy of the site is a test build.',
    /** Stands in for the publisher in the example citations until one is set. */
    publisherPlaceholder: '[publisher not yet named]',
    site: 'Site',
    title: 'Title',
    firstPublished: 'First published',
    lastReviewed: 'Last reviewed',
    address: 'Permanent address',
    accessed: 'Accessed',
    accessedValue: 'the date you read the page',
    apIntro: 'Short, AP style (select the text to copy it):',
    ap: (p: { title: string; site: string; publisher: string; lastReviewed: string }) =>
      `“${p.title},” ${p.site}, published by ${p.publisher}, last reviewed ${p.lastReviewed}.`,
    chicagoIntro: 'Chicago style (add the date you read the page):',
    chicago: (p: { title: string; site: string; publisher: string; firstPublished: string; lastReviewed: string; url: string }) =>
      `${p.publisher}. “${p.title}.” ${p.site}. First published ${p.firstPublished}; last reviewed ${p.lastReviewed}. Accessed [date you read it]. ${p.url}.`,
    /** Before the example address of one item (a timeline event, a glossary term, an update). */
    itemIntro: (kind: string, title: string) => `Each ${kind} has its own permanent address: add its id after “#”. For example, “${title}” is at `,
    itemKinds: { event: 'event', term: 'term', entry: 'entry' },
  },
  home: {
    checkerHtml: `<p><strong>Could your cannabis record be cleared?</strong> Answer a few questions about one case. It takes about 3 minutes. ${escapeHtml(checkerPrivacy.short)}</p>`,
    checkerButton: 'Check your record',
    stepsHtml: '<p>Or read <a href="/expungement/">the steps to clear a record</a>.</p>',
    keyDates: 'Key dates',
    more: 'More',
    /** Read by screen readers after "More". */
    moreAbout: (title: string) => ` about ${title}`,
    fullTimeline: 'See the full timeline',
  },
  about: {
    publisher: 'Who publishes this site:',
    publisherUnset: 'not yet named. This copy of the site is a test build, not the published site.',
    contact: 'Contact, corrections and press:',
    contactUnset: 'no contact has been set for this copy of the site.',
    correctionsHtml: 'Tell us the page, what is wrong, and a source if you have one. We note every fix in the <a href="/updates/">change log</a>.',
    repository: 'Source code and history of every change:',
    licences: 'Licences:',
    licencesHtml: (content: { name: string; url: string }, code: { name: string; url: string }) =>
      `the text and the open data are under the ${link(content)} licence: reuse them with credit to the publisher and a link to the page. The code is under the ${link(code)}.`,
    notReady: 'This build is missing the publisher, the contact or the public address, so it must not be published. See “Deploying” in the project’s README.',
    openData: 'Open data',
    openDataIntro: (licence: string) => `Researchers and newsrooms can reuse the facts behind these pages under the ${licence} licence. These files are built from the same entries as the pages, every time the site is built. They use UTF-8 text; dates are written YYYY-MM-DD.`,
    download: (file: string) => `Download ${file}`,
    orAs: 'or',
    forSpreadsheets: '(for spreadsheets)',
    feedHtml: 'The change log is also available as an <a href="/updates.xml">Atom feed</a>.',
  },
  updates: {
    title: 'Updates',
    /** The Atom feed's title (the feed itself and the link to it in every page's head). */
    feedTitle: (site: string) => `${site}: updates`,
    description: 'A dated log of every substantive change to this site: which page, what changed and why, marked as a correction, a change in the law or new content.',
    lead: 'Every substantive change to this site, newest first: which page changed, what changed and why.',
    introHtml: 'Each entry is dated the day we made the change and marked as a <strong>correction</strong> (we had something wrong), a <strong>change in the law</strong>, or <strong>new content</strong>. Checks were made by the site’s editors against the sources shown on each page. No lawyer has reviewed this site. Follow changes in a feed reader with the <a href="/updates.xml">Atom feed</a>.',
    change: 'What changed:',
    why: 'Why:',
    pages: 'Pages:',
  },
  glossary: {
    heading: 'Terms A to Z',
    jump: 'Jump to a letter:',
    termLink: (term: string) => `Link to the term “${term}”`,
    aliases: (aliases: string) => `Also called or searched as: ${aliases}.`,
  },
  history: { heading: 'Timeline', jump: 'Jump to a year:' },
  bibliography: {
    heading: 'The bibliography',
    intro: (count: number, copies: number) => `${count} sources, grouped by kind. ${copies} of them were read on another site; each of those has a “Read a copy” link beside the original address. Also available as open data: `,
  },
  notFound: {
    title: 'Page not found',
    description: 'We could not find that page. Here is how to find what you need.',
    intro: 'We could not find a page at this address. If you typed it, check the spelling. If you followed a link, it may be out of date.',
    checkerHeading: 'If you were using the checker',
    checker: [
      'Checker links change when the law changes, or when our reading of it changes. An old link to a checker question or result stops working then, so that it can never show a result for answers you did not give. A link that was cut short or changed does not work either.',
      'Nothing you answered was saved, so nothing was lost: start again, and the checker will use the rules as they are now.',
    ],
    restart: 'Start the checker again',
    findHeading: 'Find what you need',
    links: [
      { href: '/', label: 'Home page' },
      { href: '/expungement/', label: 'Steps to clear a record' },
      { href: '/relief/', label: 'Kinds of relief' },
      { href: '/help/', label: 'Free legal help' },
      { href: '/search/', label: 'Search the site, or browse the A to Z index' },
    ],
  },
} as const;
