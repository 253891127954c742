// The rules for a basemap named by a link (src/map/basemap-link.ts): https only (http on loopback), no private,
// loopback or link-local host unless the app is on that range, a question for any other origin, the build's
// setting trusted.
import { describe, expect, it } from 'vitest';
import { basemapChoice, hostRange } from '../../src/map/basemap-link';

const PUBLIC_PAGE = 'https://plan.example.cn/explorer/?lang=zh';
const LOOPBACK_PAGE = 'http://127.0.0.1:4173/explorer/';
const q = (url: string) => `?lang=zh&basemap=${encodeURIComponent(url)}`;

describe('host ranges', () => {
  it('names loopback, private and link-local addresses in every form the URL parser writes', () => {
    const range = (u: string) => hostRange(new URL(u).hostname);
    expect(range('http://127.0.0.1/')).toBe('loopback');
    expect(range('http://127.1/')).toBe('loopback'); // short form, written 127.0.0.1
    expect(range('http://localhost:8080/')).toBe('loopback');
    expect(range('http://tiles.localhost/')).toBe('loopback');
    expect(range('http://[::1]/')).toBe('loopback');
    expect(range('http://[::ffff:127.0.0.1]/')).toBe('loopback');
    expect(range('http://169.254.169.254/latest/meta-data')).toBe('link-local');
    expect(range('http://2852039166/')).toBe('link-local'); // 169.254.169.254 as one number
    expect(range('http://0xa9fea9fe/')).toBe('link-local'); // and in hexadecimal
    expect(range('http://[fe80::1]/')).toBe('link-local');
    expect(range('http://printer.local/')).toBe('link-local');
    expect(range('http://10.1.2.3/')).toBe('private');
    expect(range('http://172.16.0.1/')).toBe('private');
    expect(range('http://172.31.255.255/')).toBe('private');
    expect(range('http://192.168.1.1/')).toBe('private');
    expect(range('http://100.64.0.1/')).toBe('private');
    expect(range('http://0.0.0.0/')).toBe('private');
    expect(range('http://[fd12:3456::1]/')).toBe('private');
    expect(range('http://[::ffff:192.168.0.1]/')).toBe('private');
    expect(range('http://intranet/')).toBe('private');
    expect(range('http://nas.home.arpa/')).toBe('private');
    expect(range('https://example.org/')).toBe('public');
    expect(range('https://172.32.0.1/')).toBe('public');
    expect(range('https://8.8.8.8/')).toBe('public');
    expect(range('https://[2001:db8::1]/')).toBe('public');
  });
});

describe('a basemap from a link', () => {
  it('asks before loading a style from another host, naming the host', () => {
    expect(basemapChoice(q('https://example.org/style.json'), undefined, PUBLIC_PAGE)).toEqual({
      kind: 'ask',
      url: 'https://example.org/style.json',
      host: 'example.org',
    });
    expect(basemapChoice(q('https://tiles.example.org:8443/s.json'), undefined, PUBLIC_PAGE)).toMatchObject({
      kind: 'ask',
      host: 'tiles.example.org:8443',
    });
  });

  it('keeps the remembered answer for the host', () => {
    const yes = () => true;
    const no = () => false;
    expect(basemapChoice(q('https://example.org/s.json'), undefined, PUBLIC_PAGE, yes)).toEqual({
      kind: 'load',
      url: 'https://example.org/s.json',
    });
    expect(basemapChoice(q('https://example.org/s.json'), undefined, PUBLIC_PAGE, no)).toEqual({
      kind: 'declined',
      host: 'example.org',
    });
  });

  it('refuses what is not https (http only on loopback) and what is not a URL', () => {
    for (const url of [
      'http://example.org/s.json',
      'ftp://example.org/s.json',
      'javascript:alert(1)',
      'data:,{}',
    ])
      expect(basemapChoice(q(url), undefined, PUBLIC_PAGE)).toMatchObject({ kind: 'refuse', why: 'scheme' });
    expect(basemapChoice(q('http://[::1'), undefined, PUBLIC_PAGE)).toMatchObject({
      kind: 'refuse',
      why: 'invalid',
    });
    expect(basemapChoice(q('https://user:pw@example.org/s.json'), undefined, PUBLIC_PAGE)).toMatchObject({
      kind: 'refuse',
      why: 'invalid',
    });
  });

  it('refuses private, loopback and link-local hosts, unless the app is on that range', () => {
    for (const url of [
      'https://169.254.169.254/latest/meta-data',
      'https://192.168.1.1/style.json',
      'http://127.0.0.1:9/style.json',
      'https://localhost/style.json',
      'https://[fe80::1]/style.json',
    ])
      expect(basemapChoice(q(url), undefined, PUBLIC_PAGE), url).toMatchObject({
        kind: 'refuse',
        why: 'private',
      });
    // Opened from loopback (a developer's machine): a style on loopback is asked about; link-local still refused.
    expect(basemapChoice(q('http://127.0.0.1:9/style.json'), undefined, LOOPBACK_PAGE)).toMatchObject({
      kind: 'ask',
      host: '127.0.0.1:9',
    });
    expect(basemapChoice(q('https://169.254.169.254/x'), undefined, LOOPBACK_PAGE)).toMatchObject({
      kind: 'refuse',
      why: 'private',
    });
    expect(basemapChoice(q('https://10.0.0.2/s.json'), undefined, 'https://10.0.0.1/app/')).toMatchObject({
      kind: 'ask',
    });
  });

  it('loads a style of the app’s own origin and the build’s setting without a question', () => {
    expect(basemapChoice(q('styles/light.json'), undefined, PUBLIC_PAGE)).toEqual({
      kind: 'load',
      url: 'https://plan.example.cn/explorer/styles/light.json',
    });
    expect(basemapChoice('?lang=zh', 'https://tiles.example.org/style.json', PUBLIC_PAGE)).toEqual({
      kind: 'load',
      url: 'https://tiles.example.org/style.json',
    });
    expect(basemapChoice('?lang=zh', undefined, PUBLIC_PAGE)).toEqual({ kind: 'none' });
    expect(basemapChoice('?basemap=', undefined, PUBLIC_PAGE)).toEqual({ kind: 'none' });
  });
});
