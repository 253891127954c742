// Presenter mode, `#/tour/<id>/<step>` (steps from 1): the caption card, the camera flown to each step, its layers
// and highlighted places, keys a clicker sends (→ ← PageDown PageUp Space, Home, End, Esc), free exploration with one
// key (B) back to the step, full screen, image export of the step, authoring; and `#/tour/<id>/<step>/presenter`, the
// presenter's window (notes, current and next step), kept in step with the audience window both ways; the tour as
// slides or a handout (take-out.ts). This file
// puts the parts together; the session's transitions are in session.ts.

import './tour.css';
import { loadPlaces, loadPlan } from '../../data/load';
import { defaultView, themeIds, themeStyles } from '../../data/active-plan';
import { setHiddenLayers, setHighlighted, store } from '../../state/store';
import { setTimelineDate } from '../../state/commands';
import { h } from '../dom';
import { closeExportDialog } from '../export/dialog';
import { setExportContext } from '../export/index';
import type { ViewHandle } from '../views';
import { createAuthoring } from './authoring';
import { createCamera } from './camera';
import { createCard } from './card';
import { createContext } from './context';
import { listenKeys, type TourCommand } from './keys';
import { createLoader } from './load';
import { mountPresenter, type Presenter } from './presenter';
import { leaveTour, replaceRoute, stepOf } from './routes';
import { currentStep, type PlanFacts } from './session';
import { exportAllSteps } from './step-export';
import { createStepper } from './stepper';
import { takeOut } from './take-out';
import { openPresenterWindow, openWindowSync } from './window-sync';

/** The plan's facts the tour reads, in this one place. */
const planFacts = (): PlanFacts => {
  const v = defaultView();
  return {
    themes: themeIds(),
    themeLabels: themeStyles(),
    defaultView: { center: [v.lon, v.lat], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch },
  };
};

export function mount(host: HTMLElement, initialRoute: string[]): ViewHandle {
  let route = initialRoute;
  const presenter = route[3] === 'presenter';
  const root = h('div', {
    className: presenter ? 'tour tour-presenter-mode' : 'tour',
    'data-state': 'loading',
  });
  host.append(root);
  const ctx = createContext(root, presenter, planFacts());
  const hiddenBefore = [...store.getState().hiddenLayers];
  const atBefore = store.getState().at;
  void loadPlan().then((p) => (ctx.plan = p));
  void loadPlaces().then((p) => (ctx.places = p));

  const stepper = createStepper(ctx, {
    render: (s, moved, animate) => {
      if (presenter) return presenterView?.render(s);
      card.render(s);
      const step = currentStep(s);
      if (step && moved) camera.applyStep(step, animate);
    },
    refresh: () => authoring.refresh(),
    announce: (tourId, step) => sync.post({ kind: 'step', tourId, step }),
  });
  const { go, goTo, show } = stepper;
  const card = createCard(ctx, {
    go,
    back: () => camera.backToStep(),
    openPresenter: () => openPresenterWindow(ctx.state.session),
    exportAll: () => void exportAllSteps(ctx, camera),
    exportSlides: () => void takeOut(ctx, camera, 'slides'),
    exportHandout: () => void takeOut(ctx, camera, 'handout'),
    toggleEditor: () => authoring.toggle(),
    leave: leaveTour,
  });
  const camera = createCamera(ctx, card.setExplored);
  let presenterView: Presenter | null = null;
  const sync = openWindowSync(ctx, () => presenterView);
  const authoring = createAuthoring(ctx, { card, camera, sync, goTo, show, route: () => route });
  const load = createLoader(ctx, {
    show,
    showError: card.showError,
    waiting: (id) => presenterView?.waiting(id),
    hello: () => sync.post({ kind: 'hello' }),
    restored: (editing) => authoring.restored(editing),
  });

  /** A clicker's command; false when it does nothing here (Esc and B in the presenter's window). */
  const run = (c: TourCommand): boolean => {
    if (c === 'next' || c === 'prev') go(c === 'next' ? +1 : -1);
    else if (c === 'first' || c === 'last')
      goTo(c === 'first' ? 1 : (ctx.state.session?.tour.steps.length ?? 1));
    else if (presenter) return false;
    else if (c === 'back') camera.backToStep();
    else if (authoring.isOpen()) authoring.toggle(false);
    else leaveTour();
    return true;
  };
  const cleanups = [card.dispose, camera.dispose, () => sync.close(), listenKeys(run)];

  // The language changes: the same step, the editor's and the export dialog's state kept; only the words change.
  const onLang = () => {
    if (ctx.unmounted) return;
    card.relabel();
    stepper.redraw();
  };
  cleanups.push(store.subscribe((s) => s.lang, onLang));

  if (presenter) presenterView = mountPresenter(root, { go, goTo, plan: () => ctx.plan });
  else card.attach();
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
      const s = ctx.state.session;
      if (s && next[1] === s.tour.id) {
        if (step === null) replaceRoute(s.tour.id, 1, presenter);
        else show(step, true);
        return;
      }
      void load(next[1], step);
    },
    unmount(): void {
      ctx.unmounted = true;
      for (const c of cleanups) c();
      authoring.dispose();
      presenterView?.dispose();
      closeExportDialog();
      setExportContext(null);
      if (!presenter) {
        setHighlighted([]);
        setHiddenLayers(hiddenBefore);
        setTimelineDate(atBefore);
      }
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      root.remove();
    },
  };
}
