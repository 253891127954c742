// The rules for a basemap style named by a link (`?basemap=<url>`), apart from the page (the unit tests run them):
// a link from a stranger must not make the reader's browser contact a host of the link's choosing, nor replace the
// map without the reader knowing. So: only `https:` styles (`http:` on loopback only, for a style served on the
// reader's own machine); no host on a private, loopback or link-local range unless the app itself was opened from
// such a range; and a style from any other origin than the app's is loaded only once the reader says yes (the
// choice may be remembered per host). The build's own setting, VITE_BASEMAP_STYLE, is trusted as it is.

/** Where an address points: the public internet, or a range a page from outside must not reach into. */
export type HostRange = 'public' | 'private' | 'loopback' | 'link-local';

/** The four bytes of a dotted IPv4 address, or null. (The URL parser writes every IPv4 form in this form.) */
function ipv4(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const bytes = m.slice(1).map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

function ipv4Range([a = 0, b = 0]: number[]): HostRange {
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 100 && b >= 64 && b <= 127) return 'private'; // shared address space (carrier-grade NAT)
  return 'public';
}

/** The 16-bit groups of an IPv6 address as the URL parser writes it (compressed, lower case, no brackets). */
function ipv6Groups(host: string): number[] | null {
  if (!host.includes(':')) return null;
  const [head = '', tail] = host.split('::');
  const part = (s: string) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const h = part(head);
  const t = tail === undefined ? [] : part(tail);
  const groups = tail === undefined ? h : [...h, ...Array<number>(8 - h.length - t.length).fill(0), ...t];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff)
    ? groups
    : null;
}

function ipv6Range(g: number[]): HostRange {
  const [g0 = 0, , , , , g5 = 0, g6 = 0, g7 = 0] = g;
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeros(7) && (g7 === 1 || g7 === 0)) return g7 === 1 ? 'loopback' : 'private';
  if (zeros(5) && g5 === 0xffff) return ipv4Range([g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff]); // ::ffff:a.b.c.d
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xfe00) === 0xfc00) return 'private'; // unique local
  return 'public';
}

/** The range of a URL's hostname (as `new URL(…).hostname` gives it). */
export function hostRange(hostname: string): HostRange {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  const v4 = ipv4(host);
  if (v4) return ipv4Range(v4);
  const v6 = ipv6Groups(host);
  if (v6) return ipv6Range(v6);
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  if (host.endsWith('.local')) return 'link-local'; // multicast DNS names of the local link
  if (/(^|\.)(internal|lan|home\.arpa|intranet|corp)$/.test(host) || !host.includes('.')) return 'private';
  return 'public';
}

export type RefusedWhy = 'invalid' | 'scheme' | 'private';

/** What to do with a basemap style. */
export type BasemapChoice =
  | { kind: 'none' }
  | { kind: 'load'; url: string }
  | { kind: 'ask'; url: string; host: string }
  | { kind: 'refuse'; why: RefusedWhy; host: string }
  | { kind: 'declined'; host: string };

/**
 * What a page at `page` does with the style named by its query (`search`), else by the build (`buildTime`).
 * `remembered` is the reader's remembered answer for a host, if any.
 */
export function basemapChoice(
  search: string,
  buildTime: string | undefined,
  page: string,
  remembered: (host: string) => boolean | null = () => null,
): BasemapChoice {
  const asked = new URLSearchParams(search).get('basemap');
  if (asked === null || asked === '') {
    if (!buildTime) return { kind: 'none' };
    try {
      return { kind: 'load', url: new URL(buildTime, page).href };
    } catch {
      return { kind: 'none' };
    }
  }
  let url: URL;
  try {
    url = new URL(asked, page);
  } catch {
    return { kind: 'refuse', why: 'invalid', host: '' };
  }
  const here = new URL(page);
  if (url.origin === here.origin && (url.protocol === 'https:' || url.protocol === 'http:'))
    return { kind: 'load', url: url.href }; // the app's own server: nothing new is contacted
  const range = hostRange(url.hostname);
  const ownRange = hostRange(here.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && range === 'loopback'))
    return { kind: 'refuse', why: 'scheme', host: url.host };
  if (url.username || url.password) return { kind: 'refuse', why: 'invalid', host: url.host };
  if (range !== 'public' && range !== ownRange) return { kind: 'refuse', why: 'private', host: url.host };
  const answer = remembered(url.host);
  if (answer === false) return { kind: 'declined', host: url.host };
  if (answer === true) return { kind: 'load', url: url.href };
  return { kind: 'ask', url: url.href, host: url.host };
}

/** The key under which the reader's answer for a host is kept (localStorage). */
export const rememberKey = (host: string): string => `explorer:basemap-host:${host}`;
