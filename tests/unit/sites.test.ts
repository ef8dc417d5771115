import { describe, it, expect } from 'vitest';
import { isSitePattern, siteOf } from '@/lib/sites';

describe('siteOf: which site a page belongs to', () => {
  it('gives the host and match pattern of an https page', () => {
    expect(siteOf('https://ward.example.org/rota')).toEqual({
      host: 'ward.example.org',
      pattern: 'https://ward.example.org/*',
    });
  });

  it('keeps http apart from https', () => {
    expect(siteOf('http://intranet.example.org/')).toEqual({
      host: 'intranet.example.org',
      pattern: 'http://intranet.example.org/*',
    });
  });

  it('drops the port, path, query and fragment, because match patterns cannot name a port', () => {
    expect(siteOf('https://ward.example.org:8443/shifts/today?team=a&day=2#notes')).toEqual({
      host: 'ward.example.org',
      pattern: 'https://ward.example.org/*',
    });
    expect(siteOf('http://127.0.0.1:5173/index.html')).toEqual({
      host: '127.0.0.1',
      pattern: 'http://127.0.0.1/*',
    });
  });

  it('lower-cases the host, as the browser does', () => {
    expect(siteOf('HTTPS://Ward.Example.ORG/')?.pattern).toBe('https://ward.example.org/*');
  });

  it.each([
    ['a browser settings page', 'chrome://settings/'],
    ['a blank tab', 'about:blank'],
    ['a local file', 'file:///home/nurse/rota.pdf'],
    ['a data URL', 'data:text/html,<p>hello</p>'],
    ['an extension page', 'chrome-extension://abcdef/popup.html'],
    ['an FTP address', 'ftp://files.example.org/'],
    ['a JavaScript URL', 'javascript:alert(1)'],
    ['garbage text', 'not a url at all'],
    ['an empty string', ''],
    ['no URL at all', undefined],
  ])('has no site for %s', (_what, url) => {
    expect(siteOf(url)).toBeNull();
  });
});

describe('isSitePattern: what Kindling accepts from storage', () => {
  it.each(['https://ward.example.org/*', 'http://localhost/*', 'http://127.0.0.1/*'])(
    'accepts a pattern Kindling itself writes: %s',
    (pattern) => {
      expect(isSitePattern(pattern)).toBe(true);
    },
  );

  it.each([
    ['a pattern with a path', 'https://ward.example.org/rota/*'],
    ['a pattern without the trailing wildcard', 'https://ward.example.org/'],
    ['a wildcard host', 'https://*.example.org/*'],
    ['an all-hosts wildcard', 'https://*/*'],
    ['<all_urls>', '<all_urls>'],
    ['another scheme', 'ftp://files.example.org/*'],
    ['a wildcard scheme', '*://ward.example.org/*'],
    ['a pattern with a port', 'https://ward.example.org:8443/*'],
    ['an upper-case host the browser would never produce', 'https://Ward.example.org/*'],
    ['an empty string', ''],
  ])('rejects %s', (_what, value) => {
    expect(isSitePattern(value)).toBe(false);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an array', ['https://ward.example.org/*']],
    ['an object', { pattern: 'https://ward.example.org/*' }],
  ])('rejects values that are not strings: %s', (_what, value) => {
    expect(isSitePattern(value)).toBe(false);
  });
});
