// The current interface language and `t()`, the one way UI code gets a string. Modules that render once
// subscribe to `lang` in the store and render again when it changes.

import { store } from '../state/store';
import { MESSAGES } from './messages';
import { SAFETY_MESSAGES } from './messages-safety';
import { VIEW_MESSAGES } from './messages-views';
import { TARGET_MESSAGES } from './messages-targets';
import { OUT_MESSAGES } from './messages-out';
import { fillMessage, TOUR_PROBLEM_MESSAGES } from './messages-tour';
import type { Lang } from './lang';

/** Every interface string: the app's, its views' and the tour checker's. */
export const CATALOGUE = {
  ...MESSAGES,
  ...VIEW_MESSAGES,
  ...TARGET_MESSAGES,
  ...SAFETY_MESSAGES,
  ...OUT_MESSAGES,
  ...TOUR_PROBLEM_MESSAGES,
};
export type MessageKey = keyof typeof CATALOGUE;

export function lang(): Lang {
  return store.getState().lang;
}

/** The message in the current language, `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fillMessage(CATALOGUE[key][lang()], vars);
}

/** A pair given by data (theme names, statuses): the current language's side. */
export function pick(pair: { zh: string; en: string }): string {
  return pair[lang()];
}
