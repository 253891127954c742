// The compare table as CSV: UTF-8 with a byte-order mark (spreadsheets then read the Chinese correctly), a header
// row, one row per profile row, one column per chosen town, and a column saying how the row was made and which
// sources it draws on. Words in the language the caller passes; a reader for the tests and for checking exports.

import type { Lang } from '../../i18n/lang';
import { sourceLine } from '../labels';
import { STRENGTH_LABELS, type CompareData } from './model';
import type { CompareChoice } from './route';
import { chosenTowns, profileRows, type CellItem, type Cite } from './rows';
import { msg, placeName, say } from './text';

export const BOM = '\uFEFF';

function citeText(c: Cite, lang: Lang): string {
  switch (c.type) {
    case 'clause':
      return c.id;
    case 'source':
      return [
        ...c.sources.map((r) => `${sourceLine(r, lang)}${r.url ? ` ${r.url}` : ''}`),
        `[${STRENGTH_LABELS[c.strength][lang]}${c.verified ? '' : `, ${msg(lang, 'cmp.unverified')}`}]`,
      ].join(lang === 'zh' ? ';' : '; ');
    case 'computed':
      return c.label;
  }
}

/** One cell as plain text: plan quotes in 「」, each item's citations in 〔〕. */
export function cellText(items: readonly CellItem[], lang: Lang): string {
  return items
    .map((it) => {
      const body = it.kind === 'quote' ? `「${it.text}」` : it.text;
      const head = it.label ? `${it.label}: ` : '';
      const detail = it.detail ? ` (${it.detail})` : '';
      const cites = it.cites.length ? ` 〔${it.cites.map((c) => citeText(c, lang)).join('; ')}〕` : '';
      return `${head}${body}${detail}${cites}`;
    })
    .join('\n');
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(data: CompareData, choice: CompareChoice, lang: Lang): string {
  const towns = chosenTowns(data, choice);
  const header = [
    msg(lang, 'cmp.csvRow'),
    ...towns.map((t) => placeName(t, lang)),
    msg(lang, 'cmp.csvSource'),
  ];
  const plan = say(lang, data.config.text.csvPlan);
  const lines = [header];
  for (const row of profileRows(data, choice, lang))
    lines.push([
      row.name,
      ...row.cells.map((c, i) => {
        const caveat = row.caveats[i];
        return `${cellText(c, lang)}${caveat ? `\n${msg(lang, 'compare.caveat')}${caveat}` : ''}`;
      }),
      `${row.how} ${plan}`,
    ]);
  return BOM + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF); for the tests and for checking exports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
