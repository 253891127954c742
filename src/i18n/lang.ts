// The interface language: `?lang=zh|en` in the URL first, then the one the user chose before, then the
// browser's. Pure where it can be: the choice is testable without a browser.

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export const LANG_STORAGE_KEY = 'sh14fyp.lang';

const asLang = (v: string | null | undefined): Lang | null => {
  const s = (v ?? '').trim().toLowerCase();
  if (s === 'zh' || s.startsWith('zh-')) return 'zh';
  if (s === 'en' || s.startsWith('en-')) return 'en';
  return null;
};

/** URL `?lang=` wins; then a stored choice; then the first browser language we speak; else Chinese. */
export function chooseLang(search: string, stored: string | null, browser: readonly string[]): Lang {
  const fromUrl = asLang(new URLSearchParams(search).get('lang'));
  return fromUrl ?? asLang(stored) ?? browser.map(asLang).find((l): l is Lang => l !== null) ?? 'zh';
}

/** Reads the stored choice; corrupted or unavailable storage counts as none. */
export function storedLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // private mode or storage full: the URL still carries the language
  }
}
