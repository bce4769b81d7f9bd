/**
 * Two named lists of web hosts, taken from the content reviews, and the
 * query parameters that only track readers. The source schema (schemas.ts)
 * and the page check (refusedHostsIn) use them:
 *
 * - REFUSED_HOSTS: scraper, autoblog and content-farm sites. A newsroom's
 *   standards desk would not accept them, so no address on one may appear in
 *   a source's `url` or `copyUrl`, or anywhere in a page's text. A source we
 *   read only there is kept (if a claim depends on it) without any link, and
 *   marked `readOnReprint: true`.
 * - COPY_HOSTS: legal databases, document archives and bill trackers. They
 *   hold real copies of someone else's document, so they are allowed only as
 *   a labelled `copyUrl`, never as the original (`url`).
 *
 * Add a host when a review finds another. Each entry says what the host is,
 * so the build's message can tell the editor why.
 */
export const REFUSED_HOSTS: Readonly<Record<string, string>> = {
  // Named by the second December 2026 content review (../shared/reviews/2026-12-content-2.md §2.2) and issue 19.
  'dloxt.com': 'a scraper site that reposts other publishers’ articles',
  'newsonmedia.com': 'an autoblog that reposts other publishers’ articles',
  'bingeeducational.com': 'a news-feed site that reposts newspaper articles',
  'moderncannabislifestyle.com': 'a content-farm site that reposts other publishers’ articles',
  'tristatealert.com': 'a site that reposts press releases',
  'scribd.com': 'a document-upload site with no publisher behind the file',
  'tokersguide.com': 'a content-farm site that reposts other publishers’ articles',
  'newleafcannabisconsulting.com': 'a consulting firm’s site that reposts news articles',
};

export const COPY_HOSTS: Readonly<Record<string, string>> = {
  // Found by the December 2026 content reviews (../shared/reviews/2026-12-content.md §3, 2026-12-content-2.md §2.2).
  'yumpu.com': 'a document-upload site',
  'vdocument.in': 'a document-upload site',
  'cld.bz': 'a third-party flipbook host for uploaded documents',
  'lexace.ai': 'a third-party copy of statute text',
  'casetext.com': 'a third-party copy of statutes and court opinions',
  'self-law.org': 'a third-party copy of statute text',
  'uslawyerdatabase.com': 'a third-party copy of statute text',
  'legalfix.com': 'a third-party copy of statute text',
  'instalawyer.io': 'a third-party copy of statute text',
  'lawserver.com': 'a third-party copy of statute text',
  'legiplex.com': 'a third-party bill tracker',
  'fastdemocracy.com': 'a third-party bill tracker',
  'billtrack50.com': 'a third-party bill tracker',
  'legiscan.com': 'a third-party bill tracker',
  'cetient.com': 'a case-law aggregator',
  'vlex.com': 'a case-law aggregator',
  'justia.com': 'a case-law aggregator',
  'studicata.com': 'a case-law summary site',
  'pressreader.com': 'a licensed replica of printed newspapers',
  'policetribune.com': 'a site that rewrites other outlets’ reporting',
  'catchmyjob.com': 'a site that reposts other publishers’ text',
  'lemmy.ca': 'a discussion forum',
  'hellboundanddown.com': 'a site that reposts other publishers’ articles',
  'towsontravel.com': 'a site that reposts other publishers’ text',
};

/** Query parameters that only track where a reader came from; never part of an address we print. */
export const TRACKING_PARAMS: readonly (string | RegExp)[] = [
  /^utm_/i, 'ref', 'intcid', 'fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'silverid',
  'cmpid', 'ocid', 's_cid', 'link_id', 'can_id', 'source', 'email_referrer', 'email_subject', '_hsenc', '_hsmi',
];

/**
 * Hosts whose stored copies we could only read over http://. Every other
 * address must use https:// (the hosts we cite serve it).
 */
export const HTTP_ONLY_HOSTS: Readonly<Record<string, string>> = {
  'baltimorebanner-the-baltimore-banner-staging.web.arc-cdn.net': 'the stored copy of a Baltimore Banner story on its staging server was read over http only',
  'm.baltimoretimes-online.com': 'the stored copy of The Baltimore Times was read over http only',
  'www.brooklynda.org': 'the stored copy of the Brooklyn DA’s release was read over http only',
};

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function listedHost(url: string, list: Readonly<Record<string, string>>): { host: string; what: string } | null {
  const host = hostOf(url);
  if (!host) return null;
  for (const [listed, what] of Object.entries(list)) {
    if (host === listed || host.endsWith(`.${listed}`)) return { host: listed, what };
  }
  return null;
}

/** The refused host an address is on (matching subdomains too), with what it is; null when it is not one. */
export function refusedHostOf(url: string): { host: string; what: string } | null {
  return listedHost(url, REFUSED_HOSTS);
}

/** Every refused host named in a text (a page's Markdown, for example), once each. */
export function refusedHostsIn(text: string): string[] {
  const found = new Set<string>();
  const lower = text.toLowerCase();
  for (const host of Object.keys(REFUSED_HOSTS)) {
    const re = new RegExp(`(^|[^a-z0-9.-])([a-z0-9-]+\\.)*${host.replace(/\./g, '\\.')}(?![a-z0-9-])`);
    if (re.test(lower)) found.add(host);
  }
  return [...found];
}

/** The copy host an address is on (matching subdomains too), with what it is; null when it is not one. */
export function copyHostOf(url: string): { host: string; what: string } | null {
  return listedHost(url, COPY_HOSTS);
}

/** The tracking parameters in an address, in the order they appear. */
export function trackingParamsOf(url: string): string[] {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return [];
  }
  return [...params.keys()].filter((key) =>
    TRACKING_PARAMS.some((p) => (typeof p === 'string' ? p === key.toLowerCase() : p.test(key))),
  );
}

/** True when the address uses http:// on a host not known to be http-only. */
export function needlessHttp(url: string): boolean {
  const host = hostOf(url);
  return url.startsWith('http://') && !(host && host in HTTP_ONLY_HOSTS);
}
