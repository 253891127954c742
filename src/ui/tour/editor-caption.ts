// A step's caption in the editor: each part a quote (the plan's exact words with their clause, an optional English
// gloss) or a summary (the author's words citing clauses, optional English), its kind switchable; parts added and
// removed.

import { isQuote, type CaptionPart, type TourStep } from '../../data/tour-schema';
import { t as msg } from '../../i18n/i18n';
import { h } from '../dom';
import { textField } from './editor-fields';
import type { EditorKit } from './editor-types';
import { addPart, optional, patchPart, removePart, setPartKind } from './session';

const splitIds = (s: string) => s.split(/[\s,,、;;]+/).filter((x) => x.length > 0);

function partFields(kit: EditorKit, part: CaptionPart, i: number): HTMLElement[] {
  const set = (patch: Record<string, string | string[] | undefined>) =>
    kit.edit((s) => patchPart(s, i, patch));
  if (isQuote(part))
    return [
      textField(msg('te.quote'), part.quote, (v) => set({ quote: v }), {
        area: true,
        cls: 'te-quote',
        lang: 'zh-Hans',
      }),
      textField(msg('te.clause'), part.clause, (v) => set({ clause: v.trim() }), { cls: 'te-clause' }),
      textField(msg('te.gloss'), part.gloss_en ?? '', (v) => set({ gloss_en: optional(v) }), {
        area: true,
        lang: 'en',
      }),
    ];
  return [
    textField(msg('te.summary'), part.summary, (v) => set({ summary: v }), {
      area: true,
      cls: 'te-summary',
      lang: 'zh-Hans',
    }),
    textField(msg('te.cites'), part.cites.join(', '), (v) => set({ cites: splitIds(v) }), {
      cls: 'te-cites',
    }),
    textField(msg('te.summaryEn'), part.summary_en ?? '', (v) => set({ summary_en: optional(v) }), {
      area: true,
      lang: 'en',
    }),
  ];
}

function partEditor(kit: EditorKit, part: CaptionPart, i: number): HTMLElement {
  const kind = isQuote(part) ? 'quote' : 'summary';
  const select = h(
    'select',
    {
      className: 'te-part-kind',
      'aria-label': msg('te.kind'),
      onchange: () => {
        kit.edit((s) => setPartKind(s, i, select.value === 'quote' ? 'quote' : 'summary'));
        kit.render();
      },
    },
    h('option', { value: 'quote', selected: kind === 'quote' }, msg('te.kindQuote')),
    h('option', { value: 'summary', selected: kind === 'summary' }, msg('te.kindSummary')),
  );
  const remove = h(
    'button',
    {
      type: 'button',
      className: 'btn te-part-remove',
      'aria-label': msg('te.removePart'),
      onclick: () => {
        kit.edit((s) => removePart(s, i));
        kit.render();
      },
    },
    '×',
  );
  return h(
    'li',
    { className: 'te-part' },
    h('div', { className: 'te-part-head' }, select, remove),
    ...partFields(kit, part, i),
  );
}

/** The caption's heading, its parts and the buttons that add one. */
export function captionEditor(kit: EditorKit, step: TourStep): HTMLElement[] {
  const add = (part: CaptionPart) => {
    kit.edit((s) => addPart(s, part));
    kit.render();
  };
  return [
    h('span', { className: 'te-label' }, msg('te.caption')),
    h('ol', { className: 'te-parts' }, ...step.caption.map((p, i) => partEditor(kit, p, i))),
    h(
      'div',
      { className: 'te-row' },
      h(
        'button',
        { type: 'button', className: 'btn te-add-quote', onclick: () => add({ quote: '', clause: '' }) },
        msg('te.addQuote'),
      ),
      h(
        'button',
        { type: 'button', className: 'btn te-add-summary', onclick: () => add({ summary: '', cites: [] }) },
        msg('te.addSummary'),
      ),
    ),
  ];
}
