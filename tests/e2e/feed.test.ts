/** The updates feed is well-formed XML, read by a real XML parser (the browser's). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useHarness } from '../support/browser';
import { DIST } from '../support/dist';

const h = useHarness();

it('parses as Atom with one entry per update, and the browser finds the feed from any page', async () => {
  const xml = readFileSync(join(DIST, 'updates.xml'), 'utf8');
  const { page } = await h.open('/policy/', { javaScript: true });
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.namespaceURI + ' ' + doc.documentElement.localName,
      entries: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length,
      feedLink: document.querySelector<HTMLLinkElement>('link[rel="alternate"][type="application/atom+xml"]')?.href ?? null,
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(parsed.entries).toBe((xml.match(/<entry>/g) ?? []).length);
  expect(parsed.entries).toBeGreaterThan(0);
  expect(new URL(parsed.feedLink!).pathname).toBe('/updates.xml');
  await page.context().close();
});
