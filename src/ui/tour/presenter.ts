// The presenter's window (`#/tour/<id>/<step>/presenter`): speaker notes large, the current step's caption, the
// next step, a step counter and a clock; its keys and buttons move the audience window too (see sync.ts).

import type { Plan } from '../../data/plan';
import { t } from '../../i18n/i18n';
import { h } from '../dom';
import type { Session } from './session';
import { pickField, renderCaption, stepHeading, titleText } from './render';

export interface Presenter {
  render: (s: Session) => void;
  waiting: (id: string) => void;
  connected: (on: boolean) => void;
  /** Stops the clock and removes the window's content. */
  dispose: () => void;
}

export interface PresenterHost {
  go: (delta: number) => void;
  goTo: (n: number) => void;
  plan: () => Plan | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function mountPresenter(root: HTMLElement, host: PresenterHost): Presenter {
  const started = Date.now();
  const clock = h('span', { className: 'pv-clock' }, '00:00');
  const counter = h('span', { className: 'pv-counter', 'aria-live': 'polite' });
  const title = h('span', { className: 'pv-tour-title' });
  const link = h('span', { className: 'pv-link' });
  const current = h('section', { className: 'pv-current' });
  const notes = h('section', { className: 'pv-notes' });
  const next = h('section', { className: 'pv-next' });
  const prevBtn = h('button', { type: 'button', className: 'btn pv-prev', onclick: () => host.go(-1) });
  const nextBtn = h('button', { type: 'button', className: 'btn pv-next-btn', onclick: () => host.go(+1) });
  const el = h(
    'div',
    { className: 'tour-presenter', role: 'region' },
    h(
      'header',
      { className: 'pv-head' },
      title,
      counter,
      clock,
      h('span', { className: 'pv-controls' }, prevBtn, nextBtn),
      link,
    ),
    h('div', { className: 'pv-main' }, notes, h('div', { className: 'pv-side' }, current, next)),
  );
  root.append(el);
  let linked = false;
  /** The window's fixed words, in the current language (render() calls it again). */
  const label = () => {
    clock.title = t('pv.clock');
    current.setAttribute('aria-label', t('pv.current'));
    notes.setAttribute('aria-label', t('pv.notesLabel'));
    next.setAttribute('aria-label', t('pv.nextLabel'));
    el.setAttribute('aria-label', t('pv.region'));
    prevBtn.textContent = t('tour.prev');
    nextBtn.textContent = t('tour.next');
    link.textContent = t(linked ? 'pv.connected' : 'pv.waiting');
  };
  label();
  const timer = setInterval(() => {
    const s = Math.floor((Date.now() - started) / 1000);
    clock.textContent =
      s >= 3600
        ? `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
        : `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
  }, 1000);
  const prevTitle = document.title;

  return {
    render(s) {
      const { tour, step: n } = s;
      const step = tour.steps[n - 1];
      if (!step) return;
      label();
      title.textContent = titleText(tour);
      counter.textContent = t('tour.counter', { n, total: tour.steps.length });
      document.title = t('pv.docTitle', { n, total: tour.steps.length, tour: titleText(tour) });
      notes.replaceChildren(
        h('h2', {}, t('pv.notes')),
        step.notes.trim()
          ? h('div', { className: 'pv-notes-text' }, ...step.notes.split(/\n+/).map((p) => h('p', {}, p)))
          : h('p', { className: 'pv-empty' }, t('pv.noNotes')),
      );
      current.replaceChildren(
        h('h2', {}, t('pv.now', { n })),
        stepHeading(step, 'h3'),
        renderCaption(step, host.plan()),
      );
      const following = tour.steps[n];
      next.replaceChildren(
        h('h2', {}, t('pv.next')),
        following
          ? h(
              'div',
              {},
              stepHeading(following, 'h3'),
              h(
                'p',
                { className: 'pv-next-lead' },
                following.caption[0]
                  ? 'quote' in following.caption[0]
                    ? `「${following.caption[0].quote}」`
                    : pickField(following.caption[0].summary, following.caption[0].summary_en).text
                  : '',
              ),
            )
          : h('p', { className: 'pv-empty' }, t('pv.end')),
      );
      prevBtn.disabled = n <= 1;
      nextBtn.disabled = n >= tour.steps.length;
      el.dataset['step'] = String(n);
    },
    waiting(id) {
      notes.replaceChildren(h('p', { className: 'pv-empty' }, t('pv.waitingTour', { id })));
    },
    connected(on) {
      linked = on;
      link.textContent = t(on ? 'pv.connected' : 'pv.waiting');
      link.classList.toggle('pv-link-on', on);
    },
    dispose() {
      clearInterval(timer);
      document.title = prevTitle;
      el.remove();
    },
  };
}
