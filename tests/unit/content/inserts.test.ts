/** Words from content/*.ts shown inside a Markdown page, in place of a marker (src/lib/content/inserts.ts). */
import { describe, expect, it } from 'vitest';
import { insertWords } from '../../../src/lib/content/inserts';
import { checkerPrivacy } from '../../../content/site/privacy';

describe('insertWords', () => {
  it('puts the checker\'s privacy words, escaped, where the page marks them', () => {
    const html = insertWords('<h3>Answers</h3>\n<!-- insert: checker-privacy -->\n<h2>Next</h2>', 'about.md');
    expect(html).not.toContain('<!--');
    for (const mode of checkerPrivacy.modes) expect(html).toContain(`<li><strong>${mode.label}</strong> `);
    expect(html).toContain('“Exit this page”');
    expect(html.indexOf('<h3>')).toBeLessThan(html.indexOf('<ul>'));
    expect(html.indexOf('</ol>')).toBeLessThan(html.indexOf('<h2>'));
  });

  it('stops the build on a name it does not know, naming the file', () => {
    expect(() => insertWords('<!-- insert: checker-privcy -->', 'content/pages/about.md')).toThrow(/content\/pages\/about\.md: no words named "checker-privcy"/);
  });

  it('leaves other comments alone', () => {
    expect(insertWords('<p>a</p><!-- a note -->', 'x.md')).toBe('<p>a</p><!-- a note -->');
  });
});
