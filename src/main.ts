// Start-up: the search box, the side panel and the router work without the map (the plan stays readable
// without WebGL); then the basemap and the overlay, and the ready signal (`data-ready="true"` on #map) once
// everything has drawn.

import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import './ui/app.css';
import { activePlan, defaultView, themeIds } from './data/active-plan';
import { loadMentions, loadPlaces, loadPlan, type Places } from './data/load';
import type { Plan } from './data/plan';
import { boundsArray } from './data/plan-manifest';
import { buildIndex, placeSearchDoc, unitSearchDoc, type SearchIndex } from './data/search';
import { createBasemap, loadBasemapData } from './map/basemap';
import { chooseOnlineBasemap } from './ui/basemap-consent';
import { buildBasemapStyle } from './map/basemap-style';
import { installInteraction } from './map/interaction';
import { withPlaces } from './map/places';
import { followTimeline, placeFiltersOf } from './map/timeline-draw';
import { currentHash, setLayerIds, setViewApplier, startRouter } from './router';
import { openClause, selectPlace } from './state/commands';
import { fitToPlaces } from './map/fit';
import { setMap } from './map/bridge';
import { addPlaceLabels, followLabels, setLabelLang } from './map/place-labels';
import { emphasisedPlaces, selectedPlace, setMapStatus, setView, store } from './state/store';
import { showNotice } from './ui/notice';
import { mountErrorHandling, reportError, watchContextLoss } from './ui/errors';
import { mountPlacesInView } from './ui/places-in-view';
import { mountHeaderTools } from './ui/header-tools';
import { mountLegend } from './ui/legend';
import { mountPanel, preloadPanel } from './ui/panel';
import { mountViews, registerView } from './ui/views';
import { mountSearchBox } from './ui/search-box';
import { mountTooltip } from './ui/tooltip';
import type { View } from './url-state';
import { hasWebGL2 } from './webgl';
import { pick, t } from './i18n/i18n';
import { describeHit, tooltipLines } from './ui/describe';
import { startPlan } from './start-plan';
import { ONLINE_BASEMAP_TIMEOUT_MS } from './config';
import { chooseLang, storeLang, storedLang } from './i18n/lang';
import { setLang } from './state/store';
import { isEmbed, mountEmbed } from './embed';

const mapEl = document.getElementById('map') as HTMLElement;

function showNoWebGL(): void {
  // What MapLibre set up before it found no WebGL goes (its canvas container and its classes).
  mapEl.replaceChildren();
  mapEl.classList.remove(...[...mapEl.classList].filter((c) => c.startsWith('maplibregl')));
  mapEl.dataset['webgl'] = 'false';
  setMapStatus('no-webgl');
  const msg = document.createElement('div');
  msg.className = 'map-unavailable';
  msg.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.textContent = t('nowebgl.title');
  msg.append(p);
  mapEl.append(msg);
  store.subscribe(
    (s) => s.lang,
    () => (p.textContent = t('nowebgl.title')),
  );
}

function viewOf(map: MapLibreMap): View {
  const c = map.getCenter();
  return { lon: c.lng, lat: c.lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

let searchIndex: Promise<SearchIndex> | undefined;
let plan: Plan | undefined;
let places: Places | undefined;
/** One index for the plan's units and its places (names, aliases, English names; how many clauses name each). */
function getSearchIndex(): Promise<SearchIndex> {
  searchIndex ??= Promise.all([loadPlan(), loadPlaces(), loadMentions()]).then(([pl, pc, mentions]) => {
    plan = pl;
    places = pc;
    return buildIndex([
      ...pl.units.map(unitSearchDoc),
      ...pc.features.map((f) => placeSearchDoc(f.properties, mentions.byPlace[f.properties.id])),
    ]);
  });
  return searchIndex;
}

const embedded = isEmbed(location.search);

function startText(): void {
  // Embedded in an article (`?embed=1`): the map, its legend and the place card only.
  if (embedded) mountEmbed(mapEl.parentElement as HTMLElement);
  else mountChrome();
  mountPanel(document.getElementById('panel') as HTMLElement);
  registerView('compare', () => import('./ui/compare/index'));
  registerView('tour', () => import('./ui/tour/index'));
  registerView('targets', () => import('./ui/targets/index'));
  mountViews(document.getElementById('view') as HTMLElement);
  startRouter();
}

/** The search box, the header's tools and the list of the places in view (not in an embed). */
function mountChrome(): void {
  mountSearchBox(document.getElementById('search-host') as HTMLElement, {
    getIndex: getSearchIndex,
    describe: (hit) => describeHit(hit, { ...(plan ? { plan } : {}), ...(places ? { places } : {}) }),
    open: (hit) => (hit.type === 'place' ? selectPlace(hit.id, { fit: true }) : openClause(hit.id)),
  });
  mountHeaderTools(document.querySelector('.app-header') as HTMLElement);
  mountPlacesInView(mapEl.parentElement as HTMLElement);
}

async function startMap(): Promise<void> {
  const initial = currentHash();
  const view = initial.view ?? defaultView();
  performance.mark('start-map');
  // The map's data come while a link's basemap waits for the reader's answer (nothing is asked of its host before).
  const [online, basemapData, places] = await Promise.all([
    chooseOnlineBasemap(location.search, import.meta.env['VITE_BASEMAP_STYLE'] as string | undefined),
    loadBasemapData(),
    loadPlaces(),
  ]);
  // (the module-level `places` above is the search's copy; this one is the map's)
  // The places are part of the map's first style: they load and draw with the basemap, not after it.
  const dated = places.features.map((f) => f.properties);
  let builtFor: readonly [readonly string[], string | null] = [[], null];
  const addPlaces = (style: StyleSpecification) => {
    const s = store.getState();
    builtFor = [s.hiddenLayers, s.at];
    return withPlaces(style, places.features, placeFiltersOf(dated, s));
  };
  const { map, fallback } = await createBasemap(mapEl, view, online, basemapData, addPlaces);
  if (fallback) {
    showNotice(
      t('basemap.unreachable', {
        why: t(fallback === 'timeout' ? 'basemap.timeout' : 'basemap.unreachableWhy'),
      }),
    );
  }
  if (!initial.view) map.fitBounds(boundsArray(activePlan().home), { padding: 16, animate: false });
  (window as unknown as { __map?: unknown }).__map = map;
  watchContextLoss(mapEl, () => map.triggerRepaint());

  map.on('error', (e) => console.error('map:', e.error.message));
  if (online && !fallback) {
    // An online style that loads but whose tiles or sprites never arrive: fall back after the same timeout.
    const timer = setTimeout(() => {
      if (!map.loaded()) {
        map.setStyle(addPlaces(buildBasemapStyle(basemapData)));
        showNotice(t('basemap.slow'));
      }
    }, ONLINE_BASEMAP_TIMEOUT_MS);
    map.once('idle', () => clearTimeout(timer));
  }

  await map.once('load');
  performance.mark('basemap-loaded');
  const names = new Map(
    basemapData.districts.features.map((f) => [
      String(f.properties?.['name']),
      String(f.properties?.['name_en']),
    ]),
  );
  mountTooltip(mapEl, tooltipLines(places, names));
  // The themes shown and the timeline's date follow the store from here on, starting with what it says now: the
  // first style was built with those of that moment, and a tour step may have changed them while the map loaded.
  followTimeline(map, mapEl, dated, builtFor);
  mountLegend(mapEl.parentElement as HTMLElement, places.features);
  installInteraction(map, { districts: basemapData.districts, places: places.features }, (id) =>
    selectPlace(id),
  );
  // deck.gl draws only what is emphasised or hovered: its code comes after the ready signal, unless the first
  // view already emphasises places (a link to a place or a clause), when the ready signal waits for it.
  const loadOverlay = () =>
    import('./map/overlay').then((m) =>
      m.createOverlay(map, { districts: basemapData.districts, places: places.features }),
    );
  const emphasisAtStart = emphasisedPlaces(store.getState()).size > 0;
  const overlay = emphasisAtStart ? loadOverlay() : null;
  const fitSelected = (animate: boolean) => {
    const f = places.byId.get(selectedPlace(store.getState()) ?? '');
    if (f) fitToPlaces(map, [f], animate);
  };
  if (!initial.view) fitSelected(false);
  store.subscribe(
    (s) => s.fit,
    (fit) => fitToPlaces(map, fit?.ids.flatMap((id) => places.byId.get(id) ?? []) ?? []),
  );
  // Ready: the basemap and the places are loaded and drawn (and what deck.gl draws, when it is needed at start).
  if (overlay) await (await overlay).drawn;
  performance.mark('overlay-drawn');
  if (!map.loaded()) await map.once('idle');
  mapEl.dataset['ready'] = 'true';
  setMapStatus('ready');
  performance.mark('ready');
  setMap(map);

  // Labels come in after the ready signal: the first text MapLibre draws costs about a second of font set-up
  // (seen in headless Chromium), and the map is usable without them. `data-labels="true"` says they are drawn.
  addPlaceLabels(map, places.features, store.getState().hiddenLayers);
  followLabels(map, places.features);
  setLabelLang(map, store.getState().lang);
  store.subscribe(
    (s) => s.lang,
    (l) => setLabelLang(map, l),
  );
  void map.once('idle').then(() => {
    mapEl.dataset['labels'] = 'true';
    performance.mark('labels');
    preloadPanel();
    if (!overlay) void loadOverlay();
    // Printing the map (Ctrl+P) composes it like an exported image: its code comes after the start.
    void import('./ui/export/print').then((m) => m.installPrint());
  });

  // What the map emphasises, in the DOM too: for assistive technology and the end-to-end tests.
  store.subscribe(
    (s) => [selectedPlace(s), s.highlighted] as const,
    ([selected, highlighted]) => {
      mapEl.dataset['selected'] = selected ?? '';
      mapEl.dataset['highlighted'] = highlighted.join(' ');
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1], fireImmediately: true },
  );
  setView(viewOf(map));
  map.on('moveend', () => setView(viewOf(map)));
  setViewApplier((v) =>
    map.jumpTo({ center: [v.lon, v.lat], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch }),
  );
}

/** The language: chosen once at start, then kept in the URL (`?lang=`), storage and the page's `lang`. */
function startLang(): void {
  setLang(chooseLang(location.search, storedLang(), navigator.languages ?? [navigator.language]));
  const apply = (l: 'zh' | 'en') => {
    document.documentElement.lang = l === 'zh' ? 'zh-Hans' : 'en';
    const { title } = activePlan();
    document.title = `${pick(title)} | ${title[l === 'zh' ? 'en' : 'zh']}`;
    const main = document.querySelector('.title-main');
    const sub = document.querySelector('.title-sub');
    if (main) main.textContent = pick(title);
    if (sub) sub.textContent = title[l === 'zh' ? 'en' : 'zh'];
    mapEl.setAttribute('aria-label', t('map.label'));
    const url = new URL(location.href);
    if (url.searchParams.get('lang') !== l) {
      url.searchParams.set('lang', l);
      history.replaceState(history.state, '', url);
    }
  };
  apply(store.getState().lang);
  store.subscribe(
    (s) => s.lang,
    (l) => {
      storeLang(l);
      apply(l);
    },
  );
}

async function start(): Promise<void> {
  // The plan first (its manifest is preloaded with the map's data): everything else shows it.
  const { unknown } = await startPlan(location.search);
  startLang();
  if (unknown !== null) showNotice(t('plan.unknown', { id: unknown }));
  // The themes the URL shows (`layers=`), in the store before anything reads it: the map's first style, the legend.
  setLayerIds(themeIds());
  // The map's data are asked for first; the text UI mounts while they come. There is no WebGL probe beforehand (it
  // costs a WebGL context of its own): when MapLibre cannot get one, the map says so and the plan stays readable.
  const mapStarted =
    typeof WebGL2RenderingContext === 'undefined' ? Promise.reject(new Error('no WebGL 2')) : startMap();
  startText();
  mapStarted.catch((e: unknown) => {
    if (!hasWebGL2()) {
      showNoWebGL();
      return;
    }
    console.error(e);
    showNotice(t('map.failed', { error: e instanceof Error ? e.message : String(e) }), 'error');
  });
}

mountErrorHandling();
void import('./sw-register').then((m) => m.registerServiceWorker(import.meta.url));
start().catch(reportError);
