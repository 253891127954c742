// A step as the image export composes it (its title, the tour and step number, its caption and clauses), and every
// step of the tour exported in turn as handouts.

import { stepCitations, type Tour, type TourStep } from '../../data/tour-schema';
import { t } from '../../i18n/i18n';
import { getMap } from '../../map/bridge';
import { EXPORT_SIZES, exportPng, setExportContext } from '../export/index';
import { showNotice } from '../notice';
import type { Camera } from './camera';
import type { TourContext } from './context';
import { captionLines, titleText } from './render';

/** Step `n` of `tour` is what an image export or a print shows. */
export function setStepExport(tour: Tour, n: number): void {
  const step = tour.steps[n - 1];
  if (!step) return;
  setExportContext({
    title: titleText(step),
    subtitle: t('tour.exportSubtitle', { tour: titleText(tour), n, total: tour.steps.length }),
    caption: captionLines(step),
    cites: stepCitations(step),
    slug: `${tour.id}-${n}`,
    subject: step.highlight,
  });
}

/** Progress of an export through the steps, and the way to stop it between two steps. */
export interface StepRun {
  signal?: AbortSignal;
  /** Called before step `n` of `total` is made (0 of total first, total of total at the end). */
  progress?: (done: number, total: number) => void;
}

/**
 * Shows every step of the session's tour in turn (its camera, layers and highlights, the map at rest) and calls
 * `each` on it; back to the current step after. Stops at the first failure (said as a notice: false) or when the
 * run is cancelled (false).
 */
export async function eachStep(
  ctx: TourContext,
  camera: Camera,
  each: (n: number, step: TourStep) => Promise<void>,
  run: StepRun = {},
): Promise<boolean> {
  const s = ctx.state.session;
  if (!s) return false;
  const total = s.tour.steps.length;
  let ok = true;
  for (let i = 1; i <= total; i++) {
    if (ctx.unmounted || run.signal?.aborted) {
      ok = false;
      break;
    }
    run.progress?.(i - 1, total);
    setStepExport(s.tour, i);
    camera.applyStep(s.tour.steps[i - 1]!, false);
    const map = getMap();
    if (map) {
      map.triggerRepaint();
      await map.once('idle');
    }
    try {
      await each(i, s.tour.steps[i - 1]!);
    } catch (e) {
      showNotice(
        t('tour.exportFailed', { n: i, error: e instanceof Error ? e.message : String(e) }),
        'error',
      );
      ok = false;
      break;
    }
  }
  if (ok) run.progress?.(total, total);
  setStepExport(s.tour, s.step);
  const step = s.tour.steps[s.step - 1];
  if (step && !ctx.unmounted) camera.applyStep(step, false);
  return ok && !run.signal?.aborted;
}

/** Every step of the session's tour as an image, one after the other; back to the current step after. */
export async function exportAllSteps(ctx: TourContext, camera: Camera): Promise<void> {
  const size = EXPORT_SIZES[0]!;
  await eachStep(ctx, camera, async () => {
    await exportPng(size);
  });
}
