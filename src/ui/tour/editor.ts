// Authoring a tour in the browser: add the current view as a step, edit titles, captions (the plan's exact words
// as quotes with their clause, or the author's words as a summary citing clauses) and notes, reorder and delete
// steps; save as a JSON file, open one (a malformed file is refused with what and where, the tour stays), share as
// a link. Problems are listed live with the same checks as the build.

import type { Places } from '../../data/load';
import {
  checkTourRefs,
  formatTourProblem,
  isQuote,
  parseTourValue,
  TOUR_ID_RE,
  validateTour,
  type CaptionPart,
  type Tour,
  type TourRefs,
  type TourStep,
} from '../../data/tour-schema';
import { lang, pick, t as msg } from '../../i18n/i18n';
import { themeStyles } from '../../map/themes';
import { store } from '../../state/store';
import { h } from '../dom';
import { nameText } from '../compare/names';
import type { Session } from './index';
import { MAX_LINK_CHARS, tourLink } from './share';
import { removeLocal, type TourSource } from './sources';

export interface EditorHost {
  session(): Session | null;
  places(): Places | null;
  refs(): Promise<TourRefs>;
  /** The tour was edited in place; `structural`: the current step's view, layers or places changed. */
  changed(structural: boolean): void;
  goTo(n: number): void;
  captureStep(): TourStep;
  replaceTour(tour: Tour, step: number, source?: TourSource): void;
  close(): void;
}

export interface Editor {
  /** Redraws the editor (after a step change). */
  refresh(full: boolean): void;
  destroy(): void;
}

const splitIds = (s: string) => s.split(/[\s,,、;;]+/).filter((x) => x.length > 0);

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function mountEditor(host: HTMLElement, api: EditorHost): Editor {
  const problems = h('div', { className: 'te-problems', 'aria-live': 'polite' });
  const message = h('div', { className: 'te-message', role: 'alert' });
  const content = h('div', { className: 'te-content' });
  const fileInput = h('input', {
    type: 'file',
    accept: '.json,application/json',
    className: 'te-open',
  });
  const linkOut = h('input', {
    type: 'text',
    readonly: true,
    className: 'te-link',
    hidden: true,
  });
  const heading = h('h2', {});
  const closeBtn = h(
    'button',
    { type: 'button', className: 'btn te-close', onclick: () => api.close() },
    '×',
  );
  const checksHeading = h('h3', {});
  const saveBtn = h('button', { type: 'button', className: 'btn te-save', onclick: () => void save() });
  const openLabel = h('span', {});
  const shareBtn = h('button', { type: 'button', className: 'btn te-share', onclick: () => void share() });
  const newBtn = h('button', { type: 'button', className: 'btn te-new', onclick: () => newTour() });
  const revertBtn = h('button', { type: 'button', className: 'btn te-revert', onclick: () => revert() });
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
      saveBtn,
      h('label', { className: 'btn te-open-label' }, openLabel, fileInput),
      shareBtn,
      newBtn,
      revertBtn,
    ),
    linkOut,
    message,
  );
  /** The editor's fixed words in the current language. */
  const label = () => {
    fileInput.setAttribute('aria-label', msg('te.openFile'));
    linkOut.setAttribute('aria-label', msg('te.shareLink'));
    el.setAttribute('aria-label', msg('te.heading'));
    heading.textContent = msg('te.heading');
    closeBtn.setAttribute('aria-label', msg('te.close'));
    checksHeading.textContent = msg('te.checks');
    saveBtn.textContent = msg('te.save');
    openLabel.textContent = msg('te.open');
    shareBtn.textContent = msg('te.share');
    newBtn.textContent = msg('te.new');
    revertBtn.textContent = msg('te.revert');
  };
  label();
  host.append(el);
  let refs: TourRefs | null = null;
  void api.refs().then((r) => {
    refs = r;
    check();
  });

  const tour = () => api.session()?.tour ?? null;
  const current = () => {
    const s = api.session();
    return s ? s.tour.steps[s.step - 1] : undefined;
  };

  /**
   * Every problem of the tour as it stands (shape and references), the same checks as the build, in the current
   * language.
   */
  function problemsOf(t: Tour): string[] {
    const shape = parseTourValue(t);
    const out = shape.ok ? [] : shape.problems;
    if (refs) out.push(...checkTourRefs(t, refs));
    return [...new Set(out.map((p) => formatTourProblem(p, lang())))];
  }

  function check(): string[] {
    const t = tour();
    if (!t) return [];
    const list = problemsOf(t);
    problems.dataset['count'] = String(list.length);
    problems.replaceChildren(
      list.length
        ? h('ul', { className: 'te-problem-list' }, ...list.slice(0, 20).map((p) => h('li', {}, p)))
        : h('p', { className: 'te-ok' }, msg('te.ok')),
    );
    return list;
  }

  /** The last message, kept to say it again in the other language. */
  let said: { text: () => string | Node[]; kind: 'ok' | 'error' } | null = null;

  function say(text: () => string | Node[], kind: 'ok' | 'error' = 'ok'): void {
    said = { text, kind };
    const out = text();
    message.className = `te-message te-message-${kind}`;
    message.replaceChildren(...(typeof out === 'string' ? [h('p', {}, out)] : out));
  }

  function edited(structural = false): void {
    api.changed(structural);
    check();
  }

  // --- fields ---
  function textField(
    label: string,
    value: string,
    set: (v: string) => void,
    opts: { area?: boolean; cls?: string; lang?: string; onChange?: boolean } = {},
  ): HTMLElement {
    const input = opts.area
      ? h('textarea', { className: opts.cls ?? '', rows: 3, lang: opts.lang })
      : h('input', { type: 'text', className: opts.cls ?? '', lang: opts.lang });
    input.value = value;
    input.addEventListener(opts.onChange ? 'change' : 'input', () => {
      set(input.value);
      edited();
    });
    return h('label', { className: 'te-field' }, h('span', {}, label), input);
  }

  function setOptional<T extends object>(obj: T, key: keyof T & string, v: string): void {
    const rec = obj as Record<string, unknown>;
    if (v.trim()) rec[key] = v;
    else delete rec[key];
  }

  function partEditor(step: TourStep, part: CaptionPart, i: number): HTMLElement {
    const kind = isQuote(part) ? 'quote' : 'summary';
    const select = h(
      'select',
      {
        className: 'te-part-kind',
        'aria-label': msg('te.kind'),
        onchange: () => {
          const text = isQuote(part) ? part.quote : part.summary;
          step.caption[i] =
            select.value === 'quote'
              ? { quote: text, clause: isQuote(part) ? part.clause : (part.cites[0] ?? '') }
              : { summary: text, cites: isQuote(part) ? [part.clause].filter(Boolean) : part.cites };
          edited();
          render();
        },
      },
      h('option', { value: 'quote', selected: kind === 'quote' }, msg('te.kindQuote')),
      h('option', { value: 'summary', selected: kind === 'summary' }, msg('te.kindSummary')),
    );
    const fields = isQuote(part)
      ? [
          textField(msg('te.quote'), part.quote, (v) => (part.quote = v), {
            area: true,
            cls: 'te-quote',
            lang: 'zh-Hans',
          }),
          textField(msg('te.clause'), part.clause, (v) => (part.clause = v.trim()), { cls: 'te-clause' }),
          textField(msg('te.gloss'), part.gloss_en ?? '', (v) => setOptional(part, 'gloss_en', v), {
            area: true,
            lang: 'en',
          }),
        ]
      : [
          textField(msg('te.summary'), part.summary, (v) => (part.summary = v), {
            area: true,
            cls: 'te-summary',
            lang: 'zh-Hans',
          }),
          textField(msg('te.cites'), part.cites.join(', '), (v) => (part.cites = splitIds(v)), {
            cls: 'te-cites',
          }),
          textField(msg('te.summaryEn'), part.summary_en ?? '', (v) => setOptional(part, 'summary_en', v), {
            area: true,
            lang: 'en',
          }),
        ];
    return h(
      'li',
      { className: 'te-part' },
      h(
        'div',
        { className: 'te-part-head' },
        select,
        h(
          'button',
          {
            type: 'button',
            className: 'btn te-part-remove',
            'aria-label': msg('te.removePart'),
            onclick: () => {
              step.caption.splice(i, 1);
              edited();
              render();
            },
          },
          '×',
        ),
      ),
      ...fields,
    );
  }

  function placesEditor(step: TourStep): HTMLElement {
    const places = api.places();
    const name = (id: string) => {
      const p = places?.byId.get(id)?.properties;
      return p ? nameText(p.name_zh, p.name_en) : id;
    };
    const listId = 'te-place-options';
    const input = h('input', {
      type: 'text',
      className: 'te-place-input',
      list: listId,
      placeholder: msg('te.placeInput'),
    });
    const add = () => {
      const v = input.value.trim();
      if (!v) return;
      const byName = places?.features.find(
        (f) => f.properties.name_zh === v || `${f.properties.name_zh} · ${f.properties.id}` === v,
      );
      const id = byName?.properties.id ?? v;
      if (!step.highlight.includes(id)) step.highlight.push(id);
      edited(true);
      render();
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        add();
      }
    });
    return h(
      'div',
      { className: 'te-places' },
      h('span', { className: 'te-label' }, msg('te.places')),
      h(
        'ul',
        { className: 'te-chips' },
        ...step.highlight.map((id, k) =>
          h(
            'li',
            { className: 'te-chip' },
            name(id),
            h(
              'button',
              {
                type: 'button',
                'aria-label': msg('te.unhighlight', { name: name(id) }),
                onclick: () => {
                  step.highlight.splice(k, 1);
                  edited(true);
                  render();
                },
              },
              '×',
            ),
          ),
        ),
      ),
      h(
        'div',
        { className: 'te-row' },
        input,
        h('button', { type: 'button', className: 'btn', onclick: add }, msg('te.add')),
      ),
      h(
        'datalist',
        { id: listId },
        ...(places?.features ?? []).map((f) =>
          h('option', { value: `${f.properties.name_zh} · ${f.properties.id}` }),
        ),
      ),
    );
  }

  function layersEditor(step: TourStep): HTMLElement {
    return h(
      'fieldset',
      { className: 'te-layers' },
      h('legend', {}, msg('te.layers')),
      ...themeStyles().map((t) => {
        const box = h('input', { type: 'checkbox', checked: step.layers.includes(t.theme), value: t.theme });
        box.addEventListener('change', () => {
          step.layers = themeStyles()
            .map((x) => x.theme)
            .filter((id) => (id === t.theme ? box.checked : step.layers.includes(id)));
          edited(true);
        });
        return h('label', { className: 'te-layer' }, box, ` ${pick(t)}`);
      }),
    );
  }

  function render(): void {
    const s = api.session();
    if (!s) return;
    const t = s.tour;
    const step = current();
    const idInput = h('input', { type: 'text', className: 'te-id', value: t.id, spellcheck: false });
    idInput.addEventListener('change', () => {
      const id = idInput.value.trim();
      if (id === t.id) return;
      if (!TOUR_ID_RE.test(id)) {
        say(() => msg('te.badId'), 'error');
        idInput.value = t.id;
        return;
      }
      if (s.source === 'local') removeLocal(t.id);
      api.replaceTour({ ...t, id }, s.step);
    });
    const stepsList = h(
      'ol',
      { className: 'te-steps' },
      ...t.steps.map((st, i) =>
        h(
          'li',
          { className: i + 1 === s.step ? 'te-step te-step-current' : 'te-step' },
          h(
            'button',
            { type: 'button', className: 'te-step-go', onclick: () => api.goTo(i + 1) },
            `${i + 1}. ${st.title}`,
          ),
          h(
            'button',
            {
              type: 'button',
              className: 'btn te-up',
              disabled: i === 0,
              'aria-label': msg('te.moveUp'),
              onclick: () => move(i, -1),
            },
            '↑',
          ),
          h(
            'button',
            {
              type: 'button',
              className: 'btn te-down',
              disabled: i === t.steps.length - 1,
              'aria-label': msg('te.moveDown'),
              onclick: () => move(i, +1),
            },
            '↓',
          ),
          h(
            'button',
            {
              type: 'button',
              className: 'btn te-delete',
              disabled: t.steps.length <= 1,
              'aria-label': msg('te.deleteStep', { n: i + 1 }),
              onclick: () => remove(i),
            },
            msg('te.delete'),
          ),
        ),
      ),
    );
    const stepSection = step
      ? h(
          'section',
          { className: 'te-step-fields' },
          h('h3', {}, msg('te.step', { n: s.step })),
          textField(msg('te.title'), step.title, (v) => (step.title = v), { cls: 'te-step-title' }),
          textField(msg('te.titleEn'), step.title_en ?? '', (v) => setOptional(step, 'title_en', v), {
            lang: 'en',
          }),
          h('span', { className: 'te-label' }, msg('te.caption')),
          h('ol', { className: 'te-parts' }, ...step.caption.map((p, i) => partEditor(step, p, i))),
          h(
            'div',
            { className: 'te-row' },
            h(
              'button',
              {
                type: 'button',
                className: 'btn te-add-quote',
                onclick: () => addPart({ quote: '', clause: '' }),
              },
              msg('te.addQuote'),
            ),
            h(
              'button',
              {
                type: 'button',
                className: 'btn te-add-summary',
                onclick: () => addPart({ summary: '', cites: [] }),
              },
              msg('te.addSummary'),
            ),
          ),
          placesEditor(step),
          layersEditor(step),
          textField(msg('te.notes'), step.notes, (v) => (step.notes = v), {
            area: true,
            cls: 'te-notes',
          }),
          h(
            'button',
            {
              type: 'button',
              className: 'btn te-use-view',
              onclick: () => {
                const c = api.captureStep();
                step.view = c.view;
                step.layers = c.layers;
                step.highlight = c.highlight;
                edited();
                render();
                const n = s.step;
                say(() => msg('te.usedView', { n }));
              },
            },
            msg('te.useView'),
          ),
        )
      : null;
    content.replaceChildren(
      h(
        'section',
        { className: 'te-tour-fields' },
        h('label', { className: 'te-field' }, h('span', {}, msg('te.tourId')), idInput),
        textField(msg('te.tourTitle'), t.title, (v) => (t.title = v), { cls: 'te-tour-title' }),
        textField(msg('te.titleEn'), t.title_en ?? '', (v) => setOptional(t, 'title_en', v), {
          lang: 'en',
        }),
      ),
      h('h3', {}, msg('te.steps', { n: t.steps.length })),
      stepsList,
      h('button', { type: 'button', className: 'btn te-add', onclick: () => addView() }, msg('te.addView')),
      stepSection ?? '',
    );
    revertBtn.hidden = !(s.builtIn && s.source !== 'built-in');
    check();
  }

  function addPart(part: CaptionPart): void {
    current()?.caption.push(part);
    edited();
    render();
  }

  function addView(): void {
    const s = api.session();
    if (!s) return;
    s.tour.steps.splice(s.step, 0, api.captureStep());
    edited();
    api.goTo(s.step + 1);
    const n = s.step + 1;
    say(() => msg('te.added', { n }));
  }

  function move(i: number, d: number): void {
    const s = api.session();
    if (!s) return;
    const steps = s.tour.steps;
    const [st] = steps.splice(i, 1);
    if (!st) return;
    steps.splice(i + d, 0, st);
    edited(true);
    if (s.step === i + 1) api.goTo(i + d + 1);
    else render();
  }

  function remove(i: number): void {
    const s = api.session();
    if (!s || s.tour.steps.length <= 1) return;
    const [gone] = s.tour.steps.splice(i, 1);
    const target = Math.min(s.step > i + 1 ? s.step - 1 : s.step, s.tour.steps.length);
    edited(true);
    if (target !== s.step) api.goTo(target);
    else render();
    say(() => msg('te.deleted', { n: i + 1, title: gone?.title ?? '' }));
  }

  async function save(): Promise<void> {
    const t = tour();
    if (!t) return;
    const list = check();
    if (list.length) {
      say(() => msg('te.fixBeforeSave'), 'error');
      return;
    }
    download(`${JSON.stringify(t, null, 2)}\n`, `${t.id}.json`);
    const file = `${t.id}.json`;
    say(() => msg('te.saved', { file }));
  }

  async function openFile(file: File): Promise<void> {
    const r = refs ?? (await api.refs());
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      say(() => msg('te.unreadable', { file: file.name, error }), 'error');
      return;
    }
    const v = validateTour(text, r);
    if (!v.ok) {
      const found = v.problems;
      // Put into words when said, so that the list follows a change of language.
      say(
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
    api.replaceTour(v.tour, 1);
    const opened = v.tour;
    say(() => msg('te.opened', { file: file.name, title: opened.title, n: opened.steps.length }));
  }
  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    fileInput.value = '';
    if (f) void openFile(f);
  });

  async function share(): Promise<void> {
    const t = tour();
    if (!t) return;
    if (check().length) {
      say(() => msg('te.fixBeforeShare'), 'error');
      return;
    }
    const base = new URL(location.href);
    base.hash = '';
    const link = await tourLink(base.href, t);
    if (link.length > MAX_LINK_CHARS) {
      say(() => msg('te.tooLong', { n: link.length, max: MAX_LINK_CHARS }), 'error');
      return;
    }
    linkOut.hidden = false;
    linkOut.value = link;
    linkOut.select();
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // shown in the field for copying by hand
    }
    say(() => msg(copied ? 'te.copied' : 'te.copyBelow'));
  }

  function newTour(): void {
    const taken = (id: string) => {
      try {
        return api.session()?.tour.id === id || localStorage.getItem(`tour-draft:${id}`) !== null;
      } catch {
        return api.session()?.tour.id === id;
      }
    };
    let id = 'my-tour';
    for (let k = 2; taken(id); k++) id = `my-tour-${k}`;
    api.replaceTour({ id, title: msg('te.myTour'), steps: [api.captureStep()] }, 1);
    say(() => msg('te.newTour'));
  }

  function revert(): void {
    const s = api.session();
    if (!s?.builtIn) return;
    removeLocal(s.tour.id);
    api.replaceTour(structuredClone(s.builtIn), 1, 'built-in');
    say(() => msg('te.reverted'));
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
      if (said) say(said.text, said.kind);
      if (cls) el.querySelector<HTMLElement>(`.${cls.trim().split(/\s+/).join('.')}`)?.focus();
    },
  );
  return {
    refresh: () => render(),
    destroy: () => {
      offLang();
      el.remove();
    },
  };
}
