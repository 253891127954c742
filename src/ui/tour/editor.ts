// Authoring a tour in the browser: add the current view as a step, edit titles, captions (the plan's exact words
// as quotes with their clause, or the author's words as a summary citing clauses) and notes, reorder and delete
// steps; save as a JSON file, open one (a malformed file is refused with what and where, the tour stays), share as
// a link. Problems are listed live with the same checks as the build. This file is the editor's frame; its parts
// are the editor-*.ts files and file-actions.ts.

import type { TourRefs } from '../../data/tour-schema';
import { t as msg } from '../../i18n/i18n';
import { store } from '../../state/store';
import { h } from '../dom';
import { showProblems } from './editor-checks';
import { stepFields } from './editor-step-fields';
import { stepsList, tourFields } from './editor-steps';
import type { Editor, EditorHost, EditorKit, Saying } from './editor-types';
import { fileActions } from './file-actions';
import { currentStep } from './session';

export type { Editor, EditorHost } from './editor-types';

/** The editor's buttons for files and links (their words set by `label`). */
function fileButtons(files: ReturnType<typeof fileActions>) {
  const button = (cls: string, onclick: () => void) =>
    h('button', { type: 'button', className: `btn ${cls}`, onclick });
  const fileInput = h('input', { type: 'file', accept: '.json,application/json', className: 'te-open' });
  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    fileInput.value = '';
    if (f) void files.open(f);
  });
  return {
    fileInput,
    save: button('te-save', () => files.save()),
    openLabel: h('span', {}),
    share: button('te-share', () => void files.share()),
    newTour: button('te-new', () => files.newTour()),
    revert: button('te-revert', () => files.revert()),
  };
}

export function mountEditor(host: HTMLElement, api: EditorHost): Editor {
  const problems = h('div', { className: 'te-problems', 'aria-live': 'polite' });
  const message = h('div', { className: 'te-message', role: 'alert' });
  const content = h('div', { className: 'te-content' });
  const linkOut = h('input', { type: 'text', readonly: true, className: 'te-link', hidden: true });
  const heading = h('h2', {});
  const closeBtn = h(
    'button',
    { type: 'button', className: 'btn te-close', onclick: () => api.close() },
    '×',
  );
  const checksHeading = h('h3', {});
  let refs: TourRefs | null = null;
  /** The last message, kept to say it again in the other language. */
  let said: { text: Saying; kind: 'ok' | 'error' } | null = null;

  const kit: EditorKit = {
    host: api,
    edit: (f, structural = false) => {
      const s = api.session();
      if (!s) return;
      api.update(f(s), structural);
      kit.check();
    },
    render: () => render(),
    say: (text, kind = 'ok') => {
      said = { text, kind };
      const out = text();
      message.className = `te-message te-message-${kind}`;
      message.replaceChildren(...(typeof out === 'string' ? [h('p', {}, out)] : out));
    },
    check: () => {
      const t = api.session()?.tour;
      return t ? showProblems(problems, t, refs) : [];
    },
  };
  const b = fileButtons(fileActions(kit, linkOut));
  const el = h(
    'aside',
    { className: 'tour-editor' },
    h('header', { className: 'te-head' }, heading, closeBtn),
    content,
    checksHeading,
    problems,
    h(
      'div',
      { className: 'te-file' },
      b.save,
      h('label', { className: 'btn te-open-label' }, b.openLabel, b.fileInput),
      b.share,
      b.newTour,
      b.revert,
    ),
    linkOut,
    message,
  );
  /** The editor's fixed words in the current language. */
  const label = () => {
    b.fileInput.setAttribute('aria-label', msg('te.openFile'));
    linkOut.setAttribute('aria-label', msg('te.shareLink'));
    el.setAttribute('aria-label', msg('te.heading'));
    heading.textContent = msg('te.heading');
    closeBtn.setAttribute('aria-label', msg('te.close'));
    checksHeading.textContent = msg('te.checks');
    b.save.textContent = msg('te.save');
    b.openLabel.textContent = msg('te.open');
    b.share.textContent = msg('te.share');
    b.newTour.textContent = msg('te.new');
    b.revert.textContent = msg('te.revert');
  };
  label();
  host.append(el);
  void api.refs().then((r) => {
    refs = r;
    kit.check();
  });

  function render(): void {
    const s = api.session();
    if (!s) return;
    const step = currentStep(s);
    content.replaceChildren(
      tourFields(kit, s),
      ...stepsList(kit, s),
      step ? stepFields(kit, step, s.step) : '',
    );
    b.revert.hidden = !(s.builtIn && (s.source !== 'built-in' || s.unsaved));
    kit.check();
  }

  render();
  // The language changes: the same tour, step and message, in the other language. Fields keep their values
  // (they hold the tour's text, which render() puts back); the focused field is focused again.
  const offLang = store.subscribe(
    (s) => s.lang,
    () => {
      const active = document.activeElement;
      const cls = active instanceof HTMLElement && el.contains(active) ? active.className : '';
      label();
      render();
      if (said) kit.say(said.text, said.kind);
      if (cls) el.querySelector<HTMLElement>(`.${cls.trim().split(/\s+/).join('.')}`)?.focus();
    },
  );
  return {
    refresh: () => render(),
    say: kit.say,
    dispose: () => {
      offLang();
      el.remove();
    },
  };
}
