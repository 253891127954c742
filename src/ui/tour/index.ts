// Presenter mode, `#/tour/<id>/<step>` (steps from 1): the caption card, the camera flown to each step, its layers
// and highlighted places, keys a clicker sends (→ ← PageDown PageUp Space, Home, End, Esc), free exploration with one
// key (B) back to the step, full screen, image export of the step, authoring; and `#/tour/<id>/<step>/presenter`, the
// presenter's window (notes, current and next step), kept in step with the audience window both ways.

import './tour.css';
import type { Map as MapLibreMap, MapLibreEvent } from 'maplibre-gl';
import type { Places } from '../../data/load';
import { loadPlaces, loadPlan } from '../../data/load';
import type { Plan } from '../../data/plan';
import {
  checkTourRefs,
  parseTourValue,
  stepCitations,
  type Tour,
  type TourStep,
} from '../../data/tour-schema';
import { themeIds } from '../../data/active-plan';
import { getMap, mapReady } from '../../map/bridge';
import { currentHash, navigate } from '../../router';
import { setHiddenLayers, setHighlighted, setRoute, store } from '../../state/store';
import { t } from '../../i18n/i18n';
import { h } from '../dom';
import {
  closeExportDialog,
  exportPng,
  EXPORT_SIZES,
  installPrint,
  isExportOpen,
  openExportDialog,
  setExportContext,
} from '../export/index';
import { showNotice } from '../notice';
import type { ViewHandle } from '../views';
import { mountEditor, type Editor } from './editor';
import { mountPresenter, type Presenter } from './presenter';
import { captionLines, renderCaption, stepHeading, titleText } from './render';
import { browserRefs, dropLinkParam, resolveTour, writeLocal, type TourSource } from './sources';
import { openSync, type SyncMessage } from './sync';

export interface Session {
  tour: Tour;
  source: TourSource;
  builtIn?: Tour;
  /** 1-based. */
  step: number;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

function stepOf(route: readonly string[]): number | null {
  const raw = route[2];
  if (raw === undefined) return null;
  const n = Number(raw);
  return Number.isInteger(n) ? n : null;
}

export function tourHash(id: string, step: number, presenter = false): string {
  return `#/tour/${id}/${step}${presenter ? '/presenter' : ''}`;
}

function tourRoute(id: string, step: number, presenter: boolean): string[] {
  return ['tour', id, String(step), ...(presenter ? ['presenter'] : [])];
}

/** Moves to a step through the router (a history entry; the camera is the step's to move, not the URL's). */
function goRoute(id: string, step: number, presenter: boolean): void {
  navigate(tourRoute(id, step, presenter));
}

/** Corrects the route in place (no history entry), after the current route change has been handled. */
function replaceRoute(id: string, step: number, presenter: boolean): void {
  queueMicrotask(() => {
    history.replaceState(history.state, '', tourHash(id, step, presenter));
    setRoute(tourRoute(id, step, presenter));
  });
}

/** The themes visible now. */
function visibleThemes(): string[] {
  const hidden = store.getState().hiddenLayers;
  return themeIds().filter((t) => !hidden.includes(t));
}

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/** The current camera, layers and highlighted places as a new step (caption still to be written). */
function captureStep(map: MapLibreMap | null, fallback: TourStep | undefined): TourStep {
  const c = map?.getCenter();
  const view = map
    ? {
        center: [round(c!.lng, 4), round(c!.lat, 4)] as [number, number],
        zoom: round(map.getZoom(), 2),
        bearing: round(map.getBearing(), 1),
        pitch: round(map.getPitch(), 1),
      }
    : (fallback?.view ?? { center: [121.18, 31.25] as [number, number], zoom: 8.6, bearing: 0, pitch: 0 });
  return {
    title: t('tour.newStep'),
    view,
    layers: visibleThemes(),
    highlight: [...store.getState().highlighted],
    caption: [{ summary: '', cites: [] }],
    notes: '',
  };
}

export function mount(host: HTMLElement, initialRoute: string[]): ViewHandle {
  let route = initialRoute;
  const presenterMode = () => route[3] === 'presenter';
  const root = h('div', {
    className: presenterMode() ? 'tour tour-presenter-mode' : 'tour',
    'data-state': 'loading',
  });
  host.append(root);

  let session: Session | null = null;
  let plan: Plan | null = null;
  let places: Places | null = null;
  let unmounted = false;
  let explored = false;
  /** A step another window asked for: reaching it is not announced back. */
  let remoteStep: number | null = null;
  let loadSeq = 0;
  const hiddenBefore = [...store.getState().hiddenLayers];
  const cleanups: (() => void)[] = [];

  void loadPlan().then((p) => (plan = p));
  void loadPlaces().then((p) => (places = p));

  // --- the card (audience) ---
  const counter = h('span', { className: 'tour-counter', 'aria-live': 'polite' });
  const tourName = h('span', { className: 'tour-name' });
  const badge = h('span', { className: 'tour-source-badge' });
  const body = h('div', { className: 'tour-body' });
  const prevBtn = h('button', { type: 'button', className: 'btn tour-prev', onclick: () => go(-1) });
  const nextBtn = h('button', { type: 'button', className: 'btn tour-next', onclick: () => go(+1) });
  const backBtn = h('button', {
    type: 'button',
    className: 'btn tour-back',
    hidden: true,
    onclick: () => backToStep(),
  });
  const nav = h('nav', { className: 'tour-nav' }, prevBtn, nextBtn, backBtn);
  const card = h(
    'article',
    { className: 'tour-card' },
    h('header', { className: 'tour-card-head' }, tourName, badge, counter),
    body,
    nav,
  );
  const fsBtn = h('button', {
    type: 'button',
    className: 'btn tour-fullscreen',
    onclick: () => void toggleFullscreen(),
  });
  const presenterBtn = h('button', {
    type: 'button',
    className: 'btn tour-open-presenter',
    onclick: () => openPresenter(),
  });
  const exportBtn = h('button', {
    type: 'button',
    className: 'btn tour-export',
    onclick: () => openExportDialog(),
  });
  const exportAllBtn = h('button', {
    type: 'button',
    className: 'btn tour-export-all',
    onclick: () => void exportAllSteps(),
  });
  const editBtn = h('button', {
    type: 'button',
    className: 'btn tour-edit',
    'aria-expanded': 'false',
    onclick: () => toggleEditor(),
  });
  const exitBtn = h('button', { type: 'button', className: 'btn tour-exit', onclick: () => leave() });
  const toolbar = h(
    'div',
    { className: 'tour-toolbar', role: 'toolbar' },
    document.fullscreenEnabled ? fsBtn : null,
    presenterBtn,
    exportBtn,
    exportAllBtn,
    editBtn,
    exitBtn,
  );
  /** The card's and the toolbar's fixed words, in the current language. */
  const labelChrome = () => {
    prevBtn.textContent = t('tour.prev');
    nextBtn.textContent = t('tour.next');
    backBtn.textContent = t('tour.backToStep');
    card.setAttribute('aria-label', t('tour.card'));
    nav.setAttribute('aria-label', t('tour.steps'));
    toolbar.setAttribute('aria-label', t('tour.tools'));
    presenterBtn.textContent = t('tour.presenterView');
    exportBtn.textContent = t('tour.exportImage');
    exportAllBtn.textContent = t('tour.exportAll');
    editBtn.textContent = t('tour.edit');
    exitBtn.textContent = t('tour.exit');
    updateFsLabel();
  };
  const editorHost = h('div', { className: 'tour-editor-host' });
  let editor: Editor | null = null;
  let presenter: Presenter | null = null;

  function updateFsLabel(): void {
    fsBtn.textContent = t(document.fullscreenElement ? 'tour.exitFullscreen' : 'tour.fullscreen');
  }
  labelChrome();
  document.addEventListener('fullscreenchange', updateFsLabel);
  cleanups.push(() => document.removeEventListener('fullscreenchange', updateFsLabel));

  async function toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch (e) {
      showNotice(t('tour.fullscreenFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  }

  // --- the map ---
  let mapRef: MapLibreMap | null = null;
  const onMoveStart = (e: MapLibreEvent<unknown>) => {
    if ((e as { originalEvent?: unknown }).originalEvent) setExplored(true);
  };
  function attachMap(map: MapLibreMap): void {
    if (mapRef || unmounted) return;
    mapRef = map;
    map.on('movestart', onMoveStart);
    const keyboardWas = map.keyboard.isEnabled();
    map.keyboard.disable(); // the arrow keys step through the tour
    cleanups.push(() => {
      map.off('movestart', onMoveStart);
      if (keyboardWas) map.keyboard.enable();
    });
  }

  function setExplored(on: boolean): void {
    explored = on;
    backBtn.hidden = !on;
    root.dataset['explored'] = String(on);
  }

  const layersDiffer = (step: TourStep) => {
    const v = visibleThemes();
    return v.length !== step.layers.length || v.some((t) => !step.layers.includes(t));
  };

  function applyStep(step: TourStep, animate: boolean): void {
    const keep = store.getState().hiddenLayers.filter((l) => !themeIds().includes(l));
    setHiddenLayers([...keep, ...themeIds().filter((t) => !step.layers.includes(t))]);
    setHighlighted([...step.highlight]);
    setExplored(false);
    const move = (map: MapLibreMap, fly: boolean) => {
      if (unmounted) return;
      attachMap(map);
      const target = {
        center: step.view.center,
        zoom: step.view.zoom,
        bearing: step.view.bearing,
        pitch: step.view.pitch,
      };
      if (fly && !reducedMotion()) map.flyTo({ ...target, maxDuration: 4000, essential: true });
      else map.jumpTo(target);
    };
    const map = getMap();
    // A frame later: a URL typed by hand is synced twice by the router (popstate, then hashchange), the second
    // time with the camera it had; the step's camera must come after that.
    if (map) requestAnimationFrame(() => move(map, animate));
    else void mapReady().then((m) => move(m, false));
  }

  function backToStep(): void {
    const step = session?.tour.steps[session.step - 1];
    if (step && !presenterMode()) applyStep(step, true);
  }

  // --- steps ---
  function go(delta: number): void {
    if (session) goTo(session.step + delta);
  }

  function goTo(n: number): void {
    if (!session) return;
    const c = Math.min(Math.max(1, n), session.tour.steps.length);
    if (c === session.step) return;
    goRoute(session.tour.id, c, presenterMode());
  }

  function exportContextFor(s: Session): void {
    const step = s.tour.steps[s.step - 1];
    if (!step) return;
    setExportContext({
      title: titleText(step),
      subtitle: t('tour.exportSubtitle', { tour: titleText(s.tour), n: s.step, total: s.tour.steps.length }),
      caption: captionLines(step),
      cites: stepCitations(step),
      slug: `${s.tour.id}-${s.step}`,
    });
  }

  function renderCard(): void {
    if (!session) return;
    const { tour, step: n } = session;
    const step = tour.steps[n - 1];
    if (!step) return;
    tourName.textContent = titleText(tour);
    badge.textContent =
      session.source === 'link' ? t('tour.fromLink') : session.source === 'local' ? t('tour.yourCopy') : '';
    badge.hidden = session.source === 'built-in';
    counter.textContent = t('tour.counter', { n, total: tour.steps.length });
    body.replaceChildren(stepHeading(step), renderCaption(step, plan));
    prevBtn.disabled = n <= 1;
    nextBtn.disabled = n >= tour.steps.length;
    root.dataset['step'] = String(n);
    root.dataset['tourId'] = tour.id;
  }

  /** Shows step `n` of the session's tour (the route says which). */
  function show(n: number, animate: boolean): void {
    if (!session) return;
    const total = session.tour.steps.length;
    if (n < 1 || n > total) {
      const c = Math.min(Math.max(1, n), total);
      showNotice(t('tour.outOfRange', { total, n: c }));
      replaceRoute(session.tour.id, c, presenterMode());
      return;
    }
    const moved = n !== session.step || root.dataset['state'] !== 'ready';
    session.step = n;
    root.dataset['state'] = 'ready';
    exportContextFor(session);
    if (presenterMode()) presenter?.render(session);
    else {
      renderCard();
      const step = session.tour.steps[n - 1];
      if (step && moved) applyStep(step, animate);
    }
    editor?.refresh(false);
    if (remoteStep === n) remoteStep = null;
    else if (moved) sync.post({ kind: 'step', tourId: session.tour.id, step: n });
  }

  // --- sync with the other window ---
  const sync = openSync((msg: SyncMessage) => {
    if (unmounted) return;
    if (msg.kind === 'hello') {
      if (session && !presenterMode()) sync.post({ kind: 'state', tour: session.tour, step: session.step });
      return;
    }
    if (msg.kind === 'state') {
      if (!presenterMode()) return;
      presenter?.connected(true);
      if (!session || session.tour.id === msg.tour.id || root.dataset['state'] !== 'ready') {
        const parsed = parseTourValue(msg.tour);
        if (!parsed.ok) return;
        const sameId = session?.tour.id === parsed.tour.id;
        session = { tour: parsed.tour, source: session?.source ?? 'local', step: session?.step ?? 1 };
        if (!sameId) {
          remoteStep = msg.step;
          replaceRoute(parsed.tour.id, msg.step, true);
          return;
        }
        if (msg.step !== session.step) {
          remoteStep = msg.step;
          goRoute(parsed.tour.id, msg.step, true);
        } else presenter?.render(session);
      }
      return;
    }
    if (msg.kind === 'step' && session && msg.tourId === session.tour.id && msg.step !== session.step) {
      if (presenterMode()) presenter?.connected(true);
      remoteStep = msg.step;
      goRoute(session.tour.id, msg.step, presenterMode());
    }
  });
  cleanups.push(() => sync.close());

  function openPresenter(): void {
    if (!session) return;
    const url = `${location.pathname}${location.search}${tourHash(session.tour.id, session.step, true)}`;
    const w = window.open(url, 'shanghai-14fyp-presenter', 'popup,width=1100,height=760');
    if (!w) showNotice(t('tour.popupBlocked', { url: new URL(url, location.href).href }), 'error');
  }

  // --- loading a tour ---
  async function load(id: string | undefined, step: number | null): Promise<void> {
    const mine = ++loadSeq;
    root.dataset['state'] = 'loading';
    if (!id) {
      showError(() => t('tour.noneNamed'));
      return;
    }
    const resolved = await resolveTour(id).catch((e: unknown) => ({
      problems: [e instanceof Error ? e.message : String(e)],
      loaded: undefined,
    }));
    if (unmounted || mine !== loadSeq) return;
    for (const p of resolved.problems.slice(0, 3)) showNotice(p, 'error');
    if (!resolved.loaded) {
      if (presenterMode()) {
        // The audience window may have a tour this window cannot load (edited there, not yet saved).
        presenter?.waiting(id);
        sync.post({ kind: 'hello' });
        return;
      }
      showError(() => t('tour.noSuchTour', { id }));
      return;
    }
    // The session's tour is edited in place: never the cached built-in itself.
    session = { ...resolved.loaded, tour: structuredClone(resolved.loaded.tour), step: 0 };
    if (step === null) {
      replaceRoute(id, 1, presenterMode());
      return;
    }
    show(step, getMap() !== null && root.dataset['shown'] === 'true');
    root.dataset['shown'] = 'true';
    if (presenterMode()) sync.post({ kind: 'hello' });
  }

  /** The error shown, kept to say it again when the language changes. */
  let errorMessage: (() => string) | null = null;

  function showError(message: () => string): void {
    errorMessage = message;
    root.dataset['state'] = 'error';
    body.replaceChildren(
      h('p', { className: 'tour-error', role: 'alert' }, message()),
      h(
        'p',
        {},
        h('a', { href: '#/tour/overview/1' }, t('tour.openBuiltIn')),
        ' · ',
        h('a', { href: '#/' }, t('view.back')),
      ),
    );
    counter.textContent = '';
    prevBtn.disabled = true;
    nextBtn.disabled = true;
  }

  // --- authoring ---
  function toggleEditor(force?: boolean): void {
    const on = force ?? !editor;
    const btn = toolbar.querySelector('.tour-edit');
    btn?.setAttribute('aria-expanded', String(on));
    root.classList.toggle('tour-editing', on);
    if (!on) {
      editor?.destroy();
      editor = null;
      return;
    }
    if (editor || !session) return;
    editor = mountEditor(editorHost, {
      session: () => session,
      places: () => places,
      refs: () => browserRefs(),
      changed: (structural) => {
        if (!session) return;
        renderCard();
        exportContextFor(session);
        void persist();
        if (structural) {
          const step = session.tour.steps[session.step - 1];
          if (step) applyStep(step, true);
        }
      },
      goTo,
      captureStep: () => captureStep(getMap(), session?.tour.steps[session.step - 1]),
      replaceTour: (tour, step, source = 'local') => {
        if (!session) return;
        const builtIn = session.builtIn?.id === tour.id ? session.builtIn : undefined;
        // step 0: whatever the route says next is shown afresh
        session = { tour, source, step: 0, ...(builtIn ? { builtIn } : {}) };
        if (source === 'local') writeLocal(tour);
        dropLinkParam();
        sync.post({ kind: 'state', tour, step });
        if (route[1] === tour.id && stepOf(route) === step) show(step, true);
        else goRoute(tour.id, step, false);
      },
      close: () => toggleEditor(false),
    });
  }

  /** Keeps the user's copy when it is valid, and the presenter window up to date. */
  async function persist(): Promise<void> {
    if (!session) return;
    const s = session;
    const errors = checkTourRefs(s.tour, await browserRefs());
    const shape = parseTourValue(s.tour);
    if (errors.length || !shape.ok) return;
    if (s.source === 'built-in') s.source = 'local';
    if (s.source === 'link') {
      s.source = 'local';
      dropLinkParam();
    }
    writeLocal(s.tour);
    renderCard();
    sync.post({ kind: 'state', tour: s.tour, step: s.step });
  }

  // --- every step as an image (handouts) ---
  async function exportAllSteps(): Promise<void> {
    if (!session) return;
    const s = session;
    const start = s.step;
    const size = EXPORT_SIZES[0]!;
    for (let i = 1; i <= s.tour.steps.length && !unmounted; i++) {
      const step = s.tour.steps[i - 1]!;
      s.step = i;
      exportContextFor(s);
      applyStep(step, false);
      const map = getMap();
      if (map) {
        map.triggerRepaint();
        await map.once('idle');
      }
      try {
        await exportPng(size);
      } catch (e) {
        showNotice(
          t('tour.exportFailed', { n: i, error: e instanceof Error ? e.message : String(e) }),
          'error',
        );
        break;
      }
    }
    s.step = start;
    exportContextFor(s);
    const step = s.tour.steps[start - 1];
    if (step && !unmounted) applyStep(step, false);
  }

  // --- keys ---
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isExportOpen()) return;
    const t = e.target as HTMLElement | null;
    if (t?.closest('input, textarea, select, [contenteditable="true"], .tour-editor')) return;
    if ((e.key === ' ' || e.key === 'Enter') && t?.closest('button, a, summary, label')) return;
    switch (e.key) {
      case 'ArrowRight':
      case 'PageDown':
      case ' ':
      case 'Spacebar':
        go(+1);
        break;
      case 'ArrowLeft':
      case 'PageUp':
        go(-1);
        break;
      case 'Home':
        goTo(1);
        break;
      case 'End':
        if (session) goTo(session.tour.steps.length);
        break;
      case 'Escape':
        if (presenterMode()) return;
        if (editor) toggleEditor(false);
        else leave();
        break;
      case 'b':
      case 'B':
        if (presenterMode()) return;
        backToStep();
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };
  window.addEventListener('keydown', onKey, true);
  cleanups.push(() => window.removeEventListener('keydown', onKey, true));

  // A tour link followed or typed (not our own moves, which go through the router) is synced by the router twice,
  // on popstate and on hashchange, the second time with the camera the URL had before: the step's camera wins
  // (unless the user has moved the map since).
  const onHashChange = () => {
    const step = session?.tour.steps[session.step - 1];
    const map = getMap();
    if (!step || !map || presenterMode() || explored || root.dataset['state'] !== 'ready') return;
    const parsed = currentHash();
    if (parsed.route[1] !== session?.tour.id || stepOf(parsed.route) !== session?.step) return;
    const c = map.getCenter();
    const off =
      Math.abs(c.lng - step.view.center[0]) > 1e-4 ||
      Math.abs(c.lat - step.view.center[1]) > 1e-4 ||
      Math.abs(map.getZoom() - step.view.zoom) > 0.01;
    if (off && !map.isMoving()) applyStep(step, true);
  };
  window.addEventListener('hashchange', onHashChange);
  cleanups.push(() => window.removeEventListener('hashchange', onHashChange));

  function leave(): void {
    navigate([]);
  }

  // Layers switched in the legend mid-tour count as exploring too.
  const unsubscribe = store.subscribe(
    (s) => s.hiddenLayers,
    () => {
      const step = session?.tour.steps[session.step - 1];
      if (step && !presenterMode() && root.dataset['state'] === 'ready')
        setExplored(explored || layersDiffer(step));
    },
  );
  cleanups.push(unsubscribe);

  // The language changes: the same step, the editor's and the export dialog's state kept; only the words change.
  cleanups.push(
    store.subscribe(
      (s) => s.lang,
      () => {
        if (unmounted) return;
        labelChrome();
        if (root.dataset['state'] === 'error' && errorMessage) showError(errorMessage);
        if (!session || root.dataset['state'] !== 'ready') return;
        exportContextFor(session);
        if (presenterMode()) presenter?.render(session);
        else renderCard();
        editor?.refresh(false);
      },
    ),
  );

  if (presenterMode()) {
    presenter = mountPresenter(root, { go, goTo, plan: () => plan });
  } else {
    root.append(card, toolbar, editorHost);
    installPrint(); // Ctrl+P prints the step as the image export composes it
    void mapReady().then((m) => {
      attachMap(m);
      // The caption card sits where the legend opens: fold the legend (one click opens it); unfold it after.
      const legend = document.querySelector<HTMLDetailsElement>('details.legend');
      if (legend?.open && !unmounted) {
        legend.open = false;
        cleanups.push(() => (legend.open = true));
      }
    });
  }
  void load(route[1], stepOf(route));

  return {
    update(next: string[]): void {
      const prev = route;
      route = next;
      if (prev[3] !== next[3]) {
        // Switching between the audience and the presenter layout in one window: start again.
        this.unmount();
        host.replaceChildren();
        Object.assign(this, mount(host, next));
        return;
      }
      const step = stepOf(next);
      if (session && next[1] === session.tour.id) {
        if (step === null) replaceRoute(session.tour.id, 1, presenterMode());
        else show(step, true);
        return;
      }
      void load(next[1], step);
    },
    unmount(): void {
      unmounted = true;
      for (const c of cleanups) c();
      editor?.destroy();
      presenter?.destroy();
      closeExportDialog();
      setExportContext(null);
      if (!presenterMode()) {
        setHighlighted([]);
        setHiddenLayers(hiddenBefore);
      }
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      root.remove();
    },
  };
}
