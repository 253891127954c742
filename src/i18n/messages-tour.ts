// What the tour checker (src/data/tour-schema.ts) says about a tour, in Chinese and English: one message per
// problem code, merged into the one catalogue in i18n.ts (and checked by the same unit test). Pure data and a pure
// formatter, so that the build (Node, English for developers) and the browser (the reader's language) share them.

import type { Lang } from './lang';

export const TOUR_PROBLEM_MESSAGES = {
  'tp.at': { zh: '{path} 处:{message}', en: '{path}: {message}' },
  'tp.badJson': {
    zh: '不是有效的 JSON(第 {line} 行,第 {column} 列):{detail}',
    en: 'not valid JSON (line {line}, column {column}): {detail}',
  },
  'tp.badJsonNoPosition': { zh: '不是有效的 JSON:{detail}', en: 'not valid JSON: {detail}' },
  'tp.notTour': { zh: '导览必须是一个 JSON 对象', en: 'a tour must be a JSON object' },
  'tp.unknownFields': { zh: '未知字段 {fields}', en: 'unknown field(s) {fields}' },
  'tp.required': { zh: '缺少此项', en: 'is required' },
  'tp.notString': { zh: '必须是字符串', en: 'must be a string' },
  'tp.notNotes': { zh: '必须是字符串(可以为空)', en: 'must be a string (may be empty)' },
  'tp.empty': { zh: '不能为空', en: 'must not be empty' },
  'tp.tooLong': { zh: '最多 {max} 个字符', en: 'must be at most {max} characters' },
  'tp.notObject': { zh: '必须是一个对象', en: 'must be an object' },
  'tp.badTourId': {
    zh: '必须是 kebab-case:小写字母、数字和连字符',
    en: 'must be kebab-case: lower-case letters, digits and hyphens',
  },
  'tp.notStepList': { zh: '必须是步骤列表', en: 'must be a list of steps' },
  'tp.noSteps': { zh: '导览至少需要一步', en: 'a tour needs at least one step' },
  'tp.tooManySteps': { zh: '最多 {max} 步', en: 'at most {max} steps' },
  'tp.notView': {
    zh: '必须是对象 {center, zoom, bearing, pitch}',
    en: 'must be an object {center, zoom, bearing, pitch}',
  },
  'tp.notLonLat': { zh: '必须是 [经度, 纬度]', en: 'must be [longitude, latitude]' },
  'tp.notLongitude': { zh: '必须是数字(经度)', en: 'must be a number (longitude)' },
  'tp.notLatitude': { zh: '必须是数字(纬度)', en: 'must be a number (latitude)' },
  'tp.notZoom': { zh: '必须是数字(缩放级别)', en: 'must be a number (zoom)' },
  'tp.notDegrees': { zh: '必须是数字(角度)', en: 'must be a number (degrees)' },
  'tp.outsideRegion': {
    zh: '[{lon}, {lat}] 在地图范围之外(经度 {west}–{east},纬度 {south}–{north});是否应写作 [经度, 纬度]?',
    en: '[{lon}, {lat}] is outside the region the map covers (longitude {west}–{east}, latitude {south}–{north}); is it [longitude, latitude]?',
  },
  'tp.between': { zh: '必须在 {min} 与 {max} 之间', en: 'must be between {min} and {max}' },
  'tp.notLayerList': { zh: '必须是图层(主题)id 的列表', en: 'must be a list of layer (theme) ids' },
  'tp.notMonth': { zh: '必须是年月 YYYY-MM,如 2023-06', en: 'must be a month YYYY-MM, e.g. 2023-06' },
  'tp.monthOutOfRange': {
    zh: '必须在 {min} 与 {max}(今天)之间',
    en: 'must be between {min} and {max} (today)',
  },
  'tp.notBoolean': { zh: '必须是 true 或 false', en: 'must be true or false' },
  'tp.playNeedsAt': { zh: '“play” 需要同时给出起始日期 “at”', en: '“play” needs a start date “at”' },
  'tp.notLayerId': { zh: '必须是图层 id', en: 'must be a layer id' },
  'tp.notPlaceList': { zh: '必须是地点 id 的列表', en: 'must be a list of place ids' },
  'tp.notPlaceId': { zh: '必须是地点 id(kebab-case)', en: 'must be a place id (kebab-case)' },
  'tp.notCaptionList': { zh: '必须是说明段落的列表', en: 'must be a list of caption parts' },
  'tp.noCaption': {
    zh: '说明至少需要一段引用或依据规划的文字',
    en: 'a caption needs at least one part that quotes or cites the plan',
  },
  'tp.tooManyParts': { zh: '最多 {max} 段', en: 'at most {max} parts' },
  'tp.notPart': {
    zh: '必须是对象:{"quote", "clause"} 或 {"summary", "cites"}',
    en: 'must be an object: {"quote", "clause"} or {"summary", "cites"}',
  },
  'tp.partKind': {
    zh: '说明段落需要 "quote"(规划原话,连同 "clause")或 "summary"(你的话,连同 "cites")',
    en: 'a caption part needs "quote" (the plan’s exact words, with "clause") or "summary" (your words, with "cites")',
  },
  'tp.notClauseId': {
    zh: '必须是条文编号,如 "10.2.1"',
    en: 'must be a clause id such as "10.2.1"',
  },
  'tp.notClauseList': { zh: '必须是条文编号的列表', en: 'must be a list of clause ids' },
  'tp.quoteNeedsClause': {
    zh: '引文需要注明其出处条文的编号',
    en: 'a quote needs the id of the clause it is taken from',
  },
  'tp.quoteAndSummary': {
    zh: '一段只能是引文或概述,不能两者皆是',
    en: 'a part is either a quote or a summary, not both',
  },
  'tp.summaryEnOnQuote': { zh: '属于概述,不属于引文', en: 'belongs to a summary, not a quote' },
  'tp.citesOnQuote': {
    zh: '引文在 "clause" 中注明其唯一出处条文',
    en: 'a quote cites its one clause in "clause"',
  },
  'tp.summaryNeedsCites': {
    zh: '概述必须至少注明一个所依据的条文(它的文字不是规划原文)',
    en: 'a summary must cite at least one clause it rests on (its words are not the plan’s)',
  },
  'tp.clauseOnSummary': {
    zh: '概述在 "cites" 中注明其依据条文',
    en: 'a summary cites its clauses in "cites"',
  },
  'tp.glossOnSummary': {
    zh: '属于引文;概述用 "summary_en"',
    en: 'belongs to a quote; a summary has "summary_en"',
  },
  'tp.unknownClause': {
    zh: '未知条文 "{id}":规划中没有这个编号',
    en: 'unknown clause "{id}": the plan has no unit with this id',
  },
  'tp.unknownLayer': {
    zh: '未知图层 "{id}":应为以下之一 {expected}',
    en: 'unknown layer "{id}": expected one of {expected}',
  },
  'tp.unknownPlace': { zh: '未知地点 "{id}"', en: 'unknown place "{id}"' },
  'tp.quoteNotInClause': {
    zh: '不在 {clause} 的原文中:引文必须是规划的原话(自己的话请写作 "summary")',
    en: 'is not in the text of {clause}: a quote must be the plan’s exact words (write your own words as a "summary")',
  },
  'tp.quoteDamaged': {
    zh: '包含 {clause} 中所得文本受损的一段(“{passage}”):只能引用经过核实的文字',
    en: 'includes a passage of {clause} that is damaged in the text as obtained (“{passage}”): quote only verified words',
  },
  'tp.invalid': { zh: '无效:{detail}', en: 'invalid: {detail}' },
} as const satisfies Record<string, { zh: string; en: string }>;

/** A problem's code: the key of its message. `tp.at` only joins a path and a message. */
export type TourProblemCode = Exclude<keyof typeof TOUR_PROBLEM_MESSAGES, 'tp.at'>;

export type ProblemParams = Record<string, string | number>;

/** One thing wrong with a tour: what (a code and its values) and where (a JSON path, '' for the whole tour). */
export interface TourProblem {
  code: TourProblemCode;
  params: ProblemParams;
  /** Formatted by src/data/json-path.ts: `steps[0].caption[1].cites`. */
  path: string;
}

export const isTourProblemCode = (s: unknown): s is TourProblemCode =>
  typeof s === 'string' && s !== 'tp.at' && Object.hasOwn(TOUR_PROBLEM_MESSAGES, s);

/** `{name}` placeholders filled in (an unknown placeholder stays as written). */
export function fillMessage(text: string, vars: ProblemParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A problem as a sentence in a language, its path first: `steps[0].view.zoom: must be between 6.5 and 17`. */
export function formatTourProblem(p: TourProblem, lang: Lang): string {
  const message = fillMessage(TOUR_PROBLEM_MESSAGES[p.code][lang], p.params);
  return p.path ? fillMessage(TOUR_PROBLEM_MESSAGES['tp.at'][lang], { path: p.path, message }) : message;
}
