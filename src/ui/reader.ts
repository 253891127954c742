// The reader: the plan's table of contents and one unit at a time, with its breadcrumb, previous/next,
// a deep link (#/clause/<id>) and "copy citation". Damaged passages are shown as such; working labels never
// pass for the plan's headings.

import { t } from '../i18n/i18n';
import { breadcrumb, citation, neighbours, tableOfContents, type Plan } from '../data/plan';
import type { ClauseUnit, Title } from '../data/types';
import { h } from './dom';
import { glossEl } from './gloss';

/** A span of a unit's text to decorate: damaged passages now, place mentions later. */
export interface TextSpan {
  start: number;
  end: number;
  render: (text: string) => Node;
}

function titleNode(title: Title, tag: 'span' | 'strong' = 'span'): HTMLElement {
  if (title.official) return h(tag, { className: 'title-official' }, title.text);
  return h(
    tag,
    { className: 'title-unofficial', title: t('reader.workingLabel.title') },
    title.text,
    h('span', { className: 'badge-unofficial' }, t('reader.workingLabel')),
  );
}

/** The unit's text with spans decorated; overlapping spans after the first are dropped. */
export function decoratedText(text: string, spans: readonly TextSpan[]): Node[] {
  const out: Node[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end <= s.start || s.end > text.length) continue;
    if (s.start > at) out.push(document.createTextNode(text.slice(at, s.start)));
    out.push(s.render(text.slice(s.start, s.end)));
    at = s.end;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

/** A passage that wraps the spans inside it (a target's phrase, which may hold place mentions). */
export interface TextMark {
  start: number;
  end: number;
  render: (children: Node[]) => Node;
}

/** The text with its marks wrapping the decorated spans they contain; a span across a mark's edge is dropped. */
export function layeredText(text: string, marks: readonly TextMark[], spans: readonly TextSpan[]): Node[] {
  const inner = (a: number, b: number) =>
    decoratedText(
      text.slice(a, b),
      spans
        .filter((s) => s.start >= a && s.end <= b)
        .map((s) => ({ ...s, start: s.start - a, end: s.end - a })),
    );
  const out: Node[] = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end <= m.start || m.end > text.length) continue;
    if (m.start > at) out.push(...inner(at, m.start));
    out.push(m.render(inner(m.start, m.end)));
    at = m.end;
  }
  out.push(...inner(at, text.length));
  return out;
}

export function damagedSpans(unit: ClauseUnit): TextSpan[] {
  return unit.damaged.map((d, i) => ({
    start: d.start,
    end: d.end,
    render: (text: string) =>
      h(
        'mark',
        {
          className: 'damaged',
          title: t('reader.damaged.title', { note: d.note }),
          'aria-describedby': `dmg-${unit.id}-${i}`,
        },
        text,
      ),
  }));
}

export function renderToc(plan: Plan, currentId: string | null): HTMLElement {
  const toc = tableOfContents(plan);
  const link = (id: string, ...label: (Node | string)[]) =>
    h('a', { href: `#/clause/${id}`, 'aria-current': id === currentId ? 'true' : undefined }, ...label);
  const currentChapter = currentId ? plan.byId.get(currentId)?.chapter.id : undefined;
  return h(
    'nav',
    { className: 'toc', 'aria-label': t('reader.contents') },
    h(
      'ol',
      { className: 'toc-chapters' },
      ...toc.map((ch) =>
        h(
          'li',
          {},
          h(
            'details',
            { open: ch.id === currentChapter },
            h('summary', {}, `${ch.numeral}、`, titleNode(ch.title)),
            h(
              'ol',
              { className: 'toc-sections' },
              ch.intro ? h('li', {}, link(ch.intro.id, `${ch.id} ${t('reader.intro')}`)) : null,
              ...ch.sections.map((s) =>
                h(
                  'li',
                  {},
                  link(s.id, `${s.id} `, titleNode(s.title)),
                  h(
                    'ol',
                    { className: 'toc-clauses' },
                    ...s.units
                      .filter((u) => u.kind === 'clause')
                      .map((u) => h('li', {}, link(u.id, `${u.id} ${u.lead ?? ''}`))),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export interface ReaderOptions {
  /** Unofficial English gloss of the unit's title, and summary of its text (English interface). */
  gloss?: string;
  summary?: string;
  /** Extra spans over the text (e.g. place mentions). */
  spans?: (unit: ClauseUnit) => TextSpan[];
  /** Passages that wrap the spans (e.g. the plan's targets). */
  marks?: (unit: ClauseUnit) => TextMark[];
  /** Extra actions under the text (e.g. "show all places"). */
  actions?: (unit: ClauseUnit) => Node[];
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function renderUnit(plan: Plan, unit: ClauseUnit, opts: ReaderOptions = {}): HTMLElement {
  const crumbs = breadcrumb(unit);
  const { prev, next } = neighbours(plan, unit.id);
  const heading =
    unit.kind === 'clause'
      ? h(
          'h2',
          { className: 'unit-title' },
          h('span', { className: 'unit-id' }, unit.id),
          ' ',
          unit.lead ?? '',
        )
      : h(
          'h2',
          { className: 'unit-title' },
          h(
            'span',
            { className: 'unit-id' },
            unit.kind === 'chapter' ? `${unit.chapter.numeral}、` : unit.id,
          ),
          ' ',
          titleNode(
            unit.kind === 'chapter' ? unit.chapter.title : (unit.section?.title ?? unit.chapter.title),
          ),
        );
  const cite = citation(unit);
  const status = h('span', { className: 'copy-status', role: 'status' });
  const spans = [...damagedSpans(unit), ...(opts.spans?.(unit) ?? [])];
  return h(
    'article',
    { className: 'unit', 'data-unit-id': unit.id, lang: 'zh-Hans' },
    h(
      'nav',
      { className: 'breadcrumb', 'aria-label': t('reader.breadcrumb') },
      ...crumbs.flatMap((c, i) => [
        i > 0 ? h('span', { className: 'crumb-sep', 'aria-hidden': 'true' }, ' › ') : null,
        i < crumbs.length - 1 || unit.kind !== 'clause'
          ? h(
              'a',
              { href: `#/clause/${c.id}`, className: c.official ? 'crumb' : 'crumb crumb-unofficial' },
              c.label,
              c.official ? null : h('span', { className: 'badge-unofficial' }, t('reader.workingLabel')),
            )
          : h('span', { className: 'crumb' }, c.label),
      ]),
    ),
    heading,
    opts.gloss ? glossEl({ text: opts.gloss }) : null,
    opts.summary
      ? h(
          'section',
          { className: 'unit-summary', lang: 'en' },
          h('h3', {}, t('reader.summary')),
          h('p', {}, opts.summary),
        )
      : null,
    opts.gloss || opts.summary ? h('h3', { className: 'unit-text-label' }, t('reader.authoritative')) : null,
    h(
      'p',
      { className: 'unit-text', lang: 'zh-Hans' },
      ...layeredText(unit.text, opts.marks?.(unit) ?? [], spans),
    ),
    unit.damaged.length
      ? h(
          'ul',
          { className: 'damage-notes', 'aria-label': t('reader.damagedList') },
          ...unit.damaged.map((d, i) =>
            h(
              'li',
              { id: `dmg-${unit.id}-${i}` },
              h('span', { className: 'damaged-key' }, t('reader.damaged')),
              ` “${unit.text.slice(d.start, d.end)}”: ${d.note}`,
            ),
          ),
        )
      : null,
    h(
      'div',
      { className: 'unit-actions' },
      h(
        'button',
        {
          type: 'button',
          className: 'copy-citation',
          onclick: () => {
            void copyText(cite).then((ok) => {
              status.textContent = ok ? t('reader.copied', { cite }) : cite;
            });
          },
        },
        t('reader.copyCitation'),
      ),
      ...(opts.actions?.(unit) ?? []),
      status,
    ),
    h(
      'nav',
      { className: 'prev-next', 'aria-label': t('reader.prevNext') },
      prev
        ? h(
            'a',
            { href: `#/clause/${prev.id}`, rel: 'prev', className: 'prev' },
            `‹ ${prev.id} ${prev.lead ?? ''}`,
          )
        : h('span', {}),
      next
        ? h(
            'a',
            { href: `#/clause/${next.id}`, rel: 'next', className: 'next' },
            `${next.id} ${next.lead ?? ''} ›`,
          )
        : h('span', {}),
    ),
  );
}
