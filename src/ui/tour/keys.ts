// The keys a presentation clicker sends (→ ← PageDown PageUp Space, Home, End, Esc, B) as the tour's commands,
// taken before the map's own keys and never while typing in a field or the editor, or while the export dialog is
// open.

import { isExportOpen } from '../export/dialog';

export type TourCommand = 'next' | 'prev' | 'first' | 'last' | 'escape' | 'back';

const COMMANDS: Readonly<Record<string, TourCommand>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  Escape: 'escape',
  b: 'back',
  B: 'back',
};

/** The command a key stands for, if any. */
export const commandOf = (key: string): TourCommand | null =>
  Object.hasOwn(COMMANDS, key) ? COMMANDS[key]! : null;

/**
 * Listens for the commands; `run` returns false when the command does nothing here (the key then goes on to
 * others). Returns the disposer.
 */
export function listenKeys(run: (c: TourCommand) => boolean): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isExportOpen()) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], .tour-editor')) return;
    if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button, a, summary, label')) return;
    const command = commandOf(e.key);
    if (!command || !run(command)) return;
    e.preventDefault();
    e.stopPropagation();
  };
  window.addEventListener('keydown', onKey, true);
  return () => window.removeEventListener('keydown', onKey, true);
}
