// The header's tools: share the current view as a link, and download the open data with its licence.

import { h } from './dom';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const DATA_FILES = [
  ['features.geojson', '地点 Places (GeoJSON, WGS84)'],
  ['clauses.json', '条文 Clauses (JSON)'],
  ['mentions.json', '提及索引 Mentions (JSON)'],
] as const;

export function mountHeaderTools(host: HTMLElement): void {
  const status = h('span', { className: 'share-status', role: 'status' });
  const share = h(
    'button',
    {
      type: 'button',
      className: 'btn share',
      onclick: () => {
        const url = location.href;
        void copy(url).then((ok) => {
          status.textContent = ok ? '链接已复制 Link copied' : url;
          setTimeout(() => (status.textContent = ''), 4000);
        });
      },
    },
    '分享 Share',
  );
  const data = h(
    'details',
    { className: 'data-menu' },
    h('summary', { className: 'btn' }, '数据 Data'),
    h(
      'div',
      { className: 'data-popover' },
      h('p', { className: 'data-title' }, '开放数据 · Open data'),
      h(
        'ul',
        {},
        ...DATA_FILES.map(([file, label]) =>
          h('li', {}, h('a', { href: `data/${file}`, download: file, 'data-file': file }, label)),
        ),
      ),
      h(
        'p',
        { className: 'data-licence' },
        'The plan text is the Shanghai municipal government’s (public document); corrections and their sources are listed in content/plan/PROVENANCE.md. ' +
          'The curated geography is drawn for this project: each feature states its source and precision (surveyed, approximate, schematic). ' +
          'Basemap: GSHHG (LGPL-3+), © OpenStreetMap contributors (ODbL), Apache ECharts (Apache-2.0), DCW-GMT (LGPL-3+). ' +
          'Coordinates WGS84.',
      ),
    ),
  );
  host.append(h('div', { className: 'header-tools' }, share, data, status));
}
