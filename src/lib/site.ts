/** Site-wide settings that pages and feeds share (the main navigation is in content/site/words.ts). */
import { locale } from '../../content/site/locale';

export const SITE_NAME = 'Baltimore Cannabis Records';

/** The page title: the site name is added where it fits in the 70 characters search results show. */
export function pageTitle(title: string): string {
  const full = `${title} – ${SITE_NAME}`;
  return full.length <= 70 ? full : title;
}

/** Where "Exit this page" goes: a neutral site that says nothing about this one. */
export const EXIT_URL = 'https://www.weather.gov/';

/** A review older than this many months is flagged loudly in the build output. */
export const REVIEW_MAX_AGE_MONTHS = 6;

// Dates are calendar dates, so they are formatted in UTC: no time zone can move them a day.
const monthYear = new Intl.DateTimeFormat(locale.tag, { year: 'numeric', month: 'long', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat(locale.tag, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "2026-11-25" → "November 25, 2026"; "2019-03" → "March 2019"; "2019" → "2019" (in the site's locale, content/site/locale.ts). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  if (!d) return monthYear.format(Date.UTC(y, m - 1, 1));
  return fullDate.format(Date.UTC(y, m - 1, d));
}

/** AP style: "Dec. 1, 2026", "March 6, 2019" (AP abbreviates only Jan., Feb., Aug., Sept., Oct., Nov. and Dec.). */
export function formatDateAp(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!d) return formatDate(iso);
  return `${locale.apMonths[m - 1]} ${d}, ${y}`;
}

/**
 * The SVG favicon, inline: browsers fetch a linked favicon again whenever the
 * checker changes the address, and the checker must make no requests.
 */
export const FAVICON =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5a54"/>' +
      '<path d="M9 17l5 5 9-11" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></svg>',
  );
