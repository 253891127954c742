// The plan's themes as the map draws them: the legend's order (the plan's strategy first), colours from the
// Okabe–Ito set (orange, reddish purple and sky blue darkened to reach 3:1 against the land colour, WCAG AA for
// graphics), and the line style of each status, so that no meaning rests on colour alone.

import type { Status, Theme } from '../data/types';

export type RGB = [number, number, number];

export interface ThemeStyle {
  theme: Theme;
  zh: string;
  en: string;
  colour: RGB;
}

/** Legend order = the plan's spatial strategy, then the networks. */
export const THEME_STYLES: readonly ThemeStyle[] = [
  { theme: 'centre', zh: '中心辐射', en: 'Central city', colour: [213, 94, 0] },
  { theme: 'new-towns', zh: '新城发力', en: 'Five new towns', colour: [179, 124, 0] },
  { theme: 'east-wing', zh: '两翼齐飞 · 东翼', en: 'East wing', colour: [0, 114, 178] },
  { theme: 'west-wing', zh: '两翼齐飞 · 西翼', en: 'West wing', colour: [0, 158, 115] },
  { theme: 'north-south', zh: '南北转型', en: 'North–south transformation', colour: [198, 104, 156] },
  { theme: 'chongming', zh: '崇明世界级生态岛', en: 'Chongming eco-island', colour: [77, 146, 33] },
  { theme: 'water', zh: '一江一河与水', en: 'River, creek and water', colour: [27, 141, 206] },
  { theme: 'ecology', zh: '生态空间', en: 'Ecological space', colour: [77, 146, 33] },
  { theme: 'rail', zh: '轨道交通与枢纽', en: 'Rail and hubs', colour: [34, 34, 34] },
  { theme: 'roads', zh: '道路与物流', en: 'Roads and logistics', colour: [107, 107, 107] },
  { theme: 'utilities', zh: '能源与市政', en: 'Energy and utilities', colour: [85, 85, 85] },
  { theme: 'services', zh: '公共服务与更新', en: 'Services and renewal', colour: [120, 94, 240] },
];

export const THEME_BY_ID: ReadonlyMap<Theme, ThemeStyle> = new Map(THEME_STYLES.map((t) => [t.theme, t]));

/** Drawing order, bottom to top: broad areas first, networks and points on top. */
export const DRAW_ORDER: readonly Theme[] = [
  'west-wing',
  'east-wing',
  'chongming',
  'ecology',
  'new-towns',
  'north-south',
  'centre',
  'services',
  'water',
  'utilities',
  'roads',
  'rail',
];

export interface StatusStyle {
  status: Status;
  zh: string;
  en: string;
  /** deck.gl PathStyleExtension dash `[dash, gap]` in line widths; `[0, 0]` is solid. */
  dash: [number, number];
  /** The same as an SVG `stroke-dasharray` for the legend (at 3 px width). */
  svgDash: string;
}

export const STATUS_STYLES: readonly StatusStyle[] = [
  { status: 'existing', zh: '现状', en: 'existing', dash: [0, 0], svgDash: '' },
  { status: 'under-construction', zh: '在建', en: 'under construction', dash: [1, 2.5], svgDash: '1.5 4' },
  { status: 'planned', zh: '规划', en: 'planned', dash: [5, 3], svgDash: '7.5 4.5' },
  { status: 'proposed', zh: '研究/预留', en: 'proposed', dash: [2, 6], svgDash: '3 9' },
];

export const STATUS_BY_ID: ReadonlyMap<Status, StatusStyle> = new Map(
  STATUS_STYLES.map((s) => [s.status, s]),
);

/** Kinds drawn as heavy lines (railways) vs light ones (metro, pipelines). */
export function lineWidthOf(kind: string): number {
  if (/railway|intercity|suburban/.test(kind)) return 3;
  if (/metro/.test(kind)) return 2.2;
  if (/river/.test(kind)) return 3.5;
  if (/expressway|road/.test(kind)) return 2.2;
  if (/pipeline|main|sewer/.test(kind)) return 1.5;
  if (/greenway|corridor|axis/.test(kind)) return 3;
  return 2;
}

/** Point radius in pixels by kind: hubs largest. */
export function pointRadiusOf(kind: string): number {
  if (/hub/.test(kind)) return 7;
  if (/station/.test(kind)) return 4.5;
  return 5;
}
