/**
 * A site where Kindling can show its launcher: a scheme and a host. Ports are
 * left out because Firefox match patterns cannot name one.
 */
export interface Site {
  /** e.g. "ward.example.nhs.uk" */
  host: string;
  /** The match pattern that covers the site, e.g. "https://ward.example.nhs.uk/*". */
  pattern: string;
}

/** The site of a page URL, or null where Kindling cannot run (browser pages, files, stores). */
export function siteOf(url: string | undefined): Site | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname) return null;
  return { host: parsed.hostname, pattern: `${parsed.protocol}//${parsed.hostname}/*` };
}

/** Whether a stored value is a site pattern Kindling itself could have written. */
export function isSitePattern(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(https?):\/\/([^/*]+)\/\*$/.exec(value);
  return match !== null && siteOf(`${match[1]}://${match[2]}/`)?.pattern === value;
}
