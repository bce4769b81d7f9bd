/**
 * Who publishes this site, where it lives and how to reach the people behind
 * it: the one place for these settings. astro.config.mjs, the layouts, the
 * cite block, the JSON-LD, /about/ and the feed all read `siteConfig`.
 *
 * Each value can be set here (for a fork that always deploys to one place)
 * or, for one build, with an environment variable:
 *
 *   SITE_URL         the public address, e.g. https://records.example.org
 *   SITE_PUBLISHER   the person or organization that publishes the site
 *   SITE_CONTACT     an e-mail address or the address of a contact form
 *   SITE_REPOSITORY  the address of the public source repository
 *
 * Nothing is invented: the publisher, contact and repository are unset until
 * someone sets them. `npm run build` then warns loudly; `npm run build:deploy`
 * (SITE_DEPLOY=1) refuses to build (see deploymentProblems).
 */

export interface Licence { name: string; url: string }

export interface SiteConfig {
  /** The public address, with no trailing slash needed. */
  url: string;
  publisher?: string;
  /** An e-mail address ("corrections@example.org") or a contact-form address ("https://…"). */
  contact?: string;
  repository?: string;
  /** The text and the open-data files. */
  contentLicence: Licence;
  /** The source code. */
  codeLicence: Licence;
  /** The day the site was first published (pages may give their own). */
  firstPublished: string;
}

/** The placeholder address used until SITE_URL is set. `.example` is reserved: it never resolves. */
export const PLACEHOLDER_URL = 'https://baltimore-cannabis-records.example';

/** Values kept in the repository. Leave a value undefined rather than guess it. */
const IN_REPO: Omit<SiteConfig, 'url'> & { url?: string } = {
  url: undefined,
  publisher: undefined,
  contact: undefined,
  repository: undefined,
  contentLicence: { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' },
  codeLicence: { name: 'MIT License', url: 'https://opensource.org/license/mit' },
  firstPublished: '2026-11-25',
};

const clean = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined);

/** The configuration for an environment (process.env by default). */
export function readSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  return {
    ...IN_REPO,
    url: (clean(env.SITE_URL) ?? IN_REPO.url ?? PLACEHOLDER_URL).replace(/\/+$/, ''),
    publisher: clean(env.SITE_PUBLISHER) ?? IN_REPO.publisher,
    contact: clean(env.SITE_CONTACT) ?? IN_REPO.contact,
    repository: clean(env.SITE_REPOSITORY) ?? IN_REPO.repository,
  };
}

export const siteConfig: SiteConfig = readSiteConfig();

/** The contact as a link: mailto: for an e-mail address, else the form's address. */
export function contactHref(contact: string): string {
  return /^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(contact) ? `mailto:${contact}` : contact;
}

/**
 * What stops this configuration from being deployed: each problem names the
 * setting to fix. An empty list means the build may be published.
 */
export function deploymentProblems(config: SiteConfig): string[] {
  const problems: string[] = [];
  let host = '';
  try {
    host = new URL(config.url).hostname;
  } catch {
    problems.push(`SITE_URL "${config.url}" is not a web address`);
  }
  if (host === 'example' || host.endsWith('.example') || /(^|\.)example\.(com|org|net)$/.test(host)) {
    problems.push(`the public address is the placeholder ${config.url}: set SITE_URL to the address the site is served from`);
  } else if (host && !config.url.startsWith('https://')) {
    problems.push(`the public address ${config.url} does not use https://: set SITE_URL to the https address`);
  }
  if (!config.publisher) problems.push('no publisher is named: set SITE_PUBLISHER (or `publisher` in src/lib/site-config.ts)');
  if (!config.contact) {
    problems.push('no contact is given: set SITE_CONTACT to an e-mail address or a contact-form address (or `contact` in src/lib/site-config.ts)');
  } else if (!contactHref(config.contact).startsWith('mailto:') && !/^https:\/\//.test(config.contact)) {
    problems.push(`SITE_CONTACT "${config.contact}" is neither an e-mail address nor an https:// form address`);
  }
  return problems;
}

/** The loud warning `npm run build` prints, or null when nothing is missing. */
export function deploymentWarning(config: SiteConfig): string | null {
  const problems = deploymentProblems(config);
  if (problems.length === 0) return null;
  const line = '!'.repeat(78);
  return [
    line,
    '!! NOT READY TO PUBLISH: this build is for testing only.',
    ...problems.map((p) => `!!  - ${p}`),
    '!! Journalists cannot cite, and readers cannot reach, a site without these.',
    '!! `npm run build:deploy` refuses to build until they are set (README, "Deploying").',
    line,
  ].join('\n');
}
