/**
 * Every word a reader sees comes from content/ (the page prose, the checker's words in
 * content/screening/, the site's frame in content/site/), so that a translation or a
 * rewording never touches a template or the logic. This reads every template and island
 * under src/ and fails on text written in the markup itself: a text node with a letter in
 * it, or a readable attribute (aria-label, placeholder, title, alt, or a component's text,
 * heading, description or label) written as a literal.
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

describe('the words a reader sees live in content/', () => {
  it('finds written-in words (so that the check below can fail)', () => {
    expect(wordsInAstroMarkup('---\nconst a = 1;\n---\n<p>Read <a href="/x/">this</a>.</p><nav aria-label="Main">{x}</nav>')).toEqual(['aria-label="Main"', 'Read', 'this']);
    expect(wordsInAstroMarkup('<SectionHeading id="a" text="Key dates" /><p>{w.lead}</p><p>{i > 0 && ", "}</p><style>p { color: red; }</style>')).toEqual(['text="Key dates"']);
    expect(wordsInJsx('const A = () => <p aria-label="Results">Found {n} <b>{w.x}</b></p>;')).toEqual(['aria-label="Results"', 'Found']);
    expect(wordsInJsx('const A = () => <p class="x" aria-label={w.label}>{w.text}</p>;')).toEqual([]);
  });

  it('in no template or island under src/', () => {
    const astro = filesUnder(SRC, /\.astro$/).map((f) => [relative(SRC, f), wordsInAstroMarkup(readFileSync(f, 'utf8'))] as const);
    const jsx = filesUnder(SRC, /\.tsx$/).map((f) => [relative(SRC, f), wordsInJsx(readFileSync(f, 'utf8'))] as const);
    expect(astro.length).toBeGreaterThan(10);
    expect(jsx.length).toBeGreaterThan(3);
    expect(Object.fromEntries([...astro, ...jsx].filter(([, words]) => words.length > 0))).toEqual({});
  });
});
