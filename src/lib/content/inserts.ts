/**
 * Words that live in content/*.ts but are shown inside a Markdown page, so that they have one
 * source: the page writes `<!-- insert: <name> -->` on a line of its own, and the build puts the
 * rendered words there (loadProse, so the search index gets them too). An unknown name stops the
 * build, naming the file.
 */
import { checkerPrivacy as p } from '../../../content/site/privacy';
import { escapeHtml } from '../html';

const INSERTS: Record<string, () => string> = {
  'checker-privacy': () =>
    [
      `<p>${escapeHtml(p.intro)}</p>`,
      `<ul>${p.modes.map((m) => `<li><strong>${escapeHtml(m.label)}</strong> ${escapeHtml(m.sentences.join(' '))}</li>`).join('')}</ul>`,
      `<p>${escapeHtml(p.noStore)}</p>`,
      `<p>${escapeHtml(p.sharedComputerIntro)}</p>`,
      `<ol>${p.sharedComputer.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ol>`,
    ].join('\n'),
};

const MARKER = /<!--\s*insert:\s*([a-z0-9-]+)\s*-->/g;

/** The page's HTML with every insert marker replaced by its words. */
export function insertWords(html: string, file: string): string {
  return html.replace(MARKER, (_, name: string) => {
    const insert = INSERTS[name];
    if (!insert) throw new Error(`${file}: no words named "${name}" to insert (src/lib/content/inserts.ts lists them: ${Object.keys(INSERTS).join(', ')})`);
    return insert();
  });
}
