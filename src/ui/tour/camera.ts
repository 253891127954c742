// The map's side of a tour: a step's view flown to (jumped to with reduced motion), its layers shown, places
// highlighted and the timeline at its date (today for a step without one); the map moved by the user or layers switched in the legend count as exploring, and B (or the
// button) flies back to the step. Also the current camera captured as a new step for the editor. The step's places
// are framed clear of what lies over the map (the caption card, the toolbar, the editor, the legend, the map's
// controls): the step's camera when they already are, else the places centred in the free part (src/map/frame.ts).

import type { Map as MapLibreMap, MapLibreEvent } from 'maplibre-gl';
import type { TourStep } from '../../data/tour-schema';
import { t } from '../../i18n/i18n';
import { viewLimits } from '../../data/active-plan';
import { loadPlaces } from '../../data/load';
import { getMap, mapReady } from '../../map/bridge';
import {
  boundsOf,
  frameSubject,
  freeRects,
  subjectPlaces,
  type Camera as View,
  type Rect,
} from '../../map/frame';
import { currentHash } from '../../router';
import { setHiddenLayers, setHighlighted, store } from '../../state/store';
import { setTimelineDate } from '../../state/commands';
import { stepOnScreen, type TourContext } from './context';
import { stepOf } from './routes';
import { currentStep } from './session';

export interface Camera {
  applyStep: (step: TourStep, animate: boolean) => void;
  /** Back to the current step after exploring. */
  backToStep: () => void;
  dispose: () => void;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/** The themes visible now. */
function visibleThemes(themes: readonly string[]): string[] {
  const hidden = store.getState().hiddenLayers;
  return themes.filter((th) => !hidden.includes(th));
}

/** The map as it is (camera, layers, highlighted places) as a new step, its caption still to be written. */
export function captureStep(ctx: TourContext): TourStep {
  const map = getMap();
  const c = map?.getCenter();
  const view = map
    ? {
        center: [round(c!.lng, 4), round(c!.lat, 4)] as [number, number],
        zoom: round(map.getZoom(), 2),
        bearing: round(map.getBearing(), 1),
        pitch: round(map.getPitch(), 1),
      }
    : (currentStep(ctx.state.session)?.view ?? ctx.facts.defaultView);
  return {
    title: t('tour.newStep'),
    view,
    layers: visibleThemes(ctx.facts.themes),
    highlight: [...store.getState().highlighted],
    ...(store.getState().at ? { at: store.getState().at! } : {}),
    caption: [{ summary: '', cites: [] }],
    notes: '',
  };
}

/** What lies over the map in the tour: the map is framed clear of it. */
const OVER_MAP = [
  '.tour-card',
  '.tour-toolbar',
  '.tour-editor',
  'details.legend',
  '.maplibregl-ctrl-top-right',
  '.maplibregl-ctrl-bottom-left',
  '.maplibregl-ctrl-bottom-right',
];

/** The parts of the map nothing covers, in the map's pixels. */
function freeOnScreen(map: MapLibreMap): Rect[] {
  const box = map.getContainer().getBoundingClientRect();
  const over = [...document.querySelectorAll<HTMLElement>(OVER_MAP.join(','))].map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height };
  });
  return freeRects({ width: box.width, height: box.height }, over, 16);
}

/** The camera for a step on this map: its places framed clear of what lies over the map. */
async function stepCamera(map: MapLibreMap, step: TourStep): Promise<View> {
  const places = await loadPlaces();
  const bounds = boundsOf(subjectPlaces(places.features, step.highlight));
  if (!bounds) return step.view;
  const c = map.getContainer();
  const view = { width: c.clientWidth, height: c.clientHeight };
  return frameSubject(bounds, step.view, view, freeOnScreen(map), viewLimits());
}

/** `onExplored`: the user's exploring began or ended (the view shows the way back). */
export function createCamera(ctx: TourContext, onExplored: (on: boolean) => void): Camera {
  const themes = ctx.facts.themes;
  const cleanups: (() => void)[] = [];
  let mapRef: MapLibreMap | null = null;
  /** The step whose layers the map shows: switching others is exploring. */
  let applied: TourStep | null = null;
  /** The camera the step was shown with (its own, or its places framed clear of the card). */
  let shownAt: View | null = null;

  const layersDiffer = (step: TourStep) => {
    const v = visibleThemes(themes);
    return v.length !== step.layers.length || v.some((th) => !step.layers.includes(th));
  };
  const setExplored = (on: boolean) => {
    ctx.state = { ...ctx.state, explored: on };
    onExplored(on);
  };

  const onMoveStart = (e: MapLibreEvent<unknown>) => {
    if ((e as { originalEvent?: unknown }).originalEvent) setExplored(true);
  };
  function attachMap(map: MapLibreMap): void {
    if (mapRef || ctx.unmounted) return;
    mapRef = map;
    map.on('movestart', onMoveStart);
    const keyboardWas = map.keyboard.isEnabled();
    map.keyboard.disable(); // the arrow keys step through the tour
    cleanups.push(() => {
      map.off('movestart', onMoveStart);
      if (keyboardWas) map.keyboard.enable();
    });
  }

  function applyStep(step: TourStep, animate: boolean): void {
    applied = step;
    ctx.root.dataset['camera'] = 'moving';
    const keep = store.getState().hiddenLayers.filter((l) => !themes.includes(l));
    setHiddenLayers([...keep, ...themes.filter((th) => !step.layers.includes(th))]);
    setHighlighted([...step.highlight]);
    setTimelineDate(step.at ?? null);
    setExplored(false);
    const move = async (map: MapLibreMap, fly: boolean) => {
      if (ctx.unmounted) return;
      attachMap(map);
      const { center, zoom, bearing, pitch } = await stepCamera(map, step);
      if (ctx.unmounted || applied !== step) return;
      const target = { center, zoom, bearing, pitch };
      shownAt = target;
      // `data-camera` on the view: "moving" until the step's camera is reached ("still"), for tests to wait on.
      const still = () => {
        if (applied === step) ctx.root.dataset['camera'] = 'still';
      };
      if (fly && !reducedMotion()) {
        map.flyTo({ ...target, maxDuration: 4000, essential: true });
        // (after flyTo: stopping a flight under way ends a move too)
        if (map.isMoving()) map.once('moveend', still);
        else still();
      } else {
        map.jumpTo(target);
        still();
      }
    };
    const map = getMap();
    // A frame later: a URL typed by hand is synced twice by the router (popstate, then hashchange), the second
    // time with the camera it had; the step's camera must come after that.
    if (map) requestAnimationFrame(() => void move(map, animate));
    else void mapReady().then((m) => move(m, false));
  }

  function backToStep(): void {
    const step = currentStep(ctx.state.session);
    if (step && !ctx.presenter) applyStep(step, true);
  }

  // A tour link followed or typed (not our own moves, which go through the router) is synced by the router twice,
  // on popstate and on hashchange, the second time with the camera the URL had before: the step's camera wins
  // (unless the user has moved the map since).
  const onHashChange = () => {
    const step = stepOnScreen(ctx);
    const s = ctx.state.session;
    const map = getMap();
    if (!step || !s || !map || ctx.presenter || ctx.state.explored) return;
    const parsed = currentHash();
    if (parsed.route[1] !== s.tour.id || stepOf(parsed.route) !== s.step) return;
    const c = map.getCenter();
    const at = shownAt ?? step.view;
    const off =
      Math.abs(c.lng - at.center[0]) > 1e-4 ||
      Math.abs(c.lat - at.center[1]) > 1e-4 ||
      Math.abs(map.getZoom() - at.zoom) > 0.01;
    if (off && !map.isMoving()) applyStep(step, true);
  };
  window.addEventListener('hashchange', onHashChange);
  cleanups.push(() => window.removeEventListener('hashchange', onHashChange));

  // Layers switched in the legend mid-tour count as exploring too.
  cleanups.push(
    store.subscribe(
      (s) => s.hiddenLayers,
      () => {
        if (applied && stepOnScreen(ctx) && !ctx.presenter)
          setExplored(ctx.state.explored || layersDiffer(applied));
      },
    ),
  );

  // The audience window follows the map from the start (the presenter's window does not move it).
  if (!ctx.presenter) void mapReady().then(attachMap);

  return {
    applyStep,
    backToStep,
    dispose: () => {
      for (const c of cleanups) c();
      cleanups.length = 0;
    },
  };
}
