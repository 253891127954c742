// 《上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》, Part 2: everything the build and the app
// know of this plan that is not in its data files. Theme colours are the Okabe–Ito set (orange, reddish purple and
// sky blue darkened to reach 3:1 against the land colour, WCAG AA for graphics); the legend follows the plan's
// spatial strategy (中心辐射、新城发力、两翼齐飞、南北转型), then the networks.

import { definePlan } from '../../scripts/lib/plan-config';
import { COMPARE, COMPARE_FACTS } from './compare.config';
import { MENTION_RULES } from './mention-rules';
import { SOURCE_HOSTS } from './source-hosts';

export default definePlan({
  id: 'shanghai-14fyp',
  name: {
    full: '上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    short: '上海市“十四五”规划纲要',
    en: 'the Shanghai 14th Five-Year Plan Outline',
  },
  title: {
    zh: '上海“十四五”规划纲要 · 空间浏览',
    en: 'Shanghai 14th Five-Year Plan — spatial explorer',
  },
  licence: {
    zh: '规划文本为上海市政府公开文件;对文本的更正及其依据随项目源代码公开。地理数据为本项目绘制,每个要素注明来源与精度(实测、近似、示意)。底图:GSHHG(LGPL-3+)、© OpenStreetMap 贡献者(ODbL)、Apache ECharts(Apache-2.0)、DCW-GMT(LGPL-3+)。坐标 WGS84。',
    en: 'The plan text is the Shanghai municipal government’s (public document); corrections and their grounds are published with the project’s source code. The curated geography is drawn for this project: each feature states its source and precision (surveyed, approximate, schematic). Basemap: GSHHG (LGPL-3+), © OpenStreetMap contributors (ODbL), Apache ECharts (Apache-2.0), DCW-GMT (LGPL-3+). Coordinates WGS84.',
  },
  // The basemap's clip box: every curated position lies in it.
  region: { west: 119.8, south: 30.4, east: 122.4, north: 32.2 },
  regionName: 'Shanghai',
  // The municipality and the demonstration zone (Qingpu, Wujiang, Jiashan).
  home: { west: 120.35, south: 30.68, east: 122.0, north: 31.88 },
  // Close to `home` on a 1280×800 window.
  defaultView: { lon: 121.18, lat: 31.25, zoom: 8.6, bearing: 0, pitch: 0 },
  zoom: { min: 6.5, max: 17 },
  themes: {
    centre: { zh: '中心辐射', en: 'Central city', colour: [213, 94, 0], drawOrder: 6 },
    'new-towns': { zh: '新城发力', en: 'Five new towns', colour: [179, 124, 0], drawOrder: 4 },
    'east-wing': { zh: '两翼齐飞 · 东翼', en: 'East wing', colour: [0, 114, 178], drawOrder: 1 },
    'west-wing': { zh: '两翼齐飞 · 西翼', en: 'West wing', colour: [0, 158, 115], drawOrder: 0 },
    'north-south': {
      zh: '南北转型',
      en: 'North–south transformation',
      colour: [198, 104, 156],
      drawOrder: 5,
    },
    chongming: { zh: '崇明世界级生态岛', en: 'Chongming eco-island', colour: [77, 146, 33], drawOrder: 2 },
    water: { zh: '一江一河与水', en: 'River, creek and water', colour: [27, 141, 206], drawOrder: 8 },
    ecology: { zh: '生态空间', en: 'Ecological space', colour: [77, 146, 33], drawOrder: 3 },
    rail: { zh: '轨道交通与枢纽', en: 'Rail and hubs', colour: [34, 34, 34], drawOrder: 11 },
    roads: { zh: '道路与物流', en: 'Roads and logistics', colour: [107, 107, 107], drawOrder: 10 },
    utilities: { zh: '能源与市政', en: 'Energy and utilities', colour: [85, 85, 85], drawOrder: 9 },
    services: { zh: '公共服务与更新', en: 'Services and renewal', colour: [120, 94, 240], drawOrder: 7 },
  },
  labels: {
    // The five new towns and the large areas of the two wings always; hubs, the main city and sub-centres once
    // there is room.
    major: [
      { group: 'five-new-towns', kind: 'new-town' },
      { themes: ['east-wing', 'west-wing'], minAreaKm2: 100 },
    ],
    mid: [{ kind: 'hub' }, { kind: 'main-city-area' }, { kind: 'sub-centre' }],
  },
  // A county within the demonstration zone, an island within Chongming's district.
  outlineOnlyKinds: ['county', 'island'],
  attribution: {
    zh: '海岸与河流:GSHHG(韦塞尔与史密斯,LGPL-3+)· 围垦地:© OpenStreetMap 贡献者(ODbL)· 区界:Apache ECharts(Apache-2.0)· 省界:DCW-GMT(LGPL-3+)',
    en: 'Coast and rivers: GSHHG (Wessel & Smith, LGPL-3+) · Reclaimed land: © OpenStreetMap contributors (ODbL) · Districts: Apache ECharts (Apache-2.0) · Borders: DCW-GMT (LGPL-3+)',
  },
  files: {
    text: ['content/shanghai-14fyp/text/plan-part2.txt'],
    geo: 'geo/shanghai-14fyp',
    basemap: 'geo/basemap',
    tours: 'content/shanghai-14fyp/tours',
    sources: 'content/shanghai-14fyp/sources',
    vocabulary: 'content/shanghai-14fyp/vocabulary.json',
    targets: 'content/shanghai-14fyp/targets.json',
    translations: {
      headings: 'content/shanghai-14fyp/translations/headings.en.json',
      summaries: 'content/shanghai-14fyp/translations/summaries.en.json',
      // Every unit of these chapters has a summary, and no other chapter has any.
      summaryChapters: ['10', '12'],
    },
  },
  // A source record's url names one of these hosts (or a subdomain): government sites, the plan's official mirrors,
  // mainstream news, encyclopedias and the datasets' own sites. A repost on any other host is not a source.
  sourceHosts: SOURCE_HOSTS,
  mentions: MENTION_RULES,
  // Every history starts from the plan's own status: adopted 27 January 2021, cited as the plan's source record.
  history: { file: 'geo/shanghai-14fyp/history.json', planSource: 'plan-14fyp', planDate: '2021-01' },
  defaultTour: 'overview',
  compare: {
    config: COMPARE,
    factsFile: COMPARE_FACTS,
    button: { zh: '新城对比', en: 'Compare new towns' },
  },
  exampleClause: '10.2.1',
});
