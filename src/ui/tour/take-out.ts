// Taking a tour out of the app: as a slide deck (PPTX, its library loaded only now) or as a handout printed to PDF.
// One at a time, with its progress shown and a way to cancel it. The tour's root says how it went in
// `data-take-out` (making, done, cancelled, failed), for the end-to-end tests.

import { activePlan } from '../../data/active-plan';
import { t } from '../../i18n/i18n';
import { download } from '../dom';
import { showNotice } from '../notice';
import type { Camera } from './camera';
import type { TourContext } from './context';
import { openProgress } from './progress';
import { collectSheets } from './sheets';

export type TakeOutKind = 'slides' | 'handout';

let running = false;

export async function takeOut(ctx: TourContext, camera: Camera, kind: TakeOutKind): Promise<void> {
  if (running) {
    showNotice(t('out.busy'));
    return;
  }
  running = true;
  const abort = new AbortController();
  const progress = openProgress(t(kind === 'slides' ? 'out.makingSlides' : 'out.makingHandout'), () =>
    abort.abort(),
  );
  const say = (state: string) => (ctx.root.dataset['takeOut'] = `${kind}:${state}`);
  say('making');
  const started = performance.now();
  try {
    // The deck's library comes while the steps are drawn.
    const builder = kind === 'slides' ? import('./deck') : import('./handout');
    const sheets = await collectSheets(ctx, camera, { signal: abort.signal, progress: progress.set });
    if (!sheets || abort.signal.aborted) {
      say('cancelled');
      if (abort.signal.aborted) showNotice(t('out.cancelled'));
      return;
    }
    progress.writing();
    const m = await builder;
    if ('buildDeck' in m) {
      const blob = await m.buildDeck(sheets);
      if (abort.signal.aborted) return void say('cancelled');
      download(blob, `${activePlan().id}-${sheets.tour.id}.pptx`);
    } else {
      await m.printHandout(sheets);
      showNotice(t('out.handoutReady'));
    }
    ctx.root.dataset['takeOutMs'] = String(Math.round(performance.now() - started));
    say('done');
  } catch (e) {
    say('failed');
    showNotice(t('out.failed', { error: e instanceof Error ? e.message : String(e) }), 'error');
  } finally {
    progress.close();
    running = false;
  }
}
