// A dated step's line on the caption card: the date the map shows (地图所示:2021年1月 / Map as of Jan 2021), which
// follows the timeline while it moves, and for a step that plays, a button that plays the timeline from the step's
// date to today a month at a time (the map redraws each in a few ms: map/timeline-draw.ts), and stops it. Playing
// stops at today, on the button, when the step changes, and when the user moves the timeline.

import type { TourStep } from '../../data/tour-schema';
import { historyDate } from '../../data/history';
import { currentMonth, monthIndex, monthOf } from '../../data/timeline';
import { lang, t } from '../../i18n/i18n';
import { setTimelineDate } from '../../state/commands';
import { store } from '../../state/store';
import { h } from '../dom';

/** Time per month while playing, ms: 2021-01 to late 2026 in about 14 s. */
export const PLAY_MONTH_MS = 200;

export interface StepDate {
  el: HTMLElement;
  /** Shows the line of a step (hidden for one without a date); stops playing. */
  render: (step: TourStep | undefined) => void;
  relabel: () => void;
  stop: () => void;
  dispose: () => void;
}

export function createStepDate(): StepDate {
  const shown = h('span', { className: 'tour-date-text' });
  const button = h('button', { type: 'button', className: 'tour-play', onclick: () => toggle() });
  const el = h('p', { className: 'tour-date', hidden: true, 'data-playing': 'false' }, shown, ' ', button);
  let step: TourStep | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The date playing has set last: another one means the user moved the timeline. */
  let playingAt: string | null | undefined;

  const label = () => {
    const at = store.getState().at;
    shown.textContent = t('tour.mapAt', {
      date: at ? historyDate(at, lang()) : t('timeline.today', { date: historyDate(currentMonth(), lang()) }),
    });
    button.textContent = playingAt !== undefined ? t('tour.stop') : t('tour.play');
  };
  const stop = () => {
    clearTimeout(timer);
    playingAt = undefined;
    el.dataset['playing'] = 'false';
    label();
  };
  const tick = (i: number) => {
    const last = monthIndex(currentMonth());
    playingAt = i >= last ? null : monthOf(i);
    setTimelineDate(playingAt);
    if (playingAt === null) {
      stop();
      return;
    }
    timer = setTimeout(() => tick(i + 1), PLAY_MONTH_MS);
  };
  function toggle(): void {
    if (playingAt !== undefined) return stop();
    if (!step?.at) return;
    el.dataset['playing'] = 'true';
    const at = store.getState().at;
    // From the step's date, or on from where the timeline stands if it is later (a play stopped halfway).
    const from = at && monthIndex(at) > monthIndex(step.at) ? monthIndex(at) : monthIndex(step.at);
    tick(from);
    label();
  }
  const unsubscribe = store.subscribe(
    (s) => s.at,
    (at) => {
      if (playingAt !== undefined && at !== playingAt) stop();
      label();
    },
  );

  return {
    el,
    render: (s) => {
      // (the same step drawn again, in another language, plays on)
      if (s !== step) stop();
      step = s;
      el.hidden = !s?.at;
      button.hidden = !s?.play;
      label();
    },
    relabel: label,
    stop,
    dispose: () => {
      stop();
      unsubscribe();
    },
  };
}
