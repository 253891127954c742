// The interface strings of the plan's targets: the #/targets view, its CSV, the reader's marks and the place card's
// section, in Chinese and English (same rules as messages.ts; merged into one catalogue in i18n.ts and checked by
// the same unit test). Pure data: the data layer's CSV reads it with the language it is given.

export const TARGET_MESSAGES = {
  'tg.title': { zh: '规划目标', en: "The plan's targets" },
  'tg.button': { zh: '规划目标', en: 'Targets' },
  'tg.intro': {
    zh: '规划文本中每一个带单位的数字:逐一核对原文,并注明已有来源报告的实际情况。',
    en: "Every number with a unit that the plan's text states, each checked against the text, with the outcome where a source reports one.",
  },
  'tg.filter': { zh: '筛选', en: 'Filter' },
  'tg.filter.placeholder': { zh: '关键词、条款号或地点', en: 'words, a clause or a place' },
  'tg.chapter': { zh: '章', en: 'Chapter' },
  'tg.chapter.all': { zh: '全部章节', en: 'All chapters' },
  'tg.count': {
    zh: '共 {n} 项目标,其中 {m} 项有来源报告的实际情况',
    en: '{n} targets, {m} with a sourced outcome',
  },
  'tg.shown': { zh: '显示 {n} / {total} 项', en: 'Showing {n} of {total}' },
  'tg.none': { zh: '没有符合条件的目标。', en: 'No target matches.' },
  'tg.csv': { zh: '下载表格(CSV)', en: 'Download CSV' },
  'tg.csvFile': { zh: '规划目标.csv', en: 'plan-targets.csv' },
  'tg.value': { zh: '目标值', en: 'Target' },
  'tg.year': { zh: '年份', en: 'Year' },
  'tg.clause': { zh: '条款', en: 'Clause' },
  'tg.places': { zh: '相关地点', en: 'Places' },
  'tg.outcome': { zh: '实际情况', en: 'Outcome' },
  'tg.outcome.none': { zh: '尚未找到来源报告的实际情况', en: 'No sourced outcome found yet' },
  'tg.outcome.asOf': { zh: '截至 {date}', en: 'as of {date}' },
  'tg.open': { zh: '在阅读器中打开 {clause} ›', en: 'Open {clause} in the reader ›' },
  'tg.loadFailed': { zh: '目标数据无法载入:{error}', en: 'The targets could not be loaded: {error}' },
  'tg.mark.title': { zh: '规划目标:{value}', en: 'A target of the plan: {value}' },
  'tg.card.title': { zh: '规划目标', en: "The plan's targets" },
  'tg.card.all': { zh: '全部规划目标 ›', en: "All the plan's targets ›" },
  'tg.year.none': { zh: '未注明', en: 'not stated' },
  'tg.year.by': { zh: '{year}年', en: 'by {year}' },
  'tg.q.at-least': { zh: '以上', en: 'at least' },
  'tg.q.about': { zh: '左右', en: 'about' },
  'tg.q.over': { zh: '超过', en: 'over' },

  // the CSV's columns
  'tg.csv.id': { zh: '编号', en: 'id' },
  'tg.csv.chapter': { zh: '章', en: 'chapter' },
  'tg.csv.clause': { zh: '条款', en: 'clause' },
  'tg.csv.quote': { zh: '目标(规划原文)', en: "target (the plan's words, Chinese)" },
  'tg.csv.value': { zh: '数值', en: 'value' },
  'tg.csv.unit': { zh: '单位', en: 'unit' },
  'tg.csv.year': { zh: '年份', en: 'year' },
  'tg.csv.gloss': { zh: '英文释义(非官方译文)', en: 'English gloss (unofficial translation)' },
  'tg.csv.places': { zh: '相关地点', en: 'places' },
  'tg.csv.outcome': { zh: '实际情况', en: 'outcome' },
  'tg.csv.outcomeDate': { zh: '实际情况日期', en: 'outcome date' },
  'tg.csv.outcomeSource': { zh: '实际情况来源', en: "outcome's source" },
} as const;

export type TargetMessageKey = keyof typeof TARGET_MESSAGES;
