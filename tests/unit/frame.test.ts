// Tests of framing a subject clear of what covers a view (src/map/frame.ts): the free rectangles left by boxes, the
// subject's place on screen, and the camera that puts it in the free part (kept when it already is there; zoomed out
// no further than it must; pushed by the map's bounds no more than they allow).
import { describe, expect, it } from 'vitest';
import {
  constrain,
  contains,
  frameSubject,
  freeRects,
  overlaps,
  projectBounds,
  type Camera,
  type LonLatBounds,
  type Rect,
} from '../../src/map/frame';

const view = { width: 1280, height: 746 };
/** A caption card top left, a toolbar top right, a legend bottom left: as in the tour on a laptop. */
const over: Rect[] = [
  { x: 12, y: 12, width: 447, height: 428 },
  { x: 735, y: 8, width: 490, height: 36 },
  { x: 10, y: 673, width: 240, height: 37 },
];
const free = freeRects(view, over, 16);
const camera: Camera = { center: [121.2711, 31.1511], zoom: 9.15, bearing: 0, pitch: 0 };
/** The five new towns, roughly. */
const towns: LonLatBounds = [121.05, 30.85, 121.97, 31.46];
const clear = (r: Rect) => over.every((o) => !overlaps(o, r));

describe('free rectangles', () => {
  it('are clear of every box by the margin and within the view, none inside another', () => {
    expect(free.length).toBeGreaterThan(1);
    for (const r of free) {
      expect(contains({ x: 16, y: 16, width: 1248, height: 714 }, r)).toBe(true);
      for (const o of over)
        expect(overlaps({ x: o.x - 15, y: o.y - 15, width: o.width + 30, height: o.height + 30 }, r)).toBe(
          false,
        );
    }
    for (const a of free) for (const b of free) if (a !== b) expect(contains(a, b)).toBe(false);
    // The largest: right of the card, from the toolbar down to the bottom.
    expect(free).toContainEqual({ x: 475, y: 60, width: 789, height: 670 });
  });

  it('cover the whole view, less the margin, when nothing covers it', () => {
    expect(freeRects(view, [], 10)).toEqual([{ x: 10, y: 10, width: 1260, height: 726 }]);
  });
});

describe('framing a subject', () => {
  it('keeps the camera when the subject is already clear', () => {
    const small: LonLatBounds = [121.45, 31.2, 121.5, 31.25];
    expect(clear(projectBounds(small, camera, view))).toBe(true);
    expect(frameSubject(small, camera, view, free)).toBe(camera);
  });

  it('moves a subject under the card into the free part, at the same zoom when it fits there', () => {
    const east: Camera = { ...camera, center: [121.6, 31.15] };
    expect(clear(projectBounds(towns, east, view))).toBe(false);
    const framed = frameSubject(towns, east, view, free);
    expect(framed.zoom).toBeCloseTo(camera.zoom, 6);
    const at = projectBounds(towns, framed, view);
    expect(clear(at)).toBe(true);
    expect(free.some((r) => contains(r, at))).toBe(true);
  });

  it('zooms out only as far as the subject needs, never in', () => {
    const close = { ...camera, zoom: 10.5 };
    const framed = frameSubject(towns, close, view, free);
    expect(framed.zoom).toBeLessThan(10.5);
    const at = projectBounds(towns, framed, view);
    // It fills its rectangle one way (789 wide or 670 high).
    expect(Math.max(at.width / 789, at.height / 670)).toBeCloseTo(1, 3);
    const far = frameSubject(towns, { ...camera, zoom: 7 }, view, free);
    expect(far.zoom).toBeLessThanOrEqual(7);
  });

  it('frames within the map’s bounds: the camera as the map will show it, still clear', () => {
    // The west edge of the bounds lies just west of the subject: the map stops short of centring it.
    const limits = {
      bounds: [
        [119.9, 30.0],
        [123.0, 32.6],
      ] as [[number, number], [number, number]],
      minZoom: 6,
      maxZoom: 17,
    };
    const west: LonLatBounds = [120.5, 30.9, 121.0, 31.3];
    const east: Camera = { ...camera, center: [121.0, 31.1] };
    expect(clear(projectBounds(west, constrain(east, view, limits), view))).toBe(false);
    const framed = frameSubject(west, east, view, free, limits);
    expect(constrain(framed, view, limits)).toEqual(framed);
    expect(clear(projectBounds(west, framed, view))).toBe(true);
  });

  it('leaves a turned or tilted camera as it is', () => {
    const turned = { ...camera, bearing: 30 };
    expect(frameSubject(towns, turned, view, free)).toBe(turned);
    const tilted = { ...camera, pitch: 40 };
    expect(frameSubject(towns, tilted, view, free)).toBe(tilted);
  });
});

describe('the map’s limits', () => {
  it('keep the centre so that the view stays in the bounds, and zoom in until it fits them', () => {
    const limits = {
      bounds: [
        [119.2, 30.0],
        [123.0, 32.6],
      ] as [[number, number], [number, number]],
      minZoom: 6.5,
      maxZoom: 17,
    };
    const out = constrain({ ...camera, center: [118, 31] }, view, limits);
    const at = projectBounds([119.2, 30.0, 123.0, 32.6], out, view);
    expect(at.x).toBeCloseTo(0, 6);
    const wide = constrain({ ...camera, zoom: 6.5 }, view, limits);
    expect(wide.zoom).toBeGreaterThan(7.8);
  });
});
