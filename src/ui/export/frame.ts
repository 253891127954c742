// An exported image's subject (a tour step's places, or the places drawn strong) framed into what its furniture
// leaves free: the layout is measured first (layout.ts), the camera for the image's size chosen from it (src/map/
// frame.ts: the view kept when the subject is already clear of the furniture), and where the subject and the boxes
// ended up kept as the last slide's layout (the export dialog shows it on its element, for checking); and the line
// under the title, which says the date the map shows.

import { viewLimits } from '../../data/active-plan';
import { historyDate } from '../../data/history';
import { lang, t } from '../../i18n/i18n';
import { store } from '../../state/store';
import type { Places } from '../../data/load';
import { boundsOf, frameSubject, subjectPlaces, type Rect } from '../../map/frame';
import type { Capture, Framing } from './capture';
import { freeArea, layoutFurniture, type Furniture, type Layout } from './layout';

/** Where everything went on the last image made. */
export interface Slide {
  width: number;
  height: number;
  title: Rect;
  legend: Rect;
  scale: Rect;
  footer: Rect;
  /** The rectangles the furniture leaves free. */
  free: Rect[];
  /** The subject's bounding box on the image; null without a subject. */
  subject: Rect | null;
  legendTextRight: number;
  /** The places labelled strong (the subject's names that found room). */
  labelled: string[];
  /** The line under the title (a tour's step, the date the map shows), if any. */
  subtitle?: string;
  /** The timeline's date the map was drawn at ('' for today). */
  at: string;
}

let last: Slide | null = null;

export const lastSlide = (): Slide | null => last;

/** The layout of an image of `width`×`height` with this furniture, measured on a canvas of its own. */
export function measureLayout(width: number, height: number, f: Furniture): Layout | null {
  const ctx = document.createElement('canvas').getContext('2d');
  return ctx ? layoutFurniture(ctx, width, height, f) : null;
}

/** The framing of an image's subject (places by id) into the free part of its layout; undefined without one. */
export function framingFor(
  layout: Layout,
  size: { width: number; height: number },
  places: Places | null,
  subject: readonly string[],
): Framing | undefined {
  const bounds = places && boundsOf(subjectPlaces(places.features, subject));
  if (!bounds) return undefined;
  const free = freeArea(layout, size.width, size.height);
  return {
    camera: (view, css, ratio) =>
      frameSubject(
        bounds,
        view,
        css,
        free.map((r) => ({
          x: r.x / ratio,
          y: r.y / ratio,
          width: r.width / ratio,
          height: r.height / ratio,
        })),
        viewLimits(),
      ),
    points: [
      [bounds[0], bounds[3]],
      [bounds[2], bounds[1]],
    ],
  };
}

/** Keeps where everything went on the image just made. */
export function recordSlide(cap: Capture, layout: Layout, subtitle?: string): void {
  const { width, height } = cap.canvas;
  const [a, b] = cap.projected;
  last = {
    width,
    height,
    title: layout.title,
    legend: layout.legend,
    scale: layout.scale,
    footer: layout.footer,
    free: freeArea(layout, width, height),
    subject: a && b ? { x: a[0], y: a[1], width: b[0] - a[0], height: b[1] - a[1] } : null,
    legendTextRight: layout.legendTextRight,
    labelled: cap.labelled,
    ...(subtitle ? { subtitle } : {}),
    at: store.getState().at ?? '',
  };
}

/**
 * The line under an image's title: the tour's step, and the date the map shows when the timeline is not at today
 * (地图所示:2021年1月 / Map as of Jan 2021), so that no image of a past date passes for today's.
 */
export function datedSubtitle(subtitle?: string): { subtitle?: string } {
  const at = store.getState().at;
  const date = at ? t('tour.mapAt', { date: historyDate(at, lang()) }) : '';
  const line = [subtitle, date].filter(Boolean).join(' · ');
  return line ? { subtitle: line } : {};
}
