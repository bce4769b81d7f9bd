import { escapeHtml } from '../html';

/** Escapes a plain sentence from content/checker/ and turns site paths in it ("see /help/") into links. */
export function linkSitePaths(text: string): string {
  return escapeHtml(text).replace(/(^|[\s(])(\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?)(?=[\s).,;:]|$)/g, '$1<a href="$2">$2</a>');
}
