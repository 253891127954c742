import { describe, expect, it } from 'vitest';
import type { ClauseUnit } from '../../src/data/types';
import {
  computeMentions,
  findMatches,
  mentionStats,
  type ContextRule,
  type GroupTerm,
  type PlaceFeatureLike,
  type Via,
} from '../../scripts/lib/mentions';
import { SHANGHAI, shanghaiUnits, shanghaiGeo } from '../shanghai';

const MENTION_RULES = SHANGHAI.mentions;

// The rules under test are the plan's own (content/shanghai-14fyp/mention-rules/), passed to the engine explicitly.
const { context: CONTEXT_RULES, groups: GROUP_TERMS } = MENTION_RULES;

// ---------------------------------------------------------------------------------------------------------------
// Fixtures: fake units holding real sentences of the plan, and fake features (ids `x-…`) shaped like the curated
// ones. PLAN names its features with the plan's strings, as geo/ does; RENAMED gives some of them other names, so
// that the fallback rules (which decide what the longest match reads as a name today) are exercised too.

type Props = PlaceFeatureLike['properties'];

function feature(
  id: string,
  name_zh: string,
  kind: string,
  more: Partial<Pick<Props, 'aliases' | 'theme' | 'groups'>> = {},
): PlaceFeatureLike {
  return { properties: { id, name_zh, kind, aliases: [], theme: 'centre', groups: [], ...more } };
}

function unit(id: string, text: string): ClauseUnit {
  const depth = id.split('.').length;
  return {
    id,
    kind: depth === 1 ? 'chapter' : depth === 2 ? 'section' : 'clause',
    chapter: { id: id.split('.')[0]!, numeral: '十', title: { text: 'fixture', official: false } },
    text,
    damaged: [],
  };
}

const NEW_TOWN_GROUP = { theme: 'new-towns' as const, groups: ['five-new-towns'] };
const MCA = { groups: ['main-city-areas'] };
const SUB = { groups: ['sub-centres'] };

const PLAN: PlaceFeatureLike[] = [
  feature('x-hub-hq', '虹桥枢纽', 'hub', { theme: 'rail', groups: ['two-hubs'] }),
  feature('x-hub-pd', '浦东综合交通枢纽', 'hub', {
    theme: 'rail',
    aliases: ['浦东枢纽'],
    groups: ['two-hubs'],
  }),
  feature('x-hub-sj', '松江枢纽', 'hub', { theme: 'rail' }),
  feature('x-airport-link', '机场联络线', 'suburban-railway', { theme: 'rail', groups: ['two-hubs'] }),
  feature('x-cbd', '虹桥商务区', 'business-district', {
    theme: 'west-wing',
    aliases: ['虹桥国际开放枢纽核心承载区'],
    groups: ['west-wing', 'two-wings'],
  }),
  feature('x-demo', '长三角一体化示范区', 'demonstration-zone', {
    theme: 'west-wing',
    groups: ['west-wing', 'two-wings'],
  }),
  feature('x-demo-start', '先行启动区', 'start-up-area', { theme: 'west-wing', groups: ['west-wing'] }),
  feature('x-demo-county', '青浦区', 'county', { theme: 'west-wing', groups: ['west-wing'] }),
  feature('x-lingang', '临港新片区', 'special-area', {
    theme: 'east-wing',
    groups: ['east-wing', 'two-wings'],
  }),
  feature('x-zj-city', '张江科学城', 'science-city', {
    theme: 'east-wing',
    groups: ['east-wing', 'two-wings'],
  }),
  feature('x-axis', '延安路-世纪大道发展轴', 'development-axis', { groups: ['two-wings'] }),
  feature('x-zj-sub', '张江', 'sub-centre', SUB),
  feature('x-zhenru', '真如', 'sub-centre', SUB),
  feature('x-jinqiao', '金桥', 'sub-centre', SUB),
  feature('x-xinzhuang', '莘庄城市副中心', 'sub-centre', { groups: ['sub-centres', 'main-city-areas'] }),
  feature('x-chuansha-sub', '川沙副中心', 'sub-centre', { groups: ['sub-centres', 'main-city-areas'] }),
  feature('x-zj-park', '张江高科', 'innovation-park'),
  feature('x-mca-hq', '虹桥主城片区', 'main-city-area', MCA),
  feature('x-mca-bs', '宝山主城片区', 'main-city-area', MCA),
  feature('x-mca-mh', '闵行主城片区', 'main-city-area', { aliases: ['闵行片区'], ...MCA }),
  feature('x-mca-cs', '川沙主城片区', 'main-city-area', MCA),
  feature('x-wusong', '吴淞创新城', 'transformation-area', { aliases: ['吴淞地区'], ...MCA }),
  feature('x-wusong-start', '先行启动区', 'transformation-area', MCA),
  feature('x-wujing', '吴泾', 'transformation-area', MCA),
  feature('x-power', '吴泾-闵行-奉贤基地', 'power-base', { theme: 'utilities' }),
  feature('x-logistics-mh', '闵行铁路物流基地', 'logistics-base', { theme: 'roads' }),
  feature('x-wp-lg', '临港水厂', 'water-plant', { theme: 'water' }),
  feature('x-wp-hq', '虹桥水厂', 'water-plant', { theme: 'water' }),
  feature('x-nt-jd', '嘉定新城', 'new-town', NEW_TOWN_GROUP),
  feature('x-nt-qp', '青浦新城', 'new-town', NEW_TOWN_GROUP),
  feature('x-nt-sj', '松江新城', 'new-town', NEW_TOWN_GROUP),
  feature('x-nt-fx', '奉贤新城', 'new-town', NEW_TOWN_GROUP),
  feature('x-nt-nh', '南汇新城', 'new-town', NEW_TOWN_GROUP),
  feature('x-station-jd', '嘉定北站', 'station', NEW_TOWN_GROUP),
  feature('x-huangpu', '黄浦江', 'river', { theme: 'water', groups: ['one-river-one-creek'] }),
  feature('x-suzhou', '苏州河', 'river', { theme: 'water', groups: ['one-river-one-creek'] }),
  feature('x-huangpu-upper', '黄浦江上游', 'river', { theme: 'water', groups: ['water-sources'] }),
  feature('x-river-wusong', '吴淞江(上海段)', 'river', { theme: 'water' }),
  feature('x-bund', '外滩', 'landmark', { groups: ['one-river-one-creek'] }),
  feature('x-north-bund', '北外滩', 'landmark', { groups: ['one-river-one-creek'] }),
  feature('x-lujiazui', '陆家嘴', 'landmark'),
  feature('x-bund-key', '外滩-陆家嘴-北外滩', 'key-area'),
  feature('x-old-hq', '老虹桥', 'renewal-pilot', { theme: 'services', aliases: ['长宁老虹桥'] }),
  feature('x-qingcaosha', '青草沙', 'reservoir', { theme: 'water' }),
  feature('x-chenhang', '陈行', 'reservoir', { theme: 'water' }),
  feature('x-raw-link', '青草沙-陈行原水系统连通', 'water-main', { theme: 'water' }),
  feature('x-eco', '世界级生态岛', 'district', {
    theme: 'chongming',
    aliases: ['三岛'],
    groups: ['three-islands'],
  }),
  feature('x-cm-island', '崇明岛', 'island', { theme: 'chongming', groups: ['three-islands'] }),
  feature('x-cx-island', '长兴岛', 'island', { theme: 'chongming', groups: ['three-islands'] }),
  feature('x-hs-island', '横沙岛', 'island', { theme: 'chongming', groups: ['three-islands'] }),
  feature('x-metro-cm', '崇明线', 'metro-line', { theme: 'rail' }),
  feature('x-jinshan', '金山', 'district', { theme: 'north-south', groups: ['north-south-transformation'] }),
  feature('x-baoshan', '宝山', 'district', { theme: 'north-south', groups: ['north-south-transformation'] }),
  feature('x-jinshan-no2', '金山第二工业区', 'industrial-area', {
    theme: 'north-south',
    groups: ['north-south-transformation'],
  }),
  feature('x-bs-station', '宝山(新杨行)站', 'station', { theme: 'north-south' }),
  feature('x-jiamin', '嘉闵线', 'suburban-railway', { theme: 'rail' }),
  feature('x-jiamin-n', '嘉闵线北延伸', 'suburban-railway', { theme: 'rail', aliases: ['嘉闵线及北延伸'] }),
  feature('x-middle', '中环', 'expressway', { theme: 'roads' }),
  feature('x-outer', '外环', 'expressway', { theme: 'roads', aliases: ['外环线'] }),
];

/** PLAN with other names (and no aliases) for the features whose plan string a fallback rule must then read. */
const RENAMES: Record<string, string> = {
  'x-hub-hq': '虹桥综合交通枢纽',
  'x-hub-pd': '浦东交通枢纽',
  'x-hub-sj': '松江交通枢纽',
  'x-cbd': '虹桥商务区核心区',
  'x-demo': '长三角生态绿色一体化发展示范区',
  'x-lingang': '临港自贸新片区',
  'x-zj-city': '张江科学城核心区',
  'x-zj-park': '张江高科技园区',
  'x-xinzhuang': '莘庄副中心',
  'x-chuansha-sub': '川沙城市副中心',
  'x-mca-hq': '虹桥片区',
  'x-mca-bs': '宝山片区',
  'x-wusong': '吴淞创新城片区',
  'x-power': '吴泾电厂基地',
  'x-nt-jd': '嘉定新城区',
  'x-nt-qp': '青浦新城区',
  'x-nt-sj': '松江新城区',
  'x-nt-fx': '奉贤新城区',
  'x-nt-nh': '南汇新城区',
  'x-river-wusong': '吴淞江干流',
  'x-cm-island': '崇明本岛',
  'x-metro-cm': '轨道交通崇明线',
  'x-jinshan-no2': '金山第二工业园区',
  'x-bs-station': '宝山站',
};
const RENAMED: PlaceFeatureLike[] = PLAN.map((f) => {
  const name = RENAMES[f.properties.id];
  return name === undefined ? f : { properties: { ...f.properties, name_zh: name, aliases: [] } };
});
const WORLDS = { plan: PLAN, renamed: RENAMED, none: [] as PlaceFeatureLike[] };

const NEW_TOWNS = ['x-nt-jd', 'x-nt-qp', 'x-nt-sj', 'x-nt-fx', 'x-nt-nh'];
const SUB_CENTRES = ['x-zj-sub', 'x-zhenru', 'x-jinqiao', 'x-xinzhuang', 'x-chuansha-sub'];
const MAIN_CITY_AREAS = ['x-mca-hq', 'x-mca-bs', 'x-mca-mh', 'x-mca-cs'];
const HUBS = ['x-hub-hq', 'x-hub-pd'];

interface Case {
  world: keyof typeof WORLDS;
  clause: string;
  /** A sentence of the plan (or a part of one); `constructed` when it is not the plan's wording. */
  text: string;
  /** The matched text, and which occurrence of it in `text` (0-based). */
  at: string;
  n?: number;
  /** Feature ids the match mentions; [] for an occurrence that is not a mention. */
  expect: string[];
  via?: Via;
  constructed?: string;
}

// 10.2.1's paragraphs on two new towns, up to the bare 新城 they contain.
const QINGPU_PARAGRAPH =
  '青浦新城:成为承载长三角一体化发展和进博会战略功能,引领绿色创新发展和江南文化传承的生态宜居之城,依托环城水系公园建设,统筹推进岸线开发、产业集聚及存量资源更新;依托轨交17号线等,打造新城综合交通节点';
const SONGJIANG_PARAGRAPH =
  '松江新城:依托长三角G60科创走廊建设高铁时代产城融合的科创人文生态之城,做大做强电子信息、集成电路、人工智能、生物医药等战略性新兴产业集群,推进大学城与新府城融合发展;加快以松江枢纽为核心的上海科技影都、现代商务及现代物流体系示范集聚区建设,依托枢纽、高铁及市域线等加强与浦南地区、其他新城及嘉善等周边城市联动;启动新城内环城快速路';

// The decisions, each on a real sentence. Every row of CONTEXT_RULES and GROUP_TERMS decides at least one case.
const CASES: Case[] = [
  // 虹桥
  {
    world: 'renamed',
    clause: '12.1.1',
    text: '围绕虹桥枢纽、浦东枢纽等主要节点',
    at: '虹桥',
    expect: ['x-hub-hq'],
  },
  {
    world: 'plan',
    clause: '10.3',
    text: '依托轨道交通以及虹桥、浦东两大枢纽强化东西联系',
    constructed: 'the plan writes 虹桥浦东两大枢纽; the brief’s variant with 、',
    at: '虹桥',
    expect: ['x-hub-hq'],
  },
  {
    world: 'plan',
    clause: '10.3',
    text: '依托轨道交通以及虹桥、浦东两大枢纽强化东西联系',
    constructed: 'as above',
    at: '浦东',
    expect: ['x-hub-pd'],
  },
  {
    world: 'renamed',
    clause: '10.3.2',
    text: '虹桥商务区:积极服务长三角一体化发展和中国国际进口博览会',
    at: '虹桥',
    expect: ['x-cbd'],
  },
  {
    world: 'plan',
    clause: '10.1.4',
    text: '发挥13号线号线等对虹桥、川沙主城片区的支撑作用',
    at: '虹桥',
    expect: ['x-mca-hq'],
  },
  {
    world: 'renamed',
    clause: '10.1.4',
    text: '着力提升虹桥主城片区的国际开放枢纽功能',
    at: '虹桥',
    expect: ['x-mca-hq'],
  },
  {
    world: 'renamed',
    clause: '10.1.4',
    text: '着力提升虹桥主城片区的国际开放枢纽功能',
    at: '主城片区',
    expect: [],
  },
  { world: 'plan', clause: '12.3.1', text: '建设临港、虹桥等水厂', at: '虹桥', expect: ['x-wp-hq'] },
  { world: 'plan', clause: '12.3.1', text: '建设临港、虹桥等水厂', at: '临港', expect: ['x-wp-lg'] },
  {
    world: 'plan',
    clause: '10.1.3',
    text: '强化张江高科、漕河泾开发区、杨浦双创示范基地、市北高新区、中以创新园、虹桥智谷等科创功能建设',
    at: '虹桥',
    expect: [],
  },

  // 张江, 科学城
  {
    world: 'plan',
    clause: '10.1.3',
    text: '完善真如、江湾-五角场、张江、金桥等副中心的商业、休闲、文体等公共服务设施布局',
    at: '张江',
    expect: ['x-zj-sub'],
    via: 'name',
  },
  {
    world: 'plan',
    clause: '10.1.3',
    text: '完善真如、江湾-五角场、张江、金桥等副中心的商业、休闲、文体等公共服务设施布局',
    at: '副中心',
    expect: SUB_CENTRES,
    via: 'group',
  },
  {
    world: 'renamed',
    clause: '10.3',
    text: '以临港新片区、张江科学城为核心加快东部开放创新功能板块建设',
    at: '张江',
    expect: ['x-zj-city'],
  },
  {
    world: 'renamed',
    clause: '10.3',
    text: '以临港新片区、张江科学城为核心加快东部开放创新功能板块建设',
    at: '临港',
    expect: ['x-lingang'],
  },
  {
    world: 'plan',
    clause: '10.3.1',
    text: '张江科学城:加快推动张江“园区”向“城区”转变,实施科学城扩围和空间布局优化',
    at: '张江',
    n: 1,
    expect: ['x-zj-city'],
    via: 'alias',
  },
  {
    world: 'plan',
    clause: '10.3.1',
    text: '张江科学城:加快推动张江“园区”向“城区”转变,实施科学城扩围和空间布局优化',
    at: '科学城',
    n: 1,
    expect: ['x-zj-city'],
  },
  { world: 'plan', clause: '10.3.1', text: '加快推动张江“园区”向“城区”转变', at: '张江', expect: [] },
  {
    world: 'plan',
    clause: '10.3.1',
    text: '加快科学城北区重大科学基础设施集群建设',
    at: '科学城',
    expect: [],
  },
  {
    world: 'plan',
    clause: '12.1.1',
    text: '加强临港、张江等重点地区之间及与两大枢纽的快速交通联系',
    at: '张江',
    expect: ['x-zj-city'],
  },
  {
    world: 'plan',
    clause: '12.1.1',
    text: '加强临港、张江等重点地区之间及与两大枢纽的快速交通联系',
    at: '临港',
    expect: ['x-lingang'],
  },
  {
    world: 'plan',
    clause: '12.1.1',
    text: '加强临港、张江等重点地区之间及与两大枢纽的快速交通联系',
    at: '两大枢纽',
    expect: HUBS,
    via: 'group',
  },
  {
    world: 'renamed',
    clause: '10.1.3',
    text: '强化张江高科、漕河泾开发区',
    at: '张江',
    expect: ['x-zj-park'],
  },

  // 临港, 金山
  {
    world: 'plan',
    clause: '10.2.1',
    text: '以南枫线为纽带促进与临港和金山的联动发展',
    at: '临港',
    expect: ['x-lingang'],
  },
  {
    world: 'plan',
    clause: '10.2.1',
    text: '以南枫线为纽带促进与临港和金山的联动发展',
    at: '金山',
    expect: ['x-jinshan'],
  },
  { world: 'plan', clause: '10.2.1', text: '南汇新城:全面建设与临港', at: '临港', expect: [] },
  {
    world: 'renamed',
    clause: '10.4.1',
    text: '推动金山第二工业区深度转型',
    at: '金山',
    expect: ['x-jinshan-no2'],
  },
  {
    world: 'plan',
    clause: '10.4.1',
    text: '以产业升级推动金山整体转型',
    at: '金山',
    expect: ['x-jinshan'],
    via: 'name',
  },

  // 宝山, 闵行, 川沙 and the main-city areas
  {
    world: 'plan',
    clause: '10.1.4',
    text: '在宝山和闵行片区适当增加高水平医疗',
    at: '宝山',
    expect: ['x-mca-bs'],
  },
  {
    world: 'plan',
    clause: '10.1.4',
    text: '在宝山和闵行片区适当增加高水平医疗',
    at: '闵行片区',
    expect: ['x-mca-mh'],
    via: 'alias',
  },
  ...(['川沙', '宝山', '虹桥', '闵行'] as const).map((at, k): Case => ({
    world: 'plan',
    clause: '12.1.1',
    text: '并加大川沙、宝山、虹桥、闵行四个主城片区轨道通达性',
    at,
    expect: [MAIN_CITY_AREAS[[3, 1, 0, 2][k]!]!],
  })),
  {
    world: 'plan',
    clause: '12.1.1',
    text: '并加大川沙、宝山、虹桥、闵行四个主城片区轨道通达性',
    at: '四个主城片区',
    expect: MAIN_CITY_AREAS,
    via: 'group',
  },
  {
    world: 'renamed',
    clause: '10.4.2',
    text: '依托宝山(新杨行)站、国际邮轮港建设',
    at: '宝山',
    expect: ['x-bs-station'],
  },
  {
    world: 'plan',
    clause: '10.4.2',
    text: '以科技创新为宝山转型注入新动力',
    at: '宝山',
    expect: ['x-baoshan'],
  },
  ...(['宝山', '闵行', '金山', '奉贤', '崇明'] as const).map((at): Case => ({
    world: 'plan',
    clause: '13.2.3',
    text: '加快推进老港、海滨、宝山、闵行、金山、奉贤、崇明等一批生活垃圾末端处理和建筑垃圾资源利用设施建设',
    at,
    expect: [],
  })),
  {
    world: 'plan',
    clause: '12.1.3',
    text: '形成徐行、闵行两个铁路物流基地和外高桥、芦潮港两处铁路联运节点站',
    at: '闵行',
    expect: ['x-logistics-mh'],
  },
  {
    world: 'renamed',
    clause: '10.1.4',
    text: '预留川沙副中心及周边地区用地',
    at: '川沙',
    expect: ['x-chuansha-sub'],
  },
  { world: 'renamed', clause: '10.1.4', text: '预留川沙副中心及周边地区用地', at: '副中心', expect: [] },
  { world: 'plan', clause: '10.1.4', text: '预留川沙', at: '川沙', expect: [] },
  {
    world: 'renamed',
    clause: '10.1.4',
    text: '以莘庄城市副中心为重点研究植入城市新功能',
    at: '城市副中心',
    expect: [],
  },
  {
    world: 'plan',
    clause: '10.1.4',
    text: '引导主城片区分类发展',
    at: '主城片区',
    expect: MAIN_CITY_AREAS,
    via: 'group',
  },

  // 崇明
  {
    world: 'renamed',
    clause: '13.3.2',
    text: '依托市级重点生态廊道、环淀山湖、环崇明岛等新建绿道1000公里',
    at: '崇明',
    expect: ['x-cm-island'],
  },
  {
    world: 'plan',
    clause: '10.5',
    text: '崇明世界级生态岛',
    constructed: 'the working-label title of 10.5',
    at: '崇明',
    expect: ['x-eco'],
  },
  {
    world: 'renamed',
    clause: '12.1.1',
    text: '推进崇明线、17号线西延伸建设',
    at: '崇明',
    expect: ['x-metro-cm'],
  },
  {
    world: 'plan',
    clause: '10.5',
    text: '努力使崇明农产品成为最安全、最生态的代名词',
    at: '崇明',
    expect: ['x-eco'],
    via: 'alias',
  },

  // 吴淞, 吴泾, 新城 after 吴淞创, 先行启动区
  {
    world: 'renamed',
    clause: '10.1.4',
    text: '优化吴淞地区开发体制机制,以吴淞创新城为抓手推进宝山主城片区建设,聚焦先行启动区',
    at: '吴淞',
    expect: ['x-wusong'],
  },
  {
    world: 'renamed',
    clause: '10.1.4',
    text: '优化吴淞地区开发体制机制,以吴淞创新城为抓手推进宝山主城片区建设,聚焦先行启动区',
    at: '新城',
    expect: [],
  },
  {
    world: 'renamed',
    clause: '10.1.4',
    text: '优化吴淞地区开发体制机制,以吴淞创新城为抓手推进宝山主城片区建设,聚焦先行启动区',
    at: '宝山',
    expect: ['x-mca-bs'],
  },
  {
    world: 'plan',
    clause: '10.1.4',
    text: '优化吴淞地区开发体制机制,以吴淞创新城为抓手推进宝山主城片区建设,聚焦先行启动区',
    at: '先行启动区',
    expect: ['x-wusong-start'],
    via: 'name',
  },
  {
    world: 'plan',
    clause: '10.3.2',
    text: '长三角一体化示范区:聚焦先行启动区,加强一体化制度先行先试',
    at: '先行启动区',
    expect: ['x-demo-start'],
  },
  { world: 'plan', clause: '10.3.2', text: '聚焦先行启动区', at: '先行启动区', expect: [] },
  { world: 'plan', clause: '10.4.2', text: '依托南大、吴淞科创功能集聚区', at: '吴淞', expect: ['x-wusong'] },
  {
    world: 'renamed',
    clause: '12.3.2',
    text: '加快吴淞江(上海段)等流域骨干水利工程建设',
    at: '吴淞',
    expect: ['x-river-wusong'],
  },
  { world: 'plan', clause: '10.1.4', text: '优化吴淞', at: '吴淞', expect: [] },
  {
    world: 'plan',
    clause: '10.1.4',
    text: '研究谋划高桥、吴泾地区功能定位',
    at: '吴泾',
    expect: ['x-wujing'],
    via: 'name',
  },
  {
    world: 'plan',
    clause: '13.1.1',
    text: '研究推进吴泾煤电等容量异地替代',
    at: '吴泾',
    expect: ['x-power'],
  },
  ...(['吴泾', '闵行', '奉贤'] as const).map((at): Case => ({
    world: 'renamed',
    clause: '12.2.2',
    text: '其中吴泾-闵行-奉贤基地逐步从煤气并重转向全为气电',
    at,
    expect: [],
  })),

  // 浦东, the new towns' districts, 新城
  {
    world: 'renamed',
    clause: '12.1.1',
    text: '围绕虹桥枢纽、浦东枢纽等主要节点',
    at: '浦东',
    expect: ['x-hub-pd'],
  },
  ...(['浦东', '嘉定', '松江', '崇明'] as const).map((at): Case => ({
    world: 'plan',
    clause: '13.2.1',
    text: '完成浦东南片、嘉定、松江、崇明等郊区污水厂扩建工程',
    at,
    expect: [],
  })),
  {
    world: 'plan',
    clause: '13.2.1',
    text: '完成浦东、嘉定、青浦等区污泥独立焚烧设施建设',
    at: '青浦',
    expect: [],
  },
  { world: 'plan', clause: '10.2.1', text: '南汇', constructed: 'a bare 南汇', at: '南汇', expect: [] },
  ...(['嘉定', '青浦', '松江', '奉贤', '南汇'] as const).map((at, k): Case => ({
    world: 'renamed',
    clause: '10.2.1',
    text: `${at}新城:`,
    at,
    expect: [NEW_TOWNS[k]!],
  })),
  { world: 'renamed', clause: '10.2.1', text: '嘉定新城:', at: '新城', expect: [] },
  {
    world: 'renamed',
    clause: '10.2.1',
    text: '加快以松江枢纽为核心的上海科技影都、现代商务及现代物流体系示范集聚区建设,依托枢纽、高铁及市域线等加强与浦南地区、其他新城及嘉善等周边城市联动',
    at: '松江',
    expect: ['x-hub-sj'],
  },
  {
    world: 'plan',
    clause: '10.2.1',
    text: '加快以松江枢纽为核心的上海科技影都、现代商务及现代物流体系示范集聚区建设,依托枢纽、高铁及市域线等加强与浦南地区、其他新城及嘉善等周边城市联动',
    at: '枢纽',
    n: 1,
    expect: ['x-hub-sj'],
  },
  { world: 'plan', clause: '10.2', text: '加快提升交通枢纽能级', at: '枢纽', expect: [] },
  {
    world: 'plan',
    clause: '10.2.1',
    text: QINGPU_PARAGRAPH,
    at: '新城',
    n: 1,
    expect: ['x-nt-qp'],
    via: 'alias',
  },
  {
    world: 'plan',
    clause: '10.2.1',
    text: SONGJIANG_PARAGRAPH,
    at: '新城',
    n: 1,
    expect: NEW_TOWNS,
    via: 'group',
  },
  {
    world: 'plan',
    clause: '10.2.1',
    text: SONGJIANG_PARAGRAPH,
    at: '新城',
    n: 2,
    expect: ['x-nt-sj'],
  },

  // Phrases naming two places
  {
    world: 'plan',
    clause: '10.2.1',
    text: '依托嘉闵线及北延伸、沪通铁路等和安亭北站和嘉定北站等站点周边开发建设',
    at: '嘉闵线及北延伸',
    expect: ['x-jiamin', 'x-jiamin-n'],
    via: 'alias',
  },
  {
    world: 'plan',
    clause: '10.1.3',
    text: '以高水平城市副中心开发带动中外环区域发展',
    at: '中外环',
    expect: ['x-middle', 'x-outer'],
  },
  {
    world: 'plan',
    clause: '10.1.3',
    text: '以高水平城市副中心开发带动中外环区域发展',
    at: '城市副中心',
    expect: SUB_CENTRES,
    via: 'group',
  },

  // 示范区
  {
    world: 'renamed',
    clause: '10.3',
    text: '以虹桥商务区、长三角一体化示范区为核心加快西部绿色开放板块建设',
    at: '示范区',
    expect: ['x-demo'],
  },
  {
    world: 'renamed',
    clause: '10.3',
    text: '以虹桥商务区、长三角一体化示范区为核心加快西部绿色开放板块建设',
    at: '西部绿色开放板块',
    expect: ['x-cbd', 'x-demo'],
    via: 'group',
  },
  { world: 'plan', clause: '10.3.2', text: '高质量建设国家进口贸易促进创新示范区', at: '示范区', expect: [] },

  // Group terms
  {
    world: 'plan',
    clause: '10',
    text: '加快形成“中心辐射、两翼齐飞、新城发力、南北转型”的空间新格局',
    at: '两翼',
    expect: ['x-lingang', 'x-zj-city', 'x-cbd', 'x-demo'],
    via: 'group',
  },
  {
    world: 'plan',
    clause: '10',
    text: '加快形成“中心辐射、两翼齐飞、新城发力、南北转型”的空间新格局',
    at: '新城',
    expect: NEW_TOWNS,
    via: 'group',
  },
  {
    world: 'plan',
    clause: '10',
    text: '加快形成“中心辐射、两翼齐飞、新城发力、南北转型”的空间新格局',
    at: '南北转型',
    expect: ['x-jinshan', 'x-baoshan'],
    via: 'group',
  },
  {
    world: 'plan',
    clause: '10.2',
    text: '把五大新城建设为长三角城市群中具有辐射带动作用的独立综合性节点城市',
    at: '五大新城',
    expect: NEW_TOWNS,
    via: 'group',
  },
  {
    world: 'plan',
    clause: '10.2',
    text: '五个新城',
    constructed: 'the working-label title of 10.2',
    at: '五个新城',
    expect: NEW_TOWNS,
    via: 'group',
  },
  {
    world: 'plan',
    clause: '10.1.2',
    text: '对标世界级滨水区,提升“一江一河”沿岸地区功能',
    at: '一江一河',
    expect: ['x-huangpu', 'x-suzhou'],
    via: 'group',
  },
  {
    world: 'plan',
    clause: '10.3',
    text: '以临港新片区、张江科学城为核心加快东部开放创新功能板块建设',
    at: '东部开放创新功能板块',
    expect: ['x-lingang', 'x-zj-city'],
    via: 'group',
  },
  {
    world: 'plan',
    clause: '10.3.1',
    text: '加快东部开放创新板块功能建设',
    at: '东部开放创新板块',
    expect: ['x-lingang', 'x-zj-city'],
    via: 'group',
  },
  {
    world: 'plan',
    clause: '10.5',
    text: '围绕世界级生态岛总目标,强化三岛联动',
    at: '三岛',
    expect: ['x-cm-island', 'x-cx-island', 'x-hs-island'],
    via: 'group',
  },
  {
    world: 'plan',
    clause: '10.3',
    text: '依托轨道交通以及虹桥浦东两大枢纽强化东西联系',
    at: '虹桥浦东两大枢纽',
    expect: HUBS,
    via: 'group',
  },
  {
    world: 'plan',
    clause: '10.1.3',
    text: '以中环和轨道交通逐步实现各副中心间的快速联系',
    at: '副中心',
    expect: SUB_CENTRES,
    via: 'group',
  },
];

/** Runs a case: the match at the case's occurrence. */
function matchOf(c: Case) {
  const matches = findMatches([unit(c.clause, c.text)], WORLDS[c.world], MENTION_RULES);
  let at = -1;
  for (let k = 0; k <= (c.n ?? 0); k++) at = c.text.indexOf(c.at, at + 1);
  return { at, match: matches.find((m) => m.start === at), matches };
}

const sorted = (xs: readonly string[]) => [...xs].sort();

describe('context rules and group terms, one real sentence each (fixture features)', () => {
  it.each(CASES.map((c) => [`${c.clause} ${c.at}${c.n ? `#${c.n}` : ''} (${c.world})`, c] as const))(
    '%s',
    (_name, c) => {
      const { at, match } = matchOf(c);
      expect(at, `${c.at} not in the case's text`).toBeGreaterThanOrEqual(0);
      expect(match, `no match starts at ${c.at}`).toBeDefined();
      expect(match!.text).toBe(c.at);
      expect(match!.unresolved, 'a rule found no feature').toBeUndefined();
      expect(sorted(match!.links.map((l) => l.id))).toEqual(sorted(c.expect));
      if (c.via !== undefined) for (const l of match!.links) expect(l.via).toBe(c.via);
    },
  );

  it('covers every row of CONTEXT_RULES and GROUP_TERMS', () => {
    const decidedBy = new Set<ContextRule | GroupTerm>();
    for (const c of CASES) {
      const rule = matchOf(c).match?.rule;
      if (rule) decidedBy.add(rule);
    }
    const missing = [...CONTEXT_RULES, ...GROUP_TERMS].filter((r) => !decidedBy.has(r));
    expect(missing.map((r) => `${r.term}: ${r.why}`)).toEqual([]);
  });

  it('uses the plan’s own words (each sentence not marked constructed occurs in the plan)', () => {
    const all = shanghaiUnits()
      .map((u) => u.text)
      .join('\n');
    const notFound = CASES.filter((c) => c.constructed === undefined && !all.includes(c.text)).map(
      (c) => c.text,
    );
    expect(notFound).toEqual([]);
  });

  it('gives every rule a term and a reason', () => {
    for (const r of [...CONTEXT_RULES, ...GROUP_TERMS]) {
      expect(r.term).toMatch(/\S/);
      expect(r.why.length).toBeGreaterThan(10);
    }
  });
});

describe('longest match wins (fixture features)', () => {
  const links = (world: PlaceFeatureLike[], clause: string, text: string) =>
    findMatches([unit(clause, text)], world, MENTION_RULES).map((m) => [
      m.text,
      sorted(m.links.map((l) => l.id)),
    ]);

  it('北外滩 is not 外滩', () => {
    expect(links(PLAN, '10.1.2', '保护和活化外滩、北外滩、杨浦滨江')).toEqual([
      ['外滩', ['x-bund']],
      ['北外滩', ['x-north-bund']],
    ]);
  });

  it('吴淞创新城 is not the new towns, with or without a feature of that name', () => {
    const text = '以吴淞创新城为抓手推进宝山主城片区建设';
    expect(links(PLAN, '10.1.4', text)).toEqual([
      ['吴淞创新城', ['x-wusong']],
      ['宝山主城片区', ['x-mca-bs']],
    ]);
    const withoutNames = findMatches([unit('10.1.4', text)], WORLDS.none, MENTION_RULES);
    expect(withoutNames.flatMap((m) => m.links)).toEqual([]);
    expect(withoutNames.find((m) => m.text === '新城')?.reading).toBe('not-a-place');
  });

  it('长宁老虹桥 is not 虹桥 (hub, CBD, main-city area)', () => {
    expect(links(PLAN, '10.6.4', '在黄浦外滩和大新天地、静安张园、长宁老虹桥、普陀曹杨等地区')).toEqual([
      ['外滩', ['x-bund']],
      ['长宁老虹桥', ['x-old-hq']],
    ]);
  });

  it('黄浦江上游 is the upper Huangpu, not 黄浦江', () => {
    expect(links(PLAN, '13.3.2', '加强长江口、杭州湾北岸、黄浦江上游等重要湿地')).toEqual([
      ['黄浦江上游', ['x-huangpu-upper']],
    ]);
  });

  it('嘉闵线北延伸 is the extension, not 嘉闵线', () => {
    // Constructed: the plan writes 嘉闵线及北延伸 (a rule: both lines).
    expect(links(PLAN, '12.1.1', '推进嘉闵线北延伸建设')).toEqual([['嘉闵线北延伸', ['x-jiamin-n']]]);
  });

  it('虹桥浦东两大枢纽 is one group mention, not 虹桥 and 浦东', () => {
    expect(links(PLAN, '10.3', '依托轨道交通以及虹桥浦东两大枢纽强化东西联系')).toEqual([
      ['虹桥浦东两大枢纽', HUBS],
    ]);
  });

  it('a group term wins over the same string as an alias (三岛 is an alias of the eco-island)', () => {
    const [m] = findMatches([unit('10.5', '强化三岛联动')], PLAN, MENTION_RULES);
    expect(m?.reading).toBe('group');
    expect(m?.links.map((l) => l.id)).not.toContain('x-eco');
  });

  it('an ambiguous short name is read by its rules, never as a name (张江 is the sub-centre’s name)', () => {
    const [m] = findMatches([unit('10.3.1', '扎根张江')], PLAN, MENTION_RULES);
    expect(m?.text).toBe('张江');
    expect(m?.links).toEqual([]);
  });

  it('reads leftmost, then longest, without overlaps', () => {
    const world = [feature('a', '外滩-陆家', 'x'), feature('b', '陆家嘴', 'x'), feature('c', '北外滩', 'x')];
    // 北外滩 starts first; then 外… is inside it; 陆家嘴 follows.
    expect(links(world, '10.1.2', '北外滩-陆家嘴')).toEqual([
      ['北外滩', ['c']],
      ['陆家嘴', ['b']],
    ]);
  });

  it('a name shared by two features mentions both', () => {
    const world = [feature('w', '黄浦江上游', 'wetland'), feature('r', '黄浦江上游', 'river')];
    expect(links(world, '13.3.2', '黄浦江上游等重要湿地')).toEqual([['黄浦江上游', ['r', 'w']]]);
  });
});

describe('hyphenated names (fixture features)', () => {
  it('外滩-陆家嘴-北外滩 is the key area by name and each of its three places as a group', () => {
    const [m] = findMatches([unit('10.1.2', '加快外滩-陆家嘴-北外滩等重点区域')], PLAN, MENTION_RULES);
    expect(m?.text).toBe('外滩-陆家嘴-北外滩');
    expect(m?.links).toEqual([
      { id: 'x-bund-key', via: 'name' },
      { id: 'x-bund', via: 'group' },
      { id: 'x-lujiazui', via: 'group' },
      { id: 'x-north-bund', via: 'group' },
    ]);
  });

  it('a link A-B… names both ends, the last by the name it starts with (陈行|原水系统连通)', () => {
    const [m] = findMatches(
      [unit('12.3.1', '推进青草沙-陈行原水系统连通等水源地连通工程建设')],
      PLAN,
      MENTION_RULES,
    );
    expect(m?.links.map((l) => l.id)).toEqual(['x-raw-link', 'x-qingcaosha', 'x-chenhang']);
  });

  it('does not read ambiguous short names inside (吴泾 of 吴泾-闵行-奉贤基地 is not the area)', () => {
    const [m] = findMatches(
      [unit('12.2.2', '其中吴泾-闵行-奉贤基地逐步从煤气并重转向全为气电')],
      PLAN,
      MENTION_RULES,
    );
    expect(m?.links).toEqual([{ id: 'x-power', via: 'name' }]);
  });
});

describe('the index and its stats (fixture features)', () => {
  const units = [
    unit('10', '加快形成“中心辐射、两翼齐飞、新城发力、南北转型”的空间新格局'),
    unit('10.2.1', '分类指导推进新城建设。嘉定新城:成为具有创新活力的科技教化之城'),
    unit('12.3.1', '建设临港、虹桥等水厂'),
  ];
  const world = PLAN.filter((f) => ['x-nt-jd', 'x-nt-qp', 'x-wp-lg', 'x-huangpu'].includes(f.properties.id));
  const index = computeMentions(units, world, MENTION_RULES);

  it('has an entry for every feature, mentions in document order with correct offsets', () => {
    expect(Object.keys(index)).toEqual(['x-wp-lg', 'x-nt-jd', 'x-nt-qp', 'x-huangpu']);
    expect(index['x-nt-jd']).toEqual([
      { clause: '10', via: 'group', text: '新城', start: 15, end: 17 },
      { clause: '10.2.1', via: 'group', text: '新城', start: 6, end: 8 },
      { clause: '10.2.1', via: 'name', text: '嘉定新城', start: 11, end: 15 },
    ]);
    for (const list of Object.values(index)) {
      for (const m of list)
        expect(units.find((u) => u.id === m.clause)!.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('counts linked features, mentions by kind, and the unlinked', () => {
    expect(mentionStats(index, world)).toEqual({
      features: 4,
      linkedFeatures: 3,
      byVia: { name: 1, alias: 1, group: 4 },
      unlinked: ['x-huangpu'],
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The real plan and the curated features

describe('the mention index of the plan (content/ and geo/)', () => {
  const units = shanghaiUnits();
  const geo = shanghaiGeo(units);
  const features = geo.features;
  const matches = findMatches(units, features, MENTION_RULES);
  const index = computeMentions(units, features, MENTION_RULES);
  const has = (...ids: string[]) => ids.every((id) => features.some((f) => f.properties.id === id));
  const order = new Map(units.map((u, k) => [u.id, k]));
  const textOf = new Map(units.map((u) => [u.id, u.text]));

  it('reads valid curated files', () => {
    expect(geo.errors).toEqual([]);
  });

  it('gives offsets into the unit’s text, in document order, for every mention', () => {
    for (const [id, list] of Object.entries(index)) {
      list.forEach((m, k) => {
        expect(textOf.get(m.clause)?.slice(m.start, m.end), `${id} ${m.clause}`).toBe(m.text);
        const prev = list[k - 1];
        if (prev) {
          const a = [order.get(prev.clause)!, prev.start];
          const b = [order.get(m.clause)!, m.start];
          expect(a[0]! < b[0]! || (a[0] === b[0] && a[1]! <= b[1]!), `${id} out of order`).toBe(true);
        }
      });
    }
  });

  it('never overlaps two matches in a unit', () => {
    const spans = new Map<string, [number, number][]>();
    for (const m of matches) spans.set(m.clause, [...(spans.get(m.clause) ?? []), [m.start, m.end]]);
    for (const [clause, list] of spans) {
      list.forEach(([, end], k) => {
        const next = list[k + 1];
        if (next) expect(end, clause).toBeLessThanOrEqual(next[0]);
      });
    }
    for (const [id, list] of Object.entries(index)) {
      for (const m of list) {
        const overlapping = matches.filter(
          (x) => x.clause === m.clause && x.start < m.end && m.start < x.end && x.start !== m.start,
        );
        expect(overlapping, id).toEqual([]);
      }
    }
  });

  it('decides every ambiguous term, and every rule that applies finds its place', () => {
    expect(matches.filter((m) => m.reading === 'undecided').map((m) => `${m.clause} ${m.text}`)).toEqual([]);
    expect(
      matches
        .filter((m) => m.unresolved)
        .map((m) => `${m.clause} ${m.text}: ${JSON.stringify(m.unresolved)}`),
    ).toEqual([]);
  });

  // [clause, matched text, which of the unit's matches with that text (0-based), ids it mentions]: the tricky
  // cases of the real text.
  const REAL: [string, string, number, string[]][] = [
    ['10.1.4', '吴淞创新城', 0, ['transformation-wusong-innovation-city']],
    ['10.1.2', '北外滩', 0, ['landmark-north-bund']],
    ['10.6.4', '长宁老虹桥', 0, ['renewal-old-hongqiao']],
    ['13.3.2', '黄浦江上游', 0, ['wetland-huangpu-upper', 'river-huangpu-upper']],
    ['10.2.1', '嘉闵线及北延伸', 0, ['rail-jiamin', 'rail-jiamin-north-extension']],
    ['12.1.1', '嘉闵线及北延伸', 0, ['rail-jiamin', 'rail-jiamin-north-extension']],
    ['10.3', '虹桥浦东两大枢纽', 0, ['hub-hongqiao', 'hub-pudong']],
    ['12.1.1', '两大枢纽', 0, ['hub-hongqiao', 'hub-pudong']],
    ['10.1.4', '虹桥', 0, ['main-city-area-hongqiao']],
    ['12.1.1', '虹桥', 0, ['main-city-area-hongqiao']],
    ['12.3.1', '虹桥', 0, ['water-plant-hongqiao']],
    ['12.3.1', '临港', 0, ['water-plant-lingang']],
    ['10.2.1', '临港', 0, ['lingang-special-area']],
    ['12.1.1', '临港', 0, ['lingang-special-area']],
    ['12.1.1', '张江', 0, ['zhangjiang-science-city']],
    ['10.1.3', '张江', 0, ['sub-centre-zhangjiang']],
    ['10.3.1', '张江', 0, ['zhangjiang-science-city']],
    ['10.3.1', '科学城', 1, ['zhangjiang-science-city']],
    ['10.2.1', '金山', 0, ['district-jinshan']],
    ['10.4.1', '金山', 0, ['district-jinshan']],
    ['10.4.2', '宝山', 0, ['district-baoshan']],
    ['10.1.4', '宝山', 0, ['main-city-area-baoshan']],
    ['10.1.4', '先行启动区', 0, ['transformation-wusong-start-area']],
    ['10.3.2', '先行启动区', 0, ['demo-zone-start-up-area']],
    ['10.5', '崇明', 0, ['ecological-island-chongming']],
    ['10.5', '三岛', 0, ['island-chongming', 'island-changxing', 'island-hengsha']],
    ['10.2.1', '新城', 1, ['new-town-qingpu']],
    ['10.2.1', '新城', 3, ['new-town-songjiang']],
    ['10.2.1', '枢纽', 0, ['hub-songjiang']],
    ['12.1.3', '闵行', 0, ['logistics-base-minhang']],
    ['13.1.1', '吴泾', 0, ['power-base-wujing-minhang-fengxian']],
    ['10.1.2', '一江一河', 0, ['river-huangpu', 'river-suzhou-creek']],
    ['10', '两翼', 0, ['lingang-special-area', 'zhangjiang-science-city', 'hongqiao-cbd', 'demo-zone']],
    ['13.2.3', '宝山', 0, []],
    ['10.3.2', '示范区', 0, []],
  ];
  it.each(REAL)('%s %s#%i → %j', (clause, at, n, ids) => {
    if (!has(...ids)) return; // a feature not curated (yet): nothing to check
    const m = matches.filter((x) => x.clause === clause && x.text === at)[n];
    expect(m, `no match ${at}#${n} in ${clause}`).toBeDefined();
    expect(sorted(m!.links.map((l) => l.id))).toEqual(sorted(ids));
  });

  it('keeps 吴淞创新城, 北外滩, 长宁老虹桥 from the shorter names inside them', () => {
    const mentionsIn = (id: string, clause: string) => (index[id] ?? []).filter((m) => m.clause === clause);
    for (const id of ['new-town-jiading', 'new-town-qingpu', 'new-town-songjiang']) {
      expect(mentionsIn(id, '10.1.4')).toEqual([]);
    }
    expect((index['landmark-bund'] ?? []).some((m) => m.text === '北外滩')).toBe(false);
    for (const id of ['hub-hongqiao', 'hongqiao-cbd', 'main-city-area-hongqiao']) {
      expect(mentionsIn(id, '10.6.4')).toEqual([]);
    }
    expect((index['river-huangpu'] ?? []).some((m) => m.text === '黄浦江上游')).toBe(false);
    expect((index['rail-jiamin'] ?? []).some((m) => m.text === '嘉闵线北延伸')).toBe(false);
  });

  it.runIf(has('new-town-jiading'))(
    'lists 嘉定新城 in 10.2.1 by name and in 10, 10.2 as one of the new towns',
    () => {
      const list = index['new-town-jiading']!;
      expect(list).toContainEqual(
        expect.objectContaining({ clause: '10.2.1', via: 'name', text: '嘉定新城' }),
      );
      expect(list).toContainEqual(expect.objectContaining({ clause: '10', via: 'group', text: '新城' }));
      expect(list).toContainEqual(expect.objectContaining({ clause: '10.2', via: 'group', text: '新城' }));
      expect(list).toContainEqual(
        expect.objectContaining({ clause: '10.2', via: 'group', text: '五大新城' }),
      );
    },
  );

  it.runIf(has('lingang-special-area', 'zhangjiang-science-city', 'hongqiao-cbd', 'demo-zone'))(
    'names the two wings’ cores in 10.3’s units',
    () => {
      const named = (id: string) =>
        (index[id] ?? [])
          .filter((m) => m.via === 'name' && /^10\.3(\.|$)/.test(m.clause))
          .map((m) => m.clause);
      expect(named('lingang-special-area')).toEqual(expect.arrayContaining(['10.3', '10.3.1']));
      expect(named('zhangjiang-science-city')).toEqual(expect.arrayContaining(['10.3', '10.3.1']));
      expect(named('hongqiao-cbd')).toEqual(expect.arrayContaining(['10.3', '10.3.2']));
      expect(named('demo-zone')).toEqual(expect.arrayContaining(['10.3', '10.3.2']));
    },
  );

  it('mentions every feature whose name occurs in the text, unless a longer name shadows each occurrence', () => {
    const problems: string[] = [];
    for (const { properties: p } of features) {
      if ((index[p.id] ?? []).length > 0) continue;
      for (const u of units) {
        for (let at = u.text.indexOf(p.name_zh); at >= 0; at = u.text.indexOf(p.name_zh, at + 1)) {
          const inside = matches.find((m) => m.clause === u.id && m.start <= at && at < m.end);
          const shadowed = inside !== undefined && inside.end - inside.start > p.name_zh.length;
          if (!shadowed) problems.push(`${p.id} ${u.id}@${at}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('counts what the build prints', () => {
    const stats = mentionStats(index, features);
    expect(stats.features).toBe(features.length);
    expect(stats.linkedFeatures + stats.unlinked.length).toBe(features.length);
    const total = Object.values(index).reduce((n, list) => n + list.length, 0);
    expect(stats.byVia.name + stats.byVia.alias + stats.byVia.group).toBe(total);
    for (const id of stats.unlinked) expect(index[id]).toEqual([]);
  });
});
