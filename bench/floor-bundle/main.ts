// What the app's JavaScript at start is measured against: maplibre-gl with its worker, and the deck.gl modules and
// classes the app uses (src/map/overlay.ts, src/map/layers/*). Everything is kept reachable so that the minifier
// drops nothing the app could need of them.

import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { GeoJsonLayer } from '@deck.gl/layers';
import { PathStyleExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';

setWorkerUrl(workerUrl);
const map = new MapLibreMap({ container: document.body, style: { version: 8, sources: {}, layers: [] } });
const layers: Layer[] = [
  new GeoJsonLayer({ id: 'floor', data: [], extensions: [new PathStyleExtension({ dash: true })] }),
];
map.addControl(new MapLibreOverlay({ interleaved: true, layers }));
