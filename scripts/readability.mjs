/**
 * Reading grade of plain-language text: the Flesch–Kincaid US grade level.
 * Pure functions, no dependencies, so the benchmark, the build test
 * (tests/build/readability.test.ts) and editors all measure the same way.
 *
 *   import { fleschKincaidGrade, htmlToReadableText } from './scripts/readability.mjs';
 *   fleschKincaidGrade(htmlToReadableText(mainHtml)); // → 6.4
 *
 * Grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
 * Syllables are counted with the usual vowel-group rule (good to about one
 * syllable in ten words, which moves the grade by well under one level).
 * Every line (paragraph, list item, heading, table cell) ends a sentence,
 * as do ".", "!" and "?", except after common abbreviations ("U.S.", "Jan.").
 * A number counts as one word of two syllables ("2019", "$30", "4,828").
 */

const ABBREVIATIONS = new Set([
  'u.s', 'd.c', 'md', 'st', 'no', 'gov', 'sen', 'del', 'rep', 'dr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'inc', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'vs', 'a.m', 'p.m', 'v', 'art', 'sec', 'ch', 'p', 'pp',
]);

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', sect: '§', middot: '·' };

/** Plain text of an HTML fragment, one line per block (paragraph, list item, heading, cell). */
export function htmlToReadableText(html) {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?(p|div|li|ul|ol|dl|dt|dd|h[1-6]|br|hr|tr|td|th|table|section|article|aside|blockquote|figcaption|details|summary)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name) => {
      if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
      return NAMED_ENTITIES[name.toLowerCase()] ?? all;
    })
    .split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

/** Syllables in one English word (letters only), by vowel groups. */
export function countSyllables(word) {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (end) => end[0]).replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g);
  return Math.max(1, groups ? groups.length : 1);
}

const WORD = /[A-Za-z0-9$§]+(?:[.,'’\-][A-Za-z0-9]+)*/g;
const HAS_WORD = /[A-Za-z0-9]/;

/** The sentences of a text: split at line ends and at ., ! and ? that end a sentence. */
export function sentencesOf(text) {
  const out = [];
  for (const line of text.split('\n')) {
    let start = 0;
    const re = /[.!?]+["”’)\]]*(?=\s|$)/g;
    let m;
    while ((m = re.exec(line)) !== null) {
      const before = line.slice(start, m.index);
      const lastWord = (before.match(/([A-Za-z.]+)$/)?.[1] ?? '').toLowerCase().replace(/\.$/, '');
      if (m[0] === '.' && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord) || /^[a-z](\.[a-z])+$/i.test(lastWord))) continue;
      const sentence = line.slice(start, m.index + m[0].length).trim();
      if (HAS_WORD.test(sentence)) out.push(sentence);
      start = m.index + m[0].length;
    }
    const rest = line.slice(start).trim();
    if (HAS_WORD.test(rest)) out.push(rest);
  }
  return out;
}

/** Words, sentences and syllables of a text. */
export function textStats(text) {
  const sentences = sentencesOf(text);
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    for (const token of sentence.match(WORD) ?? []) {
      words += 1;
      syllables += /[A-Za-z]/.test(token) ? token.split(/[-’']/).reduce((n, part) => n + (/[A-Za-z]/.test(part) ? countSyllables(part) : 0), 0) || 1 : 2;
    }
  }
  return { words, sentences: sentences.length, syllables };
}

/** Flesch–Kincaid US grade level of a text, to one decimal; 0 for a text with no words. */
export function fleschKincaidGrade(text) {
  const { words, sentences, syllables } = textStats(text);
  if (words === 0 || sentences === 0) return 0;
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return Math.round(grade * 10) / 10;
}
