// The mention engine's one entry point, for the build, the tests and each plan's rules: the shapes (types.ts), the
// helpers rules are written with (when.ts), the scan (engine.ts) and its summary (stats.ts).

export * from './types';
export * from './when';
export * from './engine';
export * from './stats';
