// The editor's file actions: the tour saved as a JSON file (refused while it has problems), a file opened (a
// malformed one refused with what and where, the tour kept), the tour shared as a link (copied when the browser
// lets us), a new tour from the current view, and the built-in tour back in place of the user's copy. What would
// throw away the user's work (a revert, a file over the same tour's unsaved draft) asks first.

import { formatTourProblem, validateTour } from '../../data/tour-schema';
import { lang, t as msg } from '../../i18n/i18n';
import { copyText, download, h } from '../dom';
import type { EditorKit } from './editor-types';
import { MAX_LINK_CHARS, tourLink } from './share';
import { readDraft, removeDraft } from './draft';
import { removeLocal } from './sources';

export interface FileActions {
  save: () => void;
  open: (file: File) => Promise<void>;
  share: () => Promise<void>;
  newTour: () => void;
  revert: () => void;
}

/** `linkOut`: the field that shows a shared link. */
export function fileActions(kit: EditorKit, linkOut: HTMLInputElement): FileActions {
  const tour = () => kit.host.session()?.tour ?? null;

  function save(): void {
    const t = tour();
    if (!t) return;
    if (kit.check().length) {
      kit.say(() => msg('te.fixBeforeSave'), 'error');
      return;
    }
    const file = `${t.id}.json`;
    download(`${JSON.stringify(t, null, 2)}\n`, file, 'application/json');
    kit.say(() => msg('te.saved', { file }));
  }

  async function open(file: File): Promise<void> {
    const refs = await kit.host.refs();
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      kit.say(() => msg('te.unreadable', { file: file.name, error }), 'error');
      return;
    }
    const v = validateTour(text, refs);
    if (!v.ok) {
      const found = v.problems;
      // Put into words when said, so that the list follows a change of language.
      kit.say(
        () => [
          h('p', { className: 'te-error-title' }, msg('te.invalid', { file: file.name })),
          h(
            'ul',
            { className: 'te-error-list' },
            ...found.slice(0, 12).map((p) => h('li', {}, formatTourProblem(p, lang()))),
          ),
          h('p', {}, found.length > 12 ? msg('te.more', { n: found.length - 12 }) : ''),
        ],
        'error',
      );
      return;
    }
    // The same tour's draft, not yet saved, would go: ask first.
    const now = kit.host.session();
    if (now?.unsaved && now.tour.id === v.tour.id && !confirm(msg('te.confirmReplace', { file: file.name })))
      return;
    kit.host.replaceTour(v.tour, 1);
    const opened = v.tour;
    kit.say(() => msg('te.opened', { file: file.name, title: opened.title, n: opened.steps.length }));
  }

  async function share(): Promise<void> {
    const t = tour();
    if (!t) return;
    if (kit.check().length) {
      kit.say(() => msg('te.fixBeforeShare'), 'error');
      return;
    }
    const base = new URL(location.href);
    base.hash = '';
    const link = await tourLink(base.href, t);
    if (link.length > MAX_LINK_CHARS) {
      kit.say(() => msg('te.tooLong', { n: link.length, max: MAX_LINK_CHARS }), 'error');
      return;
    }
    linkOut.hidden = false;
    linkOut.value = link;
    linkOut.select();
    // Not copied: shown in the field for copying by hand.
    const copied = await copyText(link);
    kit.say(() => msg(copied ? 'te.copied' : 'te.copyBelow'));
  }

  function newTour(): void {
    const taken = (id: string) => {
      try {
        return (
          tour()?.id === id || localStorage.getItem(`tour-draft:${id}`) !== null || readDraft(id) !== null
        );
      } catch {
        return tour()?.id === id;
      }
    };
    let id = 'my-tour';
    for (let k = 2; taken(id); k++) id = `my-tour-${k}`;
    kit.host.replaceTour({ id, title: msg('te.myTour'), steps: [kit.host.captureStep()] }, 1);
    kit.say(() => msg('te.newTour'));
  }

  function revert(): void {
    const s = kit.host.session();
    if (!s?.builtIn || !confirm(msg('te.confirmRevert'))) return;
    removeLocal(s.tour.id);
    removeDraft(s.tour.id);
    kit.host.replaceTour(structuredClone(s.builtIn), 1, 'built-in');
    kit.say(() => msg('te.reverted'));
  }

  return { save, open, share, newTour, revert };
}
