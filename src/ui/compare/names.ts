// How the views (compare, tour, export) write place names and lists in the current language: in English the
// English name comes first with the Chinese beside it; in Chinese the Chinese name alone. Lists use the
// language's own separator (、 or a comma) through Intl.ListFormat, so no separator is hard-coded.

import { lang } from '../../i18n/i18n';
import { h } from '../dom';

/** A place's name as plain text: Jiading New Town 嘉定新城 in English, 嘉定新城 in Chinese. */
export function nameText(zh: string, en: string | undefined): string {
  return lang() === 'en' && en ? `${en} ${zh}` : zh;
}

/** A place's name as elements: the current language's name, and in English the Chinese beside it. */
export function nameEl(zh: string, en: string | undefined, className = 'v-name'): HTMLElement {
  if (lang() === 'en' && en)
    return h(
      'span',
      { className },
      h('span', { lang: 'en' }, en),
      ' ',
      h('span', { lang: 'zh', className: 'v-name-zh' }, zh),
    );
  return h('span', { className, lang: 'zh' }, zh);
}

/** Items joined as a list in the current language (嘉定、青浦、松江 / Jiading, Qingpu, Songjiang). */
export function listText(items: readonly string[]): string {
  return new Intl.ListFormat(lang() === 'en' ? 'en' : 'zh', { type: 'conjunction', style: 'narrow' }).format(
    items,
  );
}
