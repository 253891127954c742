// The compare view (#/compare) as data, one concept a module: the plan's compare config (config.ts), the shape of
// data/compare.json (model.ts), the passages of the positioning clause (passages.ts), the small maps' projection
// (projection.ts), the route (route.ts), what the controls do to the choice (choice.ts), the table's rows with
// their citations (rows.ts), the CSV (csv.ts) and the words in a given language (text.ts). Pure: no DOM, no
// store; the build, the view and the unit tests use them.

export * from './config';
export * from './model';
export * from './passages';
export * from './projection';
export * from './route';
export * from './choice';
export * from './rows';
export * from './csv';
export { placeName, rowHow, rowName } from './text';
