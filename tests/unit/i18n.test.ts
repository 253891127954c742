import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUE as MESSAGES } from '../../src/i18n/i18n';
import { chooseLang } from '../../src/i18n/lang';
import { setLang } from '../../src/state/store';
import { glossText, quoteGloss } from '../../src/ui/gloss';
import { STATUS_STYLES, themeStyles } from '../../src/map/themes';
import '../shanghai';

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

describe('the message catalogue', () => {
  it('has every interface string in Chinese and English', () => {
    for (const [key, m] of Object.entries(MESSAGES)) {
      expect(m.zh.trim(), key).not.toBe('');
      expect(m.en.trim(), key).not.toBe('');
      // the language switch names the other language; every other Chinese string has Chinese in it
      if (key !== 'lang.switch' && key !== 'app.subtitle') expect(m.zh, key).toMatch(HAN);
      if (key !== 'lang.switch' && key !== 'app.subtitle') expect(m.en, key).toMatch(LATIN);
      if (key !== 'lang.switch' && key !== 'app.subtitle')
        expect(m.en, key).not.toMatch(/^[\s\p{Script=Han}]+$/u);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, m] of Object.entries(MESSAGES)) expect(vars(m.en), key).toEqual(vars(m.zh));
  });

  it('names every theme and status in both languages', () => {
    for (const s of [...themeStyles(), ...STATUS_STYLES]) {
      expect(s.zh).toMatch(HAN);
      expect(s.en).toMatch(LATIN);
    }
  });

  it('leaves no Chinese string literal in the interface modules outside the catalogue', () => {
    const root = path.resolve(import.meta.dirname, '../../src');
    const files = [
      'main.ts',
      'ui/panel.ts',
      'ui/reader.ts',
      'ui/place-card.ts',
      'ui/place-mentions.ts',
      'ui/legend.ts',
      'ui/search-box.ts',
      'ui/header-tools.ts',
      'ui/notice.ts',
      'ui/tooltip.ts',
      // the compare, tour and export views
      'ui/place-targets.ts',
      'ui/target-marks.ts',
      'ui/targets/index.ts',
      'ui/targets/list.ts',
      'ui/compare/index.ts',
      'ui/compare/table.ts',
      'ui/compare/charts.ts',
      'ui/compare/minimap.ts',
      'ui/compare/names.ts',
      'ui/compare/bar.ts',
      'ui/compare/content.ts',
      'ui/compare/controls.ts',
      'ui/compare/hover.ts',
      'data/compare/choice.ts',
      'ui/tour/authoring.ts',
      'ui/tour/camera.ts',
      'ui/tour/card.ts',
      'ui/tour/context.ts',
      'ui/tour/editor-caption.ts',
      'ui/tour/editor-checks.ts',
      'ui/tour/editor-fields.ts',
      'ui/tour/editor-places.ts',
      'ui/tour/editor-step-fields.ts',
      'ui/tour/editor-steps.ts',
      'ui/tour/editor-types.ts',
      'ui/tour/editor.ts',
      'ui/tour/file-actions.ts',
      'ui/tour/index.ts',
      'ui/tour/keys.ts',
      'ui/tour/load.ts',
      'ui/tour/presenter.ts',
      'ui/tour/render.ts',
      'ui/tour/routes.ts',
      'ui/tour/session.ts',
      'ui/tour/share.ts',
      'ui/tour/sources.ts',
      'ui/tour/step-export.ts',
      'ui/tour/stepper.ts',
      'ui/tour/sync.ts',
      'ui/tour/toolbar.ts',
      'ui/tour/window-sync.ts',
      'ui/export/index.ts',
      'ui/export/dialog.ts',
      'ui/export/print.ts',
      'ui/export/compose.ts',
      'ui/export/capture.ts',
      'ui/export/frame.ts',
      'ui/export/layout.ts',
      'ui/tour/draft.ts',
      'ui/gloss.ts',
      // the compare model: generic words in the catalogue, the plan's in its compare config
      'data/compare/rows.ts',
      'data/compare/csv.ts',
      'data/compare/route.ts',
      'data/compare/text.ts',
      // the tour checker: its words are in the catalogue (src/i18n/messages-tour.ts)
      'data/tour-schema.ts',
    ];
    for (const f of files) {
      const code = fs
        .readFileSync(path.join(root, f), 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//') && !line.trim().startsWith('*'));
      const offending = code.filter((line) => /(['"`])[^'"`]*\p{Script=Han}[^'"`]*\1/u.test(line));
      expect(offending, f).toEqual([]);
    }
  });
});

describe('glosses of the plan’s words', () => {
  const quote = { kind: 'quote' as const, cites: ['10.2.1'] };
  const titles = { '10.2.1': 'Advance new town development with guidance by type' };
  afterEach(() => setLang('zh'));

  it('in English: the tour’s gloss of a quote, else its clause’s title gloss, always marked unofficial', () => {
    setLang('en');
    const own = quoteGloss({ ...quote, gloss_en: 'Build the new towns.' }, titles);
    expect(own).toEqual({ text: 'Build the new towns.' });
    expect(glossText(own!)).toBe('(unofficial translation) Build the new towns.');
    const title = quoteGloss(quote, titles);
    expect(title).toEqual({ text: titles['10.2.1'], ofTitle: '10.2.1' });
    expect(glossText(title!)).toBe(
      '(unofficial translation of the title of 10.2.1) Advance new town development with guidance by type',
    );
    expect(quoteGloss({ ...quote, cites: ['99'] }, titles)).toBeNull();
    // the tour's own words are not glossed (a summary has its own English)
    expect(quoteGloss({ kind: 'summary', cites: ['10.2.1'] }, titles)).toBeNull();
  });

  it('in Chinese: no gloss (the plan’s words stand alone)', () => {
    setLang('zh');
    expect(quoteGloss({ ...quote, gloss_en: 'x' }, titles)).toBeNull();
  });
});

describe('choosing the language', () => {
  it('takes ?lang= first, then the stored choice, then the browser, else Chinese', () => {
    expect(chooseLang('?lang=en', 'zh', ['zh-CN'])).toBe('en');
    expect(chooseLang('?lang=zh', 'en', ['en-GB'])).toBe('zh');
    expect(chooseLang('', 'en', ['zh-CN'])).toBe('en');
    expect(chooseLang('', null, ['fr-FR', 'en-US'])).toBe('en');
    expect(chooseLang('', null, ['fr-FR'])).toBe('zh');
  });

  it('ignores garbage in the URL and in storage', () => {
    expect(chooseLang('?lang=<script>', '{"broken', ['en'])).toBe('en');
    expect(chooseLang('?lang=%E0%A4%A', null, [])).toBe('zh');
  });
});
