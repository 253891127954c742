// A tour as a slide deck (PPTX, 16:9, made by pptxgenjs in the browser; this module and the library are loaded only
// when a deck is asked for): a title slide; one slide per step, its map at the slide's full resolution (legend,
// scale bar, north arrow and the citations drawn in it), its title and caption as text where the image keeps clear
// for them (quotes with their clauses, in English their unofficial gloss, marked), its speaker notes in the notes;
// and a sources slide.

import PptxGenJS from 'pptxgenjs';
import { t } from '../../i18n/i18n';
import { glossText } from '../gloss';
import { lineText, type Sheets, type SheetStep } from './sheets';

type Slide = ReturnType<PptxGenJS['addSlide']>;
type Run = { text: string; options?: PptxGenJS.TextPropsOptions };

/** The slide, inches (PowerPoint's 16:9). */
const W = 13.333;
const H = 7.5;
/** A CJK face PowerPoint has on Windows; LibreOffice and others put their own CJK face in its place. */
const FONT = 'Microsoft YaHei';
const INK = '1F2328';
const MUTED = '5B6169';

const zh = { lang: 'zh-CN' };
const ui = (s: Sheets) => ({ lang: s.english ? 'en-US' : 'zh-CN' });

function blobData(b: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as string);
    r.onerror = () => reject(r.error ?? new Error('FileReader'));
    r.readAsDataURL(b);
  });
}

const para = (text: string, options: PptxGenJS.TextPropsOptions): Run => ({
  text,
  options: { breakLine: true, ...options },
});

function titleSlide(pptx: PptxGenJS, s: Sheets): void {
  const slide = pptx.addSlide();
  slide.background = { color: 'F7F5F0' };
  slide.addText(
    [
      para(s.tourTitle, { fontSize: 36, bold: true, color: INK, paraSpaceAfter: 18, ...ui(s) }),
      para(s.planTitle, { fontSize: 20, color: INK, paraSpaceAfter: 8, ...ui(s) }),
      para(t('out.planLine', { plan: s.planName }), { fontSize: 14, color: MUTED, ...ui(s) }),
      para(t('out.exported', { n: s.steps.length, date: s.date }), { fontSize: 14, color: MUTED, ...ui(s) }),
    ],
    { x: 0.8, y: 1.4, w: W - 1.6, h: 4.2, fontFace: FONT, valign: 'top', fit: 'shrink' },
  );
  slide.addText(t('out.madeWith', { app: s.planTitle, url: s.appUrl }), {
    x: 0.8,
    y: H - 1,
    w: W - 1.6,
    h: 0.5,
    fontFace: FONT,
    fontSize: 11,
    color: MUTED,
    ...ui(s),
  });
  if (s.tour.description) slide.addNotes(s.tour.description);
}

/** The step's title and caption as text runs, at the image's sizes (its 40, 22 and 19 pixels at 1080). */
function stepRuns(s: Sheets, st: SheetStep, pt: number): Run[] {
  const runs: Run[] = [
    para(st.title, { fontSize: 40 * pt, bold: true, color: INK, paraSpaceAfter: 2, ...ui(s) }),
    para(t('tour.exportSubtitle', { tour: s.tourTitle, n: st.n, total: s.steps.length }), {
      fontSize: 20 * pt,
      color: MUTED,
      paraSpaceAfter: 6,
      ...ui(s),
    }),
  ];
  for (const l of st.caption) {
    const quote = l.kind === 'quote';
    runs.push(
      para(lineText(l), {
        fontSize: 22 * pt,
        bold: false,
        color: quote ? INK : MUTED,
        paraSpaceBefore: 6,
        ...(quote ? zh : ui(s)),
      }),
    );
    if (l.gloss)
      runs.push(para(glossText(l.gloss), { fontSize: 19 * pt, italic: true, color: MUTED, lang: 'en-US' }));
  }
  return runs;
}

async function stepSlide(pptx: PptxGenJS, s: Sheets, st: SheetStep): Promise<Slide> {
  const slide = pptx.addSlide();
  slide.addImage({ data: await blobData(st.image), x: 0, y: 0, w: W, h: H, altText: st.title });
  const inch = W / st.width;
  // Points per image pixel: the text as large on the slide as the image would have drawn it.
  const pt = inch * 72;
  const box = st.titleBox ?? { x: 28, y: 28, width: st.width * 0.46, height: st.height * 0.5 };
  slide.addText(stepRuns(s, st, pt), {
    x: box.x * inch,
    y: box.y * inch,
    // A little room over the image's measure: the slide's face is not the canvas's.
    w: Math.min(box.width * inch * 1.08, W / 2),
    h: box.height * inch * 1.1,
    fontFace: FONT,
    valign: 'top',
    fit: 'shrink',
    margin: 16 * pt,
    fill: { color: 'FFFFFF', transparency: 6 },
    line: { color: 'D9D6CF', width: 0.75 },
  });
  if (st.notes) slide.addNotes(st.notes);
  return slide;
}

function sourcesSlide(pptx: PptxGenJS, s: Sheets): void {
  const slide = pptx.addSlide();
  const small = { fontSize: 12, color: MUTED, paraSpaceBefore: 8, ...ui(s) };
  slide.addText(
    [
      para(t('out.sources'), { fontSize: 28, bold: true, color: INK, paraSpaceAfter: 10, ...ui(s) }),
      para(t('out.sourcesPlan', { plan: s.planName }), { fontSize: 14, color: INK, ...ui(s) }),
      ...s.sources.map((line) => para(line, { fontSize: 12, color: INK, bullet: true, ...zh })),
      para(t('out.sourcesGloss'), small),
      para(t('out.sourcesMap'), small),
      para(s.attribution, small),
      para(t('out.madeWith', { app: s.planTitle, url: s.appUrl }), small),
    ],
    { x: 0.7, y: 0.5, w: W - 1.4, h: H - 1, fontFace: FONT, valign: 'top', fit: 'shrink' },
  );
}

/** The deck as a PPTX file. */
export async function buildDeck(s: Sheets): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = s.tourTitle;
  pptx.subject = s.planName;
  pptx.company = s.planTitle;
  titleSlide(pptx, s);
  for (const st of s.steps) await stepSlide(pptx, s, st);
  sourcesSlide(pptx, s);
  const out = await pptx.write({ outputType: 'blob' });
  if (!(out instanceof Blob)) throw new Error('PPTX: no file');
  return out;
}
