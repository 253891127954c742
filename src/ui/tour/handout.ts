// A tour as a handout, printed to PDF by the browser (its print dialog's "Save as PDF"): A4 portrait, two steps a
// page (the step's title, its map, and beside it its quotes with their clauses and, in English, their unofficial
// glosses), each page headed by the plan's name, the tour and the date of export; the sources last. The text stays text: the
// PDF is searchable, in the system's CJK fonts, with no font to download. The sheet is on the page from when it is
// made until the printing is over.

import './handout.css';
import { t } from '../../i18n/i18n';
import { h } from '../dom';
import { glossText } from '../gloss';
import { lineText, type Sheets, type SheetStep } from './sheets';

let sheet: { el: HTMLElement; urls: string[] } | null = null;

export function clearHandout(): void {
  if (!sheet) return;
  sheet.el.remove();
  for (const u of sheet.urls) URL.revokeObjectURL(u);
  sheet = null;
  document.body.classList.remove('print-handout');
  delete document.body.dataset['handout'];
  document.getElementById('handout-page-size')?.remove();
}

function head(s: Sheets, page: number, pages: number): HTMLElement {
  return h(
    'header',
    { className: 'handout-head' },
    h('span', { className: 'handout-plan' }, `《${s.planName}》`),
    h('span', {}, `${s.tourTitle} · ${s.date} · ${t('out.page', { n: page, total: pages })}`),
  );
}

function stepEl(s: Sheets, st: SheetStep, url: string): HTMLElement {
  return h(
    'article',
    { className: 'handout-step' },
    h('h2', { lang: s.english ? 'en' : 'zh-Hans' }, `${t('out.stepNo', { n: st.n })} · ${st.title}`),
    h('img', { className: 'handout-map', src: url, alt: st.title }),
    h(
      'div',
      { className: 'handout-text' },
      ...st.caption.flatMap((l) => [
        h(
          'p',
          { className: `handout-${l.kind}`, lang: l.kind === 'quote' ? 'zh-Hans' : undefined },
          lineText(l),
        ),
        l.gloss ? h('p', { className: 'handout-gloss', lang: 'en' }, glossText(l.gloss)) : null,
      ]),
      h('p', { className: 'handout-cites' }, t('out.cites', { ids: st.cites.join(', ') })),
    ),
  );
}

function sourcesEl(s: Sheets): HTMLElement {
  return h(
    'section',
    { className: 'handout-sources' },
    h('h2', {}, t('out.sources')),
    h('p', {}, t('out.sourcesPlan', { plan: s.planName })),
    h('ul', { lang: 'zh-Hans' }, ...s.sources.map((line) => h('li', {}, line))),
    h('p', {}, t('out.sourcesGloss')),
    h('p', {}, t('out.sourcesMap')),
    h('p', {}, s.attribution),
    h('p', {}, t('out.madeWith', { app: s.planTitle, url: s.appUrl })),
  );
}

/** Puts the handout on the page for printing, waits for its maps to be decoded, and opens the print dialog. */
export async function printHandout(s: Sheets): Promise<void> {
  clearHandout();
  const urls = s.steps.map((st) => URL.createObjectURL(st.image));
  // Two steps a page, and the sources in the place of a step after the last (a page of their own after an even
  // number of steps), so that every page's "n of m" is true.
  const pages = Math.ceil((s.steps.length + 1) / 2);
  const el = h('div', { className: 'handout', 'aria-hidden': 'true' });
  for (let p = 0; p < pages; p++) {
    const steps = s.steps.slice(2 * p, 2 * p + 2);
    el.append(
      h(
        'section',
        { className: 'handout-page' },
        head(s, p + 1, pages),
        p === 0 ? h('h1', {}, s.tourTitle) : null,
        ...steps.map((st) => stepEl(s, st, urls[st.n - 1]!)),
        p === pages - 1 ? sourcesEl(s) : null,
      ),
    );
  }
  sheet = { el, urls };
  document.body.append(el);
  document.body.classList.add('print-handout');
  const page = h('style', { id: 'handout-page-size' });
  page.textContent = '@page { size: A4 portrait; margin: 12mm; }';
  document.head.append(page);
  await Promise.all([...el.querySelectorAll('img')].map((img) => img.decode().catch(() => {})));
  document.body.dataset['handout'] = 'ready';
  window.addEventListener('afterprint', clearHandout, { once: true });
  window.print();
}
