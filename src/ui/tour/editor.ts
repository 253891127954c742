// Authoring a tour in the browser: add the current view as a step, edit titles, captions (the plan's exact words
// as quotes with their clause, or the author's words as a summary citing clauses) and notes, reorder and delete
// steps; save as a JSON file, open one (a malformed file is refused with what and where, the tour stays), share as
// a link. Problems are listed live with the same checks as the build.

import type { Places } from '../../data/load';
import {
  checkTourRefs,
  isQuote,
  parseTourValue,
  TOUR_ID_RE,
  validateTour,
  type CaptionPart,
  type Tour,
  type TourRefs,
  type TourStep,
} from '../../data/tour-schema';
import { THEME_STYLES } from '../../map/themes';
import { h } from '../dom';
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
    'aria-label': '打开导览文件 Open a tour file',
  });
  const linkOut = h('input', {
    type: 'text',
    readonly: true,
    className: 'te-link',
    hidden: true,
    'aria-label': '分享链接 Share link',
  });
  const el = h(
    'aside',
    { className: 'tour-editor', 'aria-label': '编辑导览 Edit the tour' },
    h(
      'header',
      { className: 'te-head' },
      h('h2', {}, '编辑导览 Edit the tour'),
      h(
        'button',
        { type: 'button', className: 'btn te-close', onclick: () => api.close(), 'aria-label': '关闭 Close' },
        '×',
      ),
    ),
    content,
    h('h3', {}, '检查 Checks'),
    problems,
    h(
      'div',
      { className: 'te-file' },
      h(
        'button',
        { type: 'button', className: 'btn te-save', onclick: () => void save() },
        '保存为文件 Save as JSON',
      ),
      h('label', { className: 'btn te-open-label' }, '打开文件 Open JSON', fileInput),
      h(
        'button',
        { type: 'button', className: 'btn te-share', onclick: () => void share() },
        '分享链接 Share as link',
      ),
      h('button', { type: 'button', className: 'btn te-new', onclick: () => newTour() }, '新建导览 New tour'),
      h(
        'button',
        { type: 'button', className: 'btn te-revert', onclick: () => revert() },
        '恢复内置版本 Revert to built-in',
      ),
    ),
    linkOut,
    message,
  );
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

  /** Every problem of the tour as it stands (shape and references), the same checks as the build. */
  function problemsOf(t: Tour): string[] {
    const shape = parseTourValue(t);
    const out = shape.ok ? [] : shape.errors;
    if (refs) out.push(...checkTourRefs(t, refs));
    return [...new Set(out)];
  }

  function check(): string[] {
    const t = tour();
    if (!t) return [];
    const list = problemsOf(t);
    problems.dataset['count'] = String(list.length);
    problems.replaceChildren(
      list.length
        ? h('ul', { className: 'te-problem-list' }, ...list.slice(0, 20).map((p) => h('li', {}, p)))
        : h(
            'p',
            { className: 'te-ok' },
            '✓ 没有问题:引文与规划原文一致 No problems: every quote matches the plan’s text',
          ),
    );
    return list;
  }

  function say(text: string | Node[], kind: 'ok' | 'error' = 'ok'): void {
    message.className = `te-message te-message-${kind}`;
    message.replaceChildren(...(typeof text === 'string' ? [h('p', {}, text)] : text));
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
        'aria-label': '类型 Kind',
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
      h('option', { value: 'quote', selected: kind === 'quote' }, '规划原文 Quote (the plan’s exact words)'),
      h('option', { value: 'summary', selected: kind === 'summary' }, '概述 Summary (your words)'),
    );
    const fields = isQuote(part)
      ? [
          textField('原文 Quote (exact words of the clause)', part.quote, (v) => (part.quote = v), {
            area: true,
            cls: 'te-quote',
            lang: 'zh-Hans',
          }),
          textField('条款 Clause id', part.clause, (v) => (part.clause = v.trim()), { cls: 'te-clause' }),
          textField(
            'English gloss (optional, not official)',
            part.gloss_en ?? '',
            (v) => setOptional(part, 'gloss_en', v),
            { area: true, lang: 'en' },
          ),
        ]
      : [
          textField('概述 Summary (your words)', part.summary, (v) => (part.summary = v), {
            area: true,
            cls: 'te-summary',
            lang: 'zh-Hans',
          }),
          textField(
            '依据条款 Clauses it rests on (e.g. 10.2, 10.2.1)',
            part.cites.join(', '),
            (v) => (part.cites = splitIds(v)),
            { cls: 'te-cites' },
          ),
          textField('English (optional)', part.summary_en ?? '', (v) => setOptional(part, 'summary_en', v), {
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
            'aria-label': '删除这段 Remove this part',
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
    const name = (id: string) => places?.byId.get(id)?.properties.name_zh ?? id;
    const listId = 'te-place-options';
    const input = h('input', {
      type: 'text',
      className: 'te-place-input',
      list: listId,
      placeholder: '地点名称或 id · place name or id',
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
      h('span', { className: 'te-label' }, '强调的地点 Highlighted places'),
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
                'aria-label': `取消强调 Remove ${name(id)}`,
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
        h('button', { type: 'button', className: 'btn', onclick: add }, '添加 Add'),
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
      h('legend', {}, '显示的图层 Visible layers'),
      ...THEME_STYLES.map((t) => {
        const box = h('input', { type: 'checkbox', checked: step.layers.includes(t.theme), value: t.theme });
        box.addEventListener('change', () => {
          step.layers = THEME_STYLES.map((x) => x.theme).filter((id) =>
            id === t.theme ? box.checked : step.layers.includes(id),
          );
          edited(true);
        });
        return h('label', { className: 'te-layer' }, box, ` ${t.zh}`);
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
        say(
          '导览 id 只能用小写字母、数字和连字符 A tour id is kebab-case: lower-case letters, digits and hyphens.',
          'error',
        );
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
              'aria-label': '上移 Move up',
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
              'aria-label': '下移 Move down',
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
              'aria-label': `删除第 ${i + 1} 步 Delete step ${i + 1}`,
              onclick: () => remove(i),
            },
            '删除 Delete',
          ),
        ),
      ),
    );
    const stepSection = step
      ? h(
          'section',
          { className: 'te-step-fields' },
          h('h3', {}, `第 ${s.step} 步 Step ${s.step}`),
          textField('标题 Title', step.title, (v) => (step.title = v), { cls: 'te-step-title' }),
          textField(
            'English title (optional)',
            step.title_en ?? '',
            (v) => setOptional(step, 'title_en', v),
            { lang: 'en' },
          ),
          h(
            'span',
            { className: 'te-label' },
            '说明 Caption: every part quotes the plan exactly or cites the clauses it rests on',
          ),
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
              '+ 原文 Quote',
            ),
            h(
              'button',
              {
                type: 'button',
                className: 'btn te-add-summary',
                onclick: () => addPart({ summary: '', cites: [] }),
              },
              '+ 概述 Summary',
            ),
          ),
          placesEditor(step),
          layersEditor(step),
          textField('讲稿 Speaker notes (presenter window only)', step.notes, (v) => (step.notes = v), {
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
                say(`第 ${s.step} 步现在用当前视图 Step ${s.step} now uses the current view.`);
              },
            },
            '用当前视图更新本步 Use the current view for this step',
          ),
        )
      : null;
    content.replaceChildren(
      h(
        'section',
        { className: 'te-tour-fields' },
        h('label', { className: 'te-field' }, h('span', {}, '导览 id Tour id (file name, link)'), idInput),
        textField('导览标题 Tour title', t.title, (v) => (t.title = v), { cls: 'te-tour-title' }),
        textField('English title (optional)', t.title_en ?? '', (v) => setOptional(t, 'title_en', v), {
          lang: 'en',
        }),
      ),
      h('h3', {}, `步骤 Steps (${t.steps.length})`),
      stepsList,
      h(
        'button',
        { type: 'button', className: 'btn te-add', onclick: () => addView() },
        '+ 添加当前视图为一步 Add this view as a step',
      ),
      stepSection ?? '',
    );
    const revertBtn = el.querySelector<HTMLButtonElement>('.te-revert');
    if (revertBtn) revertBtn.hidden = !(s.builtIn && s.source !== 'built-in');
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
    say(`已添加第 ${s.step + 1} 步:请写标题和说明 Added step ${s.step + 1}: give it a title and a caption.`);
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
    say(`已删除第 ${i + 1} 步 Deleted step ${i + 1} (“${gone?.title ?? ''}”).`);
  }

  async function save(): Promise<void> {
    const t = tour();
    if (!t) return;
    const list = check();
    if (list.length) {
      say('请先解决上面列出的问题 Fix the problems listed above before saving.', 'error');
      return;
    }
    download(`${JSON.stringify(t, null, 2)}\n`, `${t.id}.json`);
    say(`已保存 Saved ${t.id}.json`);
  }

  async function openFile(file: File): Promise<void> {
    const r = refs ?? (await api.refs());
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      say(`无法读取 Could not read “${file.name}”: ${e instanceof Error ? e.message : String(e)}`, 'error');
      return;
    }
    const v = validateTour(text, r);
    if (!v.ok) {
      say(
        [
          h(
            'p',
            { className: 'te-error-title' },
            `无法打开 Could not open “${file.name}”: it is not a valid tour. The current tour is unchanged.`,
          ),
          h('ul', { className: 'te-error-list' }, ...v.errors.slice(0, 12).map((e) => h('li', {}, e))),
          h('p', {}, v.errors.length > 12 ? `… and ${v.errors.length - 12} more` : ''),
        ],
        'error',
      );
      return;
    }
    api.replaceTour(v.tour, 1);
    say(`已打开 Opened “${file.name}”: ${v.tour.title}, ${v.tour.steps.length} steps.`);
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
      say('请先解决上面列出的问题 Fix the problems listed above before sharing.', 'error');
      return;
    }
    const base = new URL(location.href);
    base.hash = '';
    const link = await tourLink(base.href, t);
    if (link.length > MAX_LINK_CHARS) {
      say(
        `这个导览太长,无法放进链接(${link.length} 字符)This tour is too long for a link (${link.length} characters, at most ${MAX_LINK_CHARS}): save it as a file instead.`,
        'error',
      );
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
    say(
      copied
        ? '链接已复制 Link copied: anyone with it sees this tour.'
        : '复制下面的链接 Copy the link below.',
    );
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
    api.replaceTour({ id, title: '我的导览 My tour', steps: [api.captureStep()] }, 1);
    say('新导览:第 1 步是当前视图 New tour: step 1 is the current view.');
  }

  function revert(): void {
    const s = api.session();
    if (!s?.builtIn) return;
    removeLocal(s.tour.id);
    api.replaceTour(structuredClone(s.builtIn), 1, 'built-in');
    say('已恢复内置版本 Back to the built-in tour.');
  }

  render();
  return {
    refresh: () => render(),
    destroy: () => el.remove(),
  };
}
