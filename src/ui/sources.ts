// A source record as a reader sees it, in the interface's language: the primary document's title (linked where a
// trustworthy copy was read), its publisher and date, the kind of source as a badge, then the pages where it was
// read. Used by the place card and the compare table.

import { sourceDate, sourceLine, SOURCE_KIND_LABELS } from '../data/labels';
import type { SourceRecord } from '../data/types';
import { lang, pick, t } from '../i18n/i18n';
import { h } from './dom';

const external = (href: string, text: string, className: string) =>
  h('a', { href, target: '_blank', rel: 'noopener noreferrer', className }, text);

/** One source: 《title》,publisher,date [kind] (read at: site, site). */
export function sourceEl(r: SourceRecord): HTMLElement {
  const l = lang();
  const title = l === 'zh' ? r.title_zh : r.title_en;
  const rest = sourceLine({ ...r, title_zh: '', title_en: '' }, l);
  const kind = pick(SOURCE_KIND_LABELS[r.kind]);
  const readAt = r.read_at ?? [];
  return h(
    'span',
    { className: 'src', 'data-source-id': r.id },
    r.url ? external(r.url, title, 'src-title') : h('span', { className: 'src-title' }, title),
    rest ? h('span', { className: 'src-publisher' }, `${l === 'zh' ? ',' : ', '}${rest}`) : null,
    ' ',
    h('span', { className: `src-kind src-kind-${r.kind}` }, kind),
    readAt.length
      ? h(
          'span',
          { className: 'src-read' },
          l === 'zh' ? `(${t('src.readAt')}:` : ` (${t('src.readAt')}: `,
          ...readAt.flatMap((a, i) => [
            i ? (l === 'zh' ? '、' : ', ') : '',
            external(a.url, l === 'zh' ? a.site_zh : a.site_en, 'src-read-link'),
            a.date ? ` ${sourceDate(a.date, l)}` : '',
          ]),
          l === 'zh' ? ')' : ')',
        )
      : null,
  );
}

/** A list of sources, one per line. */
export function sourceList(records: readonly SourceRecord[]): HTMLElement {
  return h('ul', { className: 'src-list' }, ...records.map((r) => h('li', {}, sourceEl(r))));
}
