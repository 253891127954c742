// What the search results and the map's tooltip say of a place, a district or a clause, in the interface's
// language: the name in that language first, the other beside it, then what it is (its status at the timeline's
// date).

import { PRECISION_BADGES } from '../data/labels';
import type { Places } from '../data/load';
import { breadcrumbText, type Plan } from '../data/plan';
import type { SearchHit } from '../data/search';
import { lang, pick, t } from '../i18n/i18n';
import { PLACE_LAYER_PREFIX } from '../map/places';
import { STATUS_BY_ID, themeOf } from '../map/themes';
import { DISTRICTS_LAYER_ID } from '../map/interaction';
import { HISTORY_STATUS_LABELS } from '../data/history';
import { dateOfAt, drawnStatusAt } from '../data/timeline';
import { store } from '../state/store';

/** A search hit's label and context line. */
export function describeHit(
  hit: SearchHit,
  data: { plan?: Plan; places?: Places },
): { label: string; context: string } {
  if (hit.type === 'place') {
    const p = data.places?.byId.get(hit.id)?.properties;
    const theme = p ? themeOf(p.theme) : undefined;
    return {
      label: (lang() === 'en' ? p?.name_en : p?.name_zh) ?? hit.id,
      context: `${(lang() === 'en' ? p?.name_zh : p?.name_en) ?? ''} · ${theme ? pick(theme) : ''} · ${t('search.place')}`,
    };
  }
  const unit = data.plan?.byId.get(hit.id);
  return { label: hit.id, context: unit ? breadcrumbText(unit) : '' };
}

/** The tooltip's lines for what the pointer is on: a place, a district (names from the basemap), or nothing. */
export function tooltipLines(
  places: Places,
  districtNames: ReadonlyMap<string, string>,
): (layer: string, id: string) => string[] | null {
  return (layer, id) => {
    if (layer === DISTRICTS_LAYER_ID)
      return lang() === 'en' ? [districtNames.get(id) ?? id, id] : [id, districtNames.get(id) ?? ''];
    if (!layer.startsWith(PLACE_LAYER_PREFIX)) return null;
    const p = places.byId.get(id)?.properties;
    if (!p) return null;
    // Its status at the timeline's date (the map draws it so), "cancelled" if it is by then.
    const now = drawnStatusAt(p, dateOfAt(store.getState().at));
    const status = now === 'cancelled' ? HISTORY_STATUS_LABELS.cancelled : STATUS_BY_ID.get(now);
    const both = lang() === 'en' ? [p.name_en, p.name_zh] : [p.name_zh, p.name_en];
    const kind = lang() === 'en' ? p.kind_en : p.kind_zh;
    const precision = pick(PRECISION_BADGES[p.precision]);
    return [...both, [kind, status ? pick(status) : p.status, precision].join(' · ')];
  };
}
