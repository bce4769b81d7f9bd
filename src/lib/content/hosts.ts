/**
 * The one list of web hosts that only ever hold copies, rewrites or tracker
 * pages of someone else's document, and of the query parameters that only
 * track readers. The source schema (schemas.ts) uses both: a source's `url`
 * must be the original or official address, so it may not be on one of these
 * hosts; a copy read there goes in `copyUrl`, shown to readers as a labelled
 * "read a copy" link. No address anywhere may carry a tracking parameter.
 *
 * Add a host when a review finds another copy site. Each entry says what the
 * host is, so the build's message can tell the editor why.
 */
export const COPY_HOSTS: Readonly<Record<string, string>> = {
  // Found by the December 2026 content review (../shared/reviews/2026-12-content.md §3).
  'dloxt.com': 'a site that reposts other publishers’ articles',
  'bingeeducational.com': 'a news-feed site that reposts newspaper articles',
  'tristatealert.com': 'a site that reprints press releases',
  'yumpu.com': 'a document-upload site',
  'scribd.com': 'a document-upload site',
  'vdocument.in': 'a document-upload site',
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
  'newsonmedia.com': 'a site that reposts other publishers’ articles',
  'policetribune.com': 'a site that rewrites other outlets’ reporting',
  'newleafcannabisconsulting.com': 'a consulting firm that reposts news articles',
  'moderncannabislifestyle.com': 'a site that reposts other publishers’ articles',
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
  'm.baltimoretimes-online.com': 'the stored copy of The Baltimore Times was read over http only',
  'www.brooklynda.org': 'the stored copy of the Brooklyn DA’s release was read over http only',
  'www.laplatamdlawfirm.com': 'the stored copy of this blog was read over http only',
  'dloxt.com': 'the stored repost of a Baltimore Sun article was read over http only',
};

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** The copy host an address is on (matching subdomains too), with what it is; null when it is not one. */
export function copyHostOf(url: string): { host: string; what: string } | null {
  const host = hostOf(url);
  if (!host) return null;
  for (const [listed, what] of Object.entries(COPY_HOSTS)) {
    if (host === listed || host.endsWith(`.${listed}`)) return { host: listed, what };
  }
  return null;
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
