// A tour as a link: the tour's JSON, deflated and base64url-encoded, in the page's `?tour=` parameter (the query,
// not the hash: the router rewrites the hash as the camera moves, and would drop it). Pure functions; the browser
// and Node 20 both have CompressionStream.

import type { Tour } from '../../data/tour-schema';
import { VIEW_MESSAGES } from '../../i18n/messages-views';

/** Links longer than this are refused (some servers and chat tools cut longer URLs). */
export const MAX_LINK_CHARS = 8000;
export const TOUR_PARAM = 'tour';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of a base64url string; null when it has the right characters but not a possible length (cut short). */
function fromBase64Url(s: string): Uint8Array | null {
  if (s.length % 4 === 1) return null;
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export async function encodeTour(tour: Tour): Promise<string> {
  return toBase64Url(
    await pipe(new TextEncoder().encode(JSON.stringify(tour)), new CompressionStream('deflate-raw')),
  );
}

/** Why a link's payload is not a tour's text: `key` names the message in the catalogue (English in `message`). */
export class TourLinkError extends Error {
  readonly key: 'share.notBase64' | 'share.damaged';
  constructor(key: TourLinkError['key'], options?: ErrorOptions) {
    super(VIEW_MESSAGES[key].en, options);
    this.name = 'TourLinkError';
    this.key = key;
  }
}

/** The JSON text inside a link's payload; throws a `TourLinkError` when the payload is damaged. */
export async function decodeTour(payload: string): Promise<string> {
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) throw new TourLinkError('share.notBase64');
  const damaged = (cause?: unknown) => new TourLinkError('share.damaged', { cause });
  const bytes = fromBase64Url(payload);
  if (!bytes) throw damaged();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(
      await pipe(bytes, new DecompressionStream('deflate-raw')),
    );
  } catch (e) {
    throw damaged(e);
  }
}

/** A link that opens `tour` at step 1, on the page at `base` (its other query parameters kept). */
export async function tourLink(base: string, tour: Tour): Promise<string> {
  const url = new URL(base);
  url.searchParams.set(TOUR_PARAM, await encodeTour(tour));
  url.hash = `#/tour/${tour.id}/1`;
  return url.href;
}
