// Tests of the tab's tour draft (src/ui/tour/draft.ts): kept per tour id as written, problems and all (an empty
// caption, an unknown clause), and ignored when damaged or of another shape.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Tour } from '../../src/data/tour-schema';
import { readDraft, removeDraft, writeDraft, type Draft } from '../../src/ui/tour/draft';

/** The part of the Storage interface the draft uses, in memory. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

let storage = memoryStorage();
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('window', { sessionStorage: storage });
});
afterEach(() => vi.unstubAllGlobals());

// A tour as the editor leaves it: a new step with its caption still to write, citing nothing.
const tour: Tour = {
  id: 'my-tour',
  title: '我的导览',
  steps: [
    {
      title: '新的一步',
      view: { center: [121.4, 31.2], zoom: 10, bearing: 0, pitch: 0 },
      layers: ['centre'],
      highlight: [],
      caption: [{ summary: '', cites: [] }],
      notes: '',
    },
  ],
};
const draft: Draft = { tour, source: 'local', unsaved: true, editing: true };

describe('the tab’s tour draft', () => {
  it('is read back as written, problems and all, under its tour’s id only', () => {
    writeDraft(draft);
    expect(readDraft('my-tour')).toEqual(draft);
    expect(readDraft('overview')).toBeNull();
    removeDraft('my-tour');
    expect(readDraft('my-tour')).toBeNull();
  });

  it('is ignored when damaged, of another shape, or filed under another id', () => {
    storage.setItem('tour-editing:my-tour', '{"tour": ');
    expect(readDraft('my-tour')).toBeNull();
    storage.setItem('tour-editing:my-tour', JSON.stringify({ ...draft, tour: { ...tour, steps: [] } }));
    expect(readDraft('my-tour')).toBeNull();
    const noView = { ...tour.steps[0], view: { center: [121.4] } };
    storage.setItem('tour-editing:my-tour', JSON.stringify({ ...draft, tour: { ...tour, steps: [noView] } }));
    expect(readDraft('my-tour')).toBeNull();
    storage.setItem('tour-editing:my-tour', JSON.stringify({ ...draft, source: 'elsewhere' }));
    expect(readDraft('my-tour')).toBeNull();
    storage.setItem('tour-editing:my-tour', JSON.stringify({ ...draft, tour: { ...tour, id: 'other' } }));
    expect(readDraft('my-tour')).toBeNull();
  });

  it('does without storage', () => {
    vi.stubGlobal('window', {
      get sessionStorage(): Storage {
        throw new Error('denied');
      },
    });
    writeDraft(draft);
    expect(readDraft('my-tour')).toBeNull();
    expect(() => removeDraft('my-tour')).not.toThrow();
  });
});
