// What the panels may ask of the map without importing it: bring places into view. The map registers the
// handler once it exists; before that (or without WebGL) the request is ignored.

type FitHandler = (ids: readonly string[]) => void;

let fit: FitHandler | null = null;

export function setFitHandler(handler: FitHandler): void {
  fit = handler;
}

export function fitPlaces(ids: readonly string[]): void {
  fit?.(ids);
}
