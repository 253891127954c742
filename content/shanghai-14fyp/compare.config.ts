// The compare view of Shanghai's 14th Five-Year Plan: the five new towns of 10.2.1 side by side. Everything the
// view and the CSV say that is particular to this plan is here; the code that builds and shows the comparison is
// generic (src/data/compare/, scripts/lib/compare/, src/ui/compare/). The build checks the curated facts in
// compare/new-towns.json against this and writes it into data/compare.json for the view.

import type { CompareConfig } from '../../src/data/compare/config';

/** The curated facts of the towns (quotes, official figures and their sources), relative to the repository. */
export const COMPARE_FACTS = 'content/shanghai-14fyp/compare/new-towns.json';

export const COMPARE: CompareConfig = {
  // 10.2.1 names them in this order: 嘉定、青浦、松江、奉贤、南汇
  towns: [
    { key: 'jiading', id: 'new-town-jiading', name: { zh: '嘉定新城', en: 'Jiading New Town' } },
    { key: 'qingpu', id: 'new-town-qingpu', name: { zh: '青浦新城', en: 'Qingpu New Town' } },
    { key: 'songjiang', id: 'new-town-songjiang', name: { zh: '松江新城', en: 'Songjiang New Town' } },
    { key: 'fengxian', id: 'new-town-fengxian', name: { zh: '奉贤新城', en: 'Fengxian New Town' } },
    { key: 'nanhui', id: 'new-town-nanhui', name: { zh: '南汇新城', en: 'Nanhui New Town' } },
  ],
  clause: '10.2.1',
  nearKm: 2,
  // the plan's period ends with 2025
  deliveredBy: '2025-12',
  csvFile: 'shanghai-14fyp-new-towns-compare.csv',
  chartNameSuffix: { zh: '', en: ' New Town' },
  outlineSource: {
    zh: '本应用所绘轮廓(精度:{precision})',
    en: 'Outline as drawn in this app (precision: {precision})',
  },
  rows: [
    {
      id: 'positioning',
      label: { zh: '定位', en: 'Positioning' },
      nature: 'plan',
      how: {
        zh: '规划 10.2.1 对该新城的定位用语,逐字引用。',
        en: 'The plan’s phrase for the town in 10.2.1, quoted exactly.',
      },
    },
    {
      id: 'industries',
      label: { zh: '主导产业', en: 'Leading industries' },
      nature: 'plan',
      how: {
        zh: '10.2.1 为该新城点名的产业,逐字引用。',
        en: 'The industries 10.2.1 names for the town, quoted exactly.',
      },
    },
    {
      id: 'area',
      label: { zh: '面积', en: 'Area' },
      nature: 'mixed',
      how: {
        zh: '官方规划面积(平方公里,注明来源及其可靠程度),以及本应用所绘轮廓的面积(示意,按轮廓计算)。',
        en: 'Official planned area (km², with its source and the strength of that source) beside the area of the outline as drawn in this app (schematic; computed with turf.area).',
      },
    },
    {
      id: 'population',
      label: { zh: '人口目标', en: 'Population targets' },
      nature: 'external',
      how: {
        zh: '2025 年与 2035 年目标取自规划以外的文件,各注来源及其可靠程度;规划本身只给出五个新城共同的“以中长期集聚百万人口为目标”(10.2)。',
        en: 'Targets for 2025 and 2035 from documents other than the plan, each with its source and its strength; the plan itself gives only the shared aim of a million people in the medium to long term (10.2).',
      },
    },
    {
      id: 'rail-named',
      label: { zh: '规划点名的轨道交通', en: 'Rail links the plan names' },
      nature: 'plan',
      how: {
        zh: '10.2.1 中该新城一段点名的轨道线路与枢纽。',
        en: 'Rail lines and hubs named in the town’s passage of 10.2.1.',
      },
    },
    {
      id: 'rail-near',
      label: { zh: '轮廓 {km} 公里内的轨道线', en: 'Rail lines within {km} km of the outline' },
      nature: 'computed',
      how: {
        zh: '本应用地理数据中距所绘轮廓 {km} 公里以内的每条轨道线(轮廓与线路均为示意:距离误差约 ±1 公里);每条线注明点名它的条文。地理数据只含规划点名的线路,因此规划未点名的现有线路(如松江的地铁 9 号线、沪昆高铁)不计入。',
        en: 'Every rail line of this app’s geography that passes within {km} km of the town’s outline as drawn (schematic outlines and lines: distances ±1 km); each line cites the clauses that name it. The geography holds the lines the plan names, so existing lines it does not name (e.g. Metro Line 9 or the Shanghai–Kunming high-speed railway at Songjiang) are not counted.',
      },
    },
    {
      id: 'hubs',
      label: { zh: '枢纽与站点', en: 'Hubs and stations' },
      nature: 'mixed',
      how: {
        zh: '规划地理数据中位于轮廓内、距轮廓 {km} 公里以内,或在 10.2.1 该新城一段点名的枢纽与站点;每处注明点名它的条文。',
        en: 'Hubs and stations of the plan’s geography inside the outline, within {km} km of it, or named in the town’s passage of 10.2.1; each cites the clauses that name it.',
      },
    },
    {
      id: 'projects',
      label: { zh: '规划点名的项目与设施', en: 'Projects and facilities the plan names' },
      nature: 'mixed',
      how: {
        zh: '10.2.1 该新城一段点名的地点,以及规划其他条文点名且绘制位置在轮廓内的地点;每处注明点名它的条文。',
        en: 'Places named in the town’s passage of 10.2.1, and places named elsewhere in the plan whose drawing lies inside the outline; each cites the clauses that name it.',
      },
    },
    {
      id: 'linkages',
      label: { zh: '对外联动', en: 'Linkages beyond Shanghai' },
      nature: 'plan',
      how: {
        zh: '10.2.1 关于与上海以外地方联动的内容,逐字引用。',
        en: 'What 10.2.1 says about links with places beyond Shanghai, quoted exactly.',
      },
    },
    {
      id: 'clauses',
      label: { zh: '提及该新城的条文', en: 'Clauses mentioning the town' },
      nature: 'computed',
      how: {
        zh: '取自本应用的提及索引:直接点名该新城的条文,以及仅以群组称谓(新城、五大新城)提及它的条文。',
        en: 'From this app’s mention index: clauses naming the town directly, and clauses naming it only as one of a group (新城, 五大新城).',
      },
    },
    {
      id: 'delivered-population',
      label: { zh: '常住人口(最新报道)', en: 'Residents (latest report)' },
      nature: 'external',
      how: {
        zh: '到 2025 年底为止可查到的最新一次新城常住人口报道(注明所指时点),与“人口目标”一行的 2025 年目标对照;未查到的注明查找了什么。',
        en: 'The latest report up to the end of 2025 of the town’s resident population (with the date it refers to), to set against the 2025 target of the population row; where none was found, the note says what was looked for.',
      },
    },
    {
      id: 'delivered-rail',
      label: { zh: '到 2025 年底的轨道交通', en: 'Rail by the end of 2025' },
      nature: 'mixed',
      how: {
        zh: '“轮廓 {km} 公里内的轨道线”与“枢纽与站点”两行中的每处地点,按其状态历史读出 2025 年底的状态;2021 年以后的变化注明日期和报道来源。只含规划点名、本应用绘制的线路与站点。',
        en: 'Every place of the rows “rail lines within {km} km” and “hubs and stations”, with its status at the end of 2025 read from its status history; a change after 2021 gives its date and the source that reports it. Only the lines and stations the plan names and this app draws.',
      },
    },
  ],
  text: {
    title: { zh: '五个新城对比', en: 'The five new towns compared' },
    towns: { zh: '新城', en: 'Towns' },
    caption: { zh: '五个新城对比({towns})。', en: 'The new towns compared ({towns}). ' },
    aggregate: {
      zh: '五个新城 2025 年合计:{text}。来源:{source}〔{strength}〕{note}',
      en: 'The five towns together in 2025: {text}. Source: {source} [{strength}]{note}',
    },
    attrib: {
      zh: '底图:GSHHG (LGPL-3+)、© OpenStreetMap 贡献者 (ODbL)、Apache ECharts (Apache-2.0)、DCW-GMT (LGPL-3+)。轮廓、线路与点位:本应用整理的地理数据(多为示意,见各地点卡片)。',
      en: 'Basemap: GSHHG (LGPL-3+), © OpenStreetMap contributors (ODbL), Apache ECharts (Apache-2.0), DCW-GMT (LGPL-3+). Outlines, lines and points: this app’s curated geography (mostly schematic: see each place’s card).',
    },
    noLinkage: {
      zh: '{clause} 该段未提及上海以外的地方',
      en: '{clause}: the passage names no place beyond Shanghai',
    },
    csvPlan: {
      zh: '规划:上海市“十四五”规划纲要(条文编号)。',
      en: 'Plan: 上海市“十四五”规划纲要 (clause ids).',
    },
  },
};
