// The small maps' projection: one equirectangular projection with its standard parallel at `refLat` for all the
// maps, so that a kilometre is the same length on every map (north up; the scale error over a city's ±0.3° of
// latitude is under 0.5 %). Coordinates are km east and south of the map's centre (SVG's y grows downwards).
// Used by the build, which projects every path, and by the tests.

/** km per degree of latitude on turf's sphere (radius 6371.0088 km). */
export const KM_PER_DEG = (Math.PI * 6371.0088) / 180;

/** km per degree of longitude at a latitude. */
export const kmPerDegLon = (lat: number): number => KM_PER_DEG * Math.cos((lat * Math.PI) / 180);

export type Project = (p: readonly number[]) => [number, number];

export function projector(refLat: number, centre: readonly [number, number]): Project {
  const kx = kmPerDegLon(refLat);
  return (p) => [((p[0] ?? 0) - centre[0]) * kx, (centre[1] - (p[1] ?? 0)) * KM_PER_DEG];
}

/** The lon/lat box of a square frame `sizeKm` wide around `centre`, plus `marginKm` on every side. */
export function frameBounds(
  refLat: number,
  centre: readonly [number, number],
  sizeKm: number,
  marginKm = 0,
): [number, number, number, number] {
  const half = sizeKm / 2 + marginKm;
  const dLon = half / kmPerDegLon(refLat);
  const dLat = half / KM_PER_DEG;
  return [centre[0] - dLon, centre[1] - dLat, centre[0] + dLon, centre[1] + dLat];
}

const fmt = (n: number): string => String(Math.round(n * 100) / 100);

/** SVG path data of lines or rings (closed with Z when `closed`), in projected km rounded to 10 m. */
export function pathData(
  lines: readonly (readonly (readonly number[])[])[],
  project: Project,
  closed: boolean,
): string {
  const parts: string[] = [];
  for (const line of lines) {
    if (line.length < 2) continue;
    const pts = line.map((p) => project(p));
    parts.push(`M${pts.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join('L')}${closed ? 'Z' : ''}`);
  }
  return parts.join('');
}
