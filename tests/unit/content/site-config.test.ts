import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_URL, contactHref, deploymentProblems, deploymentWarning, readSiteConfig } from '../../../src/lib/site-config';

const ready = { SITE_URL: 'https://records.baltimore-news.org/', SITE_PUBLISHER: 'A Real Newsroom', SITE_CONTACT: 'corrections@baltimore-news.org' };

describe('site configuration', () => {
  it('leaves the publisher, contact and repository unset by default, with the placeholder address', () => {
    const config = readSiteConfig({});
    expect(config.url).toBe(PLACEHOLDER_URL);
    expect(config.publisher).toBeUndefined();
    expect(config.contact).toBeUndefined();
    expect(config.repository).toBeUndefined();
    expect(config.contentLicence.name).toContain('CC BY 4.0');
    expect(config.codeLicence.name).toContain('MIT');
  });

  it('takes each value from its environment variable, without a trailing slash on the address', () => {
    const config = readSiteConfig({ ...ready, SITE_REPOSITORY: 'https://git.example.net/records' });
    expect(config).toMatchObject({ url: 'https://records.baltimore-news.org', publisher: 'A Real Newsroom', contact: 'corrections@baltimore-news.org', repository: 'https://git.example.net/records' });
  });

  it('names every setting that stops a deployment, and none once they are set', () => {
    const problems = deploymentProblems(readSiteConfig({}));
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/placeholder[\s\S]*SITE_PUBLISHER[\s\S]*SITE_CONTACT/);
    expect(deploymentProblems(readSiteConfig(ready))).toEqual([]);
    expect(deploymentWarning(readSiteConfig(ready))).toBeNull();
    expect(deploymentWarning(readSiteConfig({}))).toContain('NOT READY TO PUBLISH');
  });

  it('treats reserved example domains and plain http as not deployable', () => {
    expect(deploymentProblems(readSiteConfig({ ...ready, SITE_URL: 'https://records.example.org' }))[0]).toContain('placeholder');
    expect(deploymentProblems(readSiteConfig({ ...ready, SITE_URL: 'http://records.baltimore-news.org' }))[0]).toContain('https://');
  });

  it('accepts an e-mail address or an https form as the contact', () => {
    expect(contactHref('corrections@baltimore-news.org')).toBe('mailto:corrections@baltimore-news.org');
    expect(contactHref('https://baltimore-news.org/contact')).toBe('https://baltimore-news.org/contact');
    expect(deploymentProblems(readSiteConfig({ ...ready, SITE_CONTACT: 'call us' }))[0]).toContain('SITE_CONTACT');
  });
});
