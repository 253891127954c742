// The interface strings of the compare, tour and export views, in Chinese and English (same rules as
// messages.ts; merged into one catalogue in i18n.ts and checked by the same unit test).

export const VIEW_MESSAGES = {
  'view.back': { zh: '返回地图', en: 'Back to the map' },
} as const satisfies Record<string, { zh: string; en: string }>;
