/**
 * Every word a reader sees comes from content/ (the page prose, the checker's words in
 * content/screening/, the site's frame in content/site/), so that a translation or a
 * rewording never touches a template or the logic. This reads every template and island
 * under src/ and fails on text written in the markup itself: a text node with a letter in
 * it, or a readable attribute (aria-label, placeholder, title, alt, or a component's text,
 * heading, description or label) written as a literal.
 *
 * It also reads the code under src/ for the kinds of English that markup checks cannot see:
 * a readable attribute or property given as a template with words in it (`Source ${n}`), a
 * readable attribute written into an HTML string, words put into `document.title`, a language
 * or locale code written in place (`lang="en"`, 'en-US', localeCompare(…, 'en')), and month
 * names. The language itself is declared once, in content/site/locale.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'src');
const READABLE_ATTRIBUTES = new Set(['aria-label', 'placeholder', 'title', 'alt', 'text', 'heading', 'description', 'label']);
const HAS_LETTER = /\p{L}/u;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []);
}

/** Removes each `{…}` expression (balanced braces, so template literals and objects inside count). */
function withoutExpressions(markup: string): string {
  let out = '';
  let depth = 0;
  for (const c of markup) {
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

/** The literal words in an Astro template: text between tags and readable quoted attributes. */
function wordsInAstroMarkup(source: string): string[] {
  const markup = withoutExpressions(
    source
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
      .replace(/<!--[\s\S]*?-->/g, ''),
  );
  const found: string[] = [];
  for (const tag of markup.matchAll(/<[^>]*>/g)) {
    for (const [, name, value] of tag[0].matchAll(/([\w:-]+)="([^"]*)"/g)) {
      if (READABLE_ATTRIBUTES.has(name) && HAS_LETTER.test(value)) found.push(`${name}="${value}"`);
    }
  }
  for (const text of markup.replace(/<[^>]*>/g, '\u0000').split('\u0000')) {
    if (HAS_LETTER.test(text)) found.push(text.trim());
  }
  return found;
}

/** The literal words in a Preact island: JSX text and readable attributes given as string literals. */
function wordsInJsx(source: string): string[] {
  const file = ts.createSourceFile('island.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_LETTER.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText(file);
      if (READABLE_ATTRIBUTES.has(name) && HAS_LETTER.test(node.initializer.text)) found.push(`${name}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The text of a string or template literal, with each `${…}` as a space. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return null;
}

/** The literal texts inside an expression (both sides of `a ?? 'b'`, a template's parts…), not inside calls. */
function literalsIn(node: ts.Node): string[] {
  const text = literalText(node);
  if (text !== null) return [text];
  if (ts.isCallExpression(node)) return [];
  const found: string[] = [];
  ts.forEachChild(node, (child) => void found.push(...literalsIn(child)));
  return found;
}

const WORD = /\p{L}{2,}/u;
const HTML_ATTRIBUTE = /\b(aria-label|title|alt|placeholder)="([^"]*)"/g;
const READABLE_PROPERTIES = new Set(['title', 'label', 'heading', 'description', 'summary', 'text']);
/** A language or locale code written in place, quoted: 'en', "en-US", 'en_US', 'es'. */
const LOCALE_CODE = /(["'`])(?:en|es)(?:[-_][A-Z]{2})?\1/g;
const MONTH_NAME = /(["'`])(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\1/g;

/** Words in code that a reader sees: the kinds the markup checks above cannot see. */
function wordsInCode(source: string, scriptKind: ts.ScriptKind): string[] {
  const file = ts.createSourceFile('code.tsx', source, ts.ScriptTarget.Latest, true, scriptKind);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    // aria-label={`Source ${n}`}
    if (ts.isJsxAttribute(node) && node.initializer && ts.isJsxExpression(node.initializer) && node.initializer.expression) {
      const name = node.name.getText(file);
      if (READABLE_ATTRIBUTES.has(name)) for (const text of literalsIn(node.initializer.expression)) if (WORD.test(text)) found.push(`${name}={\`${text}\`}`);
    }
    // { title: `${SITE_NAME}: updates` }
    if (ts.isPropertyAssignment(node) && READABLE_PROPERTIES.has(node.name.getText(file))) {
      for (const text of literalsIn(node.initializer)) if (WORD.test(text)) found.push(`${node.name.getText(file)}: \`${text}\``);
    }
    // document.title = `Error: ${…}`
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && /(^|\.)title$/.test(node.left.getText(file))) {
      for (const text of literalsIn(node.right)) if (WORD.test(text)) found.push(`${node.left.getText(file)} = \`${text}\``);
    }
    // '<a aria-label="Source ${n}">'
    const text = literalText(node);
    if (text !== null) for (const [attribute, , value] of text.matchAll(HTML_ATTRIBUTE)) if (WORD.test(value)) found.push(attribute);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Locale codes and month names written anywhere in a file (markup or code). */
function languageData(source: string): string[] {
  return [...source.matchAll(LOCALE_CODE), ...source.matchAll(MONTH_NAME)].map((m) => m[0]);
}

/** An Astro file's code: its front matter, and the expressions of its markup given as templates. */
function astroCode(source: string): string {
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
  const attributes = [...source.matchAll(/\s([\w:-]+)=\{(`[^`]*`)\}/g)].map(([, name, value]) => `<x ${name}={${value}} />;`);
  return `${frontMatter}\n${attributes.join('\n')}`;
}

describe('the words a reader sees live in content/', () => {
  it('finds written-in words (so that the check below can fail)', () => {
    expect(wordsInAstroMarkup('---\nconst a = 1;\n---\n<p>Read <a href="/x/">this</a>.</p><nav aria-label="Main">{x}</nav>')).toEqual(['aria-label="Main"', 'Read', 'this']);
    expect(wordsInAstroMarkup('<SectionHeading id="a" text="Key dates" /><p>{w.lead}</p><p>{i > 0 && ", "}</p><style>p { color: red; }</style>')).toEqual(['text="Key dates"']);
    expect(wordsInJsx('const A = () => <p aria-label="Results">Found {n} <b>{w.x}</b></p>;')).toEqual(['aria-label="Results"', 'Found']);
    expect(wordsInJsx('const A = () => <p class="x" aria-label={w.label}>{w.text}</p>;')).toEqual([]);
  });

  it('finds words, locale codes and month names written into code (so that the check below can fail)', () => {
    const tsx = ts.ScriptKind.TSX;
    expect(wordsInCode('const A = () => <a href={`#s-${n}`} aria-label={`Source ${n}`}>[{n}]</a>;', tsx)).toEqual(['aria-label={`Source  `}']);
    expect(wordsInCode('document.title = `Error: ${titleFor(screen)}`;', tsx)).toEqual(['document.title = `Error:  `']);
    expect(wordsInCode('feed(items, { site, title: `${SITE_NAME}: updates` });', tsx)).toEqual(['title: ` : updates`']);
    expect(wordsInCode('const mark = `<sup><a href="#${id}" aria-label="Source ${n}">[${n}]</a></sup>`;', tsx)).toEqual(['aria-label="Source  "']);
    expect(wordsInCode('document.title = `${w.errorPrefix}${title}`; const b = { title: w.feed, id: `x-${n}` };', tsx)).toEqual([]);
    expect(wordsInCode(astroCode('---\nconst a = 1;\n---\n<link title={`${SITE_NAME}: updates`} href="/u.xml" />'), tsx)).toEqual(['title={` : updates`}']);
    expect(languageData(`<html lang="en"><meta content="en_US">{x.localeCompare(y, 'en')} inLanguage: 'en-US'`)).toEqual(['"en"', '"en_US"', "'en'", "'en-US'"]);
    expect(languageData(`const MONTHS = ['January', 'February']; const ap = 'Sept.';`)).toEqual(["'January'", "'February'", "'Sept.'"]);
    expect(languageData(`<html lang={locale.lang}> const word = 'enough'; const when = 'may';`)).toEqual([]);
  });

  it('in no code under src/, and no language or locale written in place', () => {
    const code = filesUnder(SRC, /\.(ts|tsx|astro)$/).map((f) => {
      const source = readFileSync(f, 'utf8');
      const words = f.endsWith('.astro') ? wordsInCode(astroCode(source), ts.ScriptKind.TSX) : wordsInCode(source, f.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      return [relative(SRC, f), [...words, ...languageData(source)]] as const;
    });
    expect(code.length).toBeGreaterThan(50);
    expect(Object.fromEntries(code.filter(([, words]) => words.length > 0))).toEqual({});
  });

  it('in no template or island under src/', () => {
    const astro = filesUnder(SRC, /\.astro$/).map((f) => [relative(SRC, f), wordsInAstroMarkup(readFileSync(f, 'utf8'))] as const);
    const jsx = filesUnder(SRC, /\.tsx$/).map((f) => [relative(SRC, f), wordsInJsx(readFileSync(f, 'utf8'))] as const);
    expect(astro.length).toBeGreaterThan(10);
    expect(jsx.length).toBeGreaterThan(3);
    expect(Object.fromEntries([...astro, ...jsx].filter(([, words]) => words.length > 0))).toEqual({});
  });
});
