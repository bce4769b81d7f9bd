/** Site-wide settings that pages and feeds share. */
export const SITE_NAME = 'Baltimore Cannabis Records';
export const SITE_TAGLINE = 'Plain-language help with cannabis records in Baltimore City, Maryland';

/** The main navigation, in reading order. Paths are permanent. */
export const NAV_ITEMS = [
  { href: '/check/', label: 'Check your record' },
  { href: '/expungement/', label: 'Clear a record' },
  { href: '/relief/', label: 'Kinds of relief' },
  { href: '/policy/', label: '2019 policy' },
  { href: '/history/', label: 'History' },
  { href: '/help/', label: 'Free help' },
  { href: '/glossary/', label: 'Glossary' },
] as const;

/** A review older than this many months is flagged loudly in the build output. */
export const REVIEW_MAX_AGE_MONTHS = 6;

/** "2026-11-25" → "November 25, 2026" (US style, no time zone surprises). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return `${month} ${d}, ${y}`;
}

/** Absolute URL of a site path, from the one configured site URL. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
