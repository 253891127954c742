// The compare model's words in a language given by the caller: the generic messages of the catalogue
// (src/i18n/messages-views.ts), the plan's own words from its compare config, a row's name and how it was made,
// and a place's name. No store: the build and the tests pass the language, the view passes the current one.

import { fillMessage } from '../../i18n/messages-tour';
import type { Lang } from '../../i18n/lang';
import { VIEW_MESSAGES } from '../../i18n/messages-views';
import type { Bilingual, CompareConfig, RowId } from './config';

export type ViewMessageKey = keyof typeof VIEW_MESSAGES;
export type Vars = Record<string, string | number>;

/** A generic message of the catalogue in `lang`, `{name}` placeholders filled in. */
export const msg = (lang: Lang, key: ViewMessageKey, vars: Vars = {}): string =>
  fillMessage(VIEW_MESSAGES[key][lang], vars);

/** A text of the config (or any pair) in `lang`, `{name}` placeholders filled in. */
export const say = (lang: Lang, text: Bilingual, vars: Vars = {}): string => fillMessage(text[lang], vars);

function rowDef(config: CompareConfig, id: RowId) {
  const def = config.rows.find((r) => r.id === id);
  if (!def) throw new Error(`compare: the config has no row ${id}`);
  return def;
}

/** A row's name in `lang` (`{km}` is the config's distance for "near"). */
export const rowName = (config: CompareConfig, id: RowId, lang: Lang): string =>
  say(lang, rowDef(config, id).label, { km: config.nearKm });

/** How a row was made, in `lang`, for the table's row header and the CSV's source column. */
export const rowHow = (config: CompareConfig, id: RowId, lang: Lang): string =>
  say(lang, rowDef(config, id).how, { km: config.nearKm });

/** A place's name in `lang`: in English the English name first, the Chinese beside it. */
export const placeName = (p: { name_zh: string; name_en: string }, lang: Lang): string =>
  lang === 'en' && p.name_en ? `${p.name_en} ${p.name_zh}` : p.name_zh;
