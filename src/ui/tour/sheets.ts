// A tour as the material of a slide deck or a handout: every step shown in turn and drawn as an image at the
// slide's size (legend, scale bar, north arrow and citations in it; its title and caption left out, kept clear,
// and given as text), with the step's title, caption lines (glosses added in English), citations and notes; then
// the sources of the whole tour. The deck (deck.ts) and the handout (handout.ts) set these out.

import { activePlan } from '../../data/active-plan';
import { citation, type Plan } from '../../data/plan';
import { stepCitations, type Tour } from '../../data/tour-schema';
import { lang, pick, t } from '../../i18n/i18n';
import type { Rect } from '../../map/frame';
import type { FurnitureLine } from '../export/compose';
import { captionFurniture, EXPORT_SIZES, renderComposed, toBlob } from '../export/index';
import type { Camera } from './camera';
import type { TourContext } from './context';
import { titleText } from './render';
import { eachStep, type StepRun } from './step-export';

export interface SheetStep {
  n: number;
  title: string;
  caption: FurnitureLine[];
  cites: string[];
  notes: string;
  /** The map (JPEG) and its size in pixels. */
  image: Blob;
  width: number;
  height: number;
  /** Where the image keeps clear for the title and caption (image pixels); null when it could not measure. */
  titleBox: Rect | null;
}

export interface Sheets {
  tour: Tour;
  tourTitle: string;
  planTitle: string;
  planName: string;
  /** The date of export, YYYY-MM-DD. */
  date: string;
  steps: SheetStep[];
  /** Every clause the tour cites, in the plan's order, as a line of text. */
  sources: string[];
  attribution: string;
  /** The app's address without its route, for "made with". */
  appUrl: string;
  english: boolean;
}

const JPEG_QUALITY = 0.9;

function sourceLines(tour: Tour, plan: Plan | null): string[] {
  const ids = [...new Set(tour.steps.flatMap(stepCitations))];
  const order = plan?.indexOf;
  ids.sort((a, b) => (order?.get(a) ?? 1e9) - (order?.get(b) ?? 1e9));
  return ids.map((id) => {
    const unit = plan?.byId.get(id);
    if (!unit) return id;
    // The clause's own lead words, else its section's or chapter's title (only where the title is the plan's).
    const section = unit.section?.title.official ? unit.section.title.text : null;
    const chapter = unit.chapter.title.official ? `${unit.chapter.numeral} ${unit.chapter.title.text}` : null;
    const words = unit.lead ?? section ?? chapter;
    const heading = words ? ` · ${words}` : '';
    return `${citation(unit)}${heading}`;
  });
}

/** Every step of the session's tour as sheet material; null when cancelled or failed (said as a notice). */
export async function collectSheets(ctx: TourContext, camera: Camera, run: StepRun): Promise<Sheets | null> {
  const s = ctx.state.session;
  if (!s) return null;
  const size = EXPORT_SIZES[0]!;
  const steps: SheetStep[] = [];
  const ok = await eachStep(
    ctx,
    camera,
    async (n, step) => {
      const title = titleText(step);
      const { canvas, layout } = await renderComposed(size, title, false);
      steps.push({
        n,
        title,
        caption: captionFurniture(),
        cites: stepCitations(step),
        notes: step.notes,
        image: await toBlob(canvas, 'image/jpeg', JPEG_QUALITY),
        width: canvas.width,
        height: canvas.height,
        titleBox: layout?.title ?? null,
      });
    },
    run,
  );
  if (!ok) return null;
  const plan = activePlan();
  return {
    tour: s.tour,
    tourTitle: titleText(s.tour),
    planTitle: pick(plan.title),
    planName: plan.name.full,
    date: new Date().toISOString().slice(0, 10),
    steps,
    sources: sourceLines(s.tour, ctx.plan),
    attribution: t('exp.attribution', { basemap: pick(plan.attribution) }),
    appUrl: `${location.origin}${location.pathname}`,
    english: lang() === 'en',
  };
}

/** A caption line as text: a quote in corner brackets (the plan's words often hold their own “…”), its clauses. */
export function lineText(l: FurnitureLine): string {
  const cite = l.cites.length ? `〔${l.cites.join(', ')}〕` : '';
  return l.kind === 'quote' ? `「${l.text}」${cite}` : `${t('exp.summary', { text: l.text })} ${cite}`;
}
