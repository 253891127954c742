// The presenter's window (`#/tour/<id>/<step>/presenter`): speaker notes large, the current step's caption, the
// next step, a step counter and a clock; its keys and buttons move the audience window too (see sync.ts).

import type { Plan } from '../../data/plan';
import { h } from '../dom';
import type { Session } from './index';
import { renderCaption, stepHeading } from './render';

export interface Presenter {
  render(s: Session): void;
  waiting(id: string): void;
  connected(on: boolean): void;
  destroy(): void;
}

export interface PresenterHost {
  go(delta: number): void;
  goTo(n: number): void;
  plan(): Plan | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function mountPresenter(root: HTMLElement, host: PresenterHost): Presenter {
  const started = Date.now();
  const clock = h(
    'span',
    { className: 'pv-clock', title: '演示用时 Time since this window opened' },
    '00:00',
  );
  const counter = h('span', { className: 'pv-counter', 'aria-live': 'polite' });
  const title = h('span', { className: 'pv-tour-title' });
  const link = h('span', { className: 'pv-link' }, '等待观众窗口 Waiting for the audience window…');
  const current = h('section', { className: 'pv-current', 'aria-label': '当前步骤 Current step' });
  const notes = h('section', { className: 'pv-notes', 'aria-label': '讲稿 Speaker notes' });
  const next = h('section', { className: 'pv-next', 'aria-label': '下一步 Next step' });
  const prevBtn = h(
    'button',
    { type: 'button', className: 'btn pv-prev', onclick: () => host.go(-1) },
    '← 上一步 Back',
  );
  const nextBtn = h(
    'button',
    { type: 'button', className: 'btn pv-next-btn', onclick: () => host.go(+1) },
    '下一步 Next →',
  );
  const el = h(
    'div',
    { className: 'tour-presenter', role: 'region', 'aria-label': '演讲者视图 Presenter view' },
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
      title.textContent = tour.title;
      counter.textContent = `${n} / ${tour.steps.length}`;
      document.title = `${n}/${tour.steps.length} · 演讲者视图 Presenter · ${tour.title}`;
      notes.replaceChildren(
        h('h2', {}, '讲稿 Notes'),
        step.notes.trim()
          ? h('div', { className: 'pv-notes-text' }, ...step.notes.split(/\n+/).map((p) => h('p', {}, p)))
          : h('p', { className: 'pv-empty' }, '(这一步没有讲稿 No notes for this step)'),
      );
      current.replaceChildren(
        h('h2', {}, `现在 Now · ${n}`),
        stepHeading(step, 'h3'),
        renderCaption(step, host.plan()),
      );
      const following = tour.steps[n];
      next.replaceChildren(
        h('h2', {}, '下一步 Next'),
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
                    : following.caption[0].summary
                  : '',
              ),
            )
          : h('p', { className: 'pv-empty' }, '导览结束 End of the tour'),
      );
      prevBtn.disabled = n <= 1;
      nextBtn.disabled = n >= tour.steps.length;
      el.dataset['step'] = String(n);
    },
    waiting(id) {
      notes.replaceChildren(
        h(
          'p',
          { className: 'pv-empty' },
          `正在等待观众窗口发送导览 “${id}” · Waiting for the audience window to send the tour “${id}”…`,
        ),
      );
    },
    connected(on) {
      link.textContent = on
        ? '已与观众窗口同步 In step with the audience window'
        : '等待观众窗口 Waiting for the audience window…';
      link.classList.toggle('pv-link-on', on);
    },
    destroy() {
      clearInterval(timer);
      document.title = prevTitle;
      el.remove();
    },
  };
}
