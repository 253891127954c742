// A step as the image export composes it (its title, the tour and step number, its caption and clauses), and every
// step of the tour exported in turn as handouts.

import { stepCitations, type Tour } from '../../data/tour-schema';
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

/** Every step of the session's tour as an image, one after the other; back to the current step after. */
export async function exportAllSteps(ctx: TourContext, camera: Camera): Promise<void> {
  const s = ctx.state.session;
  if (!s) return;
  const size = EXPORT_SIZES[0]!;
  for (let i = 1; i <= s.tour.steps.length && !ctx.unmounted; i++) {
    setStepExport(s.tour, i);
    camera.applyStep(s.tour.steps[i - 1]!, false);
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
  setStepExport(s.tour, s.step);
  const step = s.tour.steps[s.step - 1];
  if (step && !ctx.unmounted) camera.applyStep(step, false);
}
