// Keeps the audience window and the presenter window on the same step (BroadcastChannel, same origin, both ways).
// The presenter asks for the state when it opens; either window announces the steps it moves to itself.

import type { Tour } from '../../data/tour-schema';

export type SyncMessage =
  | { kind: 'hello'; from: string }
  | { kind: 'state'; from: string; tour: Tour; step: number }
  | { kind: 'step'; from: string; tourId: string; step: number };

export interface Sync {
  post: (msg: DistributiveOmit<SyncMessage, 'from'>) => void;
  close: () => void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const CHANNEL = 'shanghai-14fyp-tour';
/** The presenter's window's name: opened again, the same window is reused. */
export const PRESENTER_WINDOW = 'shanghai-14fyp-presenter';
const self = Math.random().toString(36).slice(2);

/** Opens the channel; `onMessage` gets every message from the other windows. A no-op where unsupported. */
export function openSync(onMessage: (msg: SyncMessage) => void): Sync {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const ch = new BroadcastChannel(CHANNEL);
  ch.onmessage = (e: MessageEvent<SyncMessage>) => {
    const msg = e.data;
    if (msg && typeof msg === 'object' && msg.from !== self) onMessage(msg);
  };
  return {
    post: (msg) => ch.postMessage({ ...msg, from: self }),
    close: () => ch.close(),
  };
}
