// How the map draws the plan's themes and statuses. A theme's names, colour and drawing order are the plan's (its
// config; here through src/data/active-plan.ts); every status has its own line style, so that no meaning rests on
// colour alone; line widths and point sizes follow a place's kind.

import type { Status } from '../data/types';

export type { RGB, ThemeStyle } from '../data/plan-manifest';
export { drawRank, themeIds, themeOf, themeStyles } from '../data/active-plan';

/** `#rrggbb` of a colour (for MapLibre's style, which reads CSS colours). */
export const hex = (c: readonly number[]): string =>
  `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

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
