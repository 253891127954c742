// The service worker's rules, apart from the worker (which the unit tests cannot run): which version a page runs,
// and when the files of other versions may be deleted from the cache. Only once no open page runs another version
// (or has not said which it runs), and never while a newer worker is installed but waiting: the cache it filled
// is the next version, which the reader has not accepted yet.

/** What a page says it runs: its entry script's URL and the build's data version (src/sw-register.ts). */
export interface PageReport {
  entry: string;
  data: string;
}

export type PageVersion = 'current' | 'other' | 'unknown';

/** A page's version for this worker, from its report (if any): current when its entry and data are this build's. */
export function pageVersion(
  report: PageReport | undefined,
  isOwnUrl: (url: string) => boolean,
  ownData: string,
): PageVersion {
  if (!report) return 'unknown';
  return isOwnUrl(report.entry) && report.data === ownData ? 'current' : 'other';
}

export type Cleanup = 'clean' | 'ask' | 'wait';

/**
 * What the active worker does about the files of other versions: `clean` them when every open page runs this
 * version, `ask` the pages that have not said which version they run, else `wait` (a page still runs an older
 * version and may load its lazy chunks; or a newer worker waits, whose files are in the cache too).
 */
export function cleanupDecision(pages: readonly PageVersion[], newerWorker: boolean): Cleanup {
  if (newerWorker) return 'wait';
  if (pages.includes('unknown')) return 'ask';
  if (pages.includes('other')) return 'wait';
  return 'clean';
}

/** The messages between the pages and the worker. */
export type ToWorker = { type: 'SKIP_WAITING' } | ({ type: 'RUNNING' } & PageReport);
export type ToPage = { type: 'WHICH' };

export function isToWorker(data: unknown): data is ToWorker {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (m['type'] === 'SKIP_WAITING') return true;
  return m['type'] === 'RUNNING' && typeof m['entry'] === 'string' && typeof m['data'] === 'string';
}

/** Caches of the hand-written worker this one replaced (`explorer:<scope>:<version>`), deleted with the rest. */
export const isLegacyCache = (name: string, scope: string): boolean => name.startsWith(`explorer:${scope}:`);
