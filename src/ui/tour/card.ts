// The audience window's furniture: the caption card (tour name, source badge, counter, the step's title and caption,
// previous/next and back-to-step buttons) with the toolbar (toolbar.ts) beside it, and the error shown when there
// is no tour to present, all in the current language.

import { t } from '../../i18n/i18n';
import { h } from '../dom';
import { installPrint } from '../export/print';
import { mapReady } from '../../map/bridge';
import { setStatus, type TourContext } from './context';
import { renderCaption, stepHeading, titleText } from './render';
import type { Session } from './session';
import { createToolbar, tourButton, type ToolbarActions } from './toolbar';
import { createStepDate } from './play';

export interface CardActions extends ToolbarActions {
  go(delta: number): void;
  back(): void;
}

export interface Card {
  /** Puts the card, the toolbar and the editor's place on the root (the audience window only). */
  attach: () => void;
  readonly editorHost: HTMLElement;
  render: (s: Session) => void;
  showError: (message: () => string) => void;
  setExplored: (on: boolean) => void;
  setEditing: (on: boolean) => void;
  /** The fixed words (and the error) again, in the current language. */
  relabel: () => void;
  dispose: () => void;
}

export function createCard(ctx: TourContext, act: CardActions): Card {
  const { root } = ctx;
  const counter = h('span', { className: 'tour-counter', 'aria-live': 'polite' });
  const tourName = h('span', { className: 'tour-name' });
  const badge = h('span', { className: 'tour-source-badge' });
  const body = h('div', { className: 'tour-body' });
  const prevBtn = tourButton('tour-prev', () => act.go(-1));
  const nextBtn = tourButton('tour-next', () => act.go(+1));
  const backBtn = tourButton('tour-back', () => act.back(), { hidden: true });
  const nav = h('nav', { className: 'tour-nav' }, prevBtn, nextBtn, backBtn);
  const stepDate = createStepDate();
  const card = h(
    'article',
    { className: 'tour-card' },
    h('header', { className: 'tour-card-head' }, tourName, badge, counter),
    body,
    stepDate.el,
    nav,
  );
  const toolbar = createToolbar(act);
  const editorHost = h('div', { className: 'tour-editor-host' });
  /** The card's and the toolbar's fixed words, in the current language. */
  const labelChrome = () => {
    prevBtn.textContent = t('tour.prev');
    nextBtn.textContent = t('tour.next');
    backBtn.textContent = t('tour.backToStep');
    card.setAttribute('aria-label', t('tour.card'));
    nav.setAttribute('aria-label', t('tour.steps'));
    toolbar.label();
  };
  labelChrome();

  /** The error shown, kept to say it again when the language changes. */
  let errorMessage: (() => string) | null = null;
  function showError(message: () => string): void {
    errorMessage = message;
    setStatus(ctx, 'error');
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
    stepDate.render(undefined);
    prevBtn.disabled = true;
    nextBtn.disabled = true;
  }

  function render(s: Session): void {
    const { tour, step: n } = s;
    const step = tour.steps[n - 1];
    if (!step) return;
    tourName.textContent = titleText(tour);
    badge.textContent = s.unsaved
      ? t('tour.unsavedDraft')
      : s.source === 'link'
        ? t('tour.fromLink')
        : s.source === 'local'
          ? t('tour.yourCopy')
          : '';
    badge.hidden = !s.unsaved && s.source === 'built-in';
    counter.textContent = t('tour.counter', { n, total: tour.steps.length });
    body.replaceChildren(stepHeading(step), renderCaption(step, ctx.plan));
    stepDate.render(step);
    prevBtn.disabled = n <= 1;
    nextBtn.disabled = n >= tour.steps.length;
    root.dataset['step'] = String(n);
    root.dataset['tourId'] = tour.id;
  }

  const cleanups = [toolbar.dispose, stepDate.dispose];
  function attach(): void {
    root.append(card, toolbar.el, editorHost);
    installPrint(); // Ctrl+P prints the step as the image export composes it
    void mapReady().then(() => {
      // The caption card sits where the legend opens: fold the legend (one click opens it); unfold it after.
      const legend = document.querySelector<HTMLDetailsElement>('details.legend');
      if (legend?.open && !ctx.unmounted) {
        legend.open = false;
        cleanups.push(() => (legend.open = true));
      }
    });
  }

  return {
    attach,
    editorHost,
    render,
    showError,
    setExplored: (on) => {
      backBtn.hidden = !on;
      root.dataset['explored'] = String(on);
    },
    setEditing: (on) => {
      toolbar.setEditing(on);
      root.classList.toggle('tour-editing', on);
    },
    relabel: () => {
      labelChrome();
      stepDate.relabel();
      if (ctx.state.status === 'error' && errorMessage) showError(errorMessage);
    },
    dispose: () => {
      for (const c of cleanups) c();
      cleanups.length = 0;
    },
  };
}
