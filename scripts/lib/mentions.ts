// The mention index, computed at build time: for every curated place, every passage of the plan that names it.
// Click a place → the clauses that name it; click a clause → the places it names. No link is written by hand: each
// comes from one of the explicit rules below, and each rule is tested (tests/unit/mentions.test.ts).
//
// How a unit's text is read (once, left to right):
//  1. At each position the candidates are every feature's name_zh and aliases, every term of CONTEXT_RULES and
//     every term of GROUP_TERMS. The longest candidate wins, and the scan goes on after it: a name inside a longer
//     matched name belongs to the longer one (吴淞创新城 is not 新城, 北外滩 is not 外滩, 长宁老虹桥 is not 虹桥).
//  2. A term of CONTEXT_RULES (an ambiguous short name: 虹桥, 张江, 临港…) is decided by its rules only, tried in
//     order: the first that applies says which place(s) it means, or that it means none. It is never read as a
//     feature's name, even when a feature has that name (张江 is the sub-centre's name_zh, but also the science
//     city's short form). A term no rule applies to is not a mention.
//  3. A term of GROUP_TERMS (五大新城, 一江一河, 两翼…) is a group mention of every member, `via: 'group'`, the text
//     being the group term. Members are read from the features' `groups` (and kinds), never from id lists.
//  4. A feature's name or alias is a mention of that feature (`via: 'name'` / `'alias'`); a string that is the name
//     of several features mentions each. A name joining places with hyphens (外滩-陆家嘴-北外滩) also mentions, as
//     a group, each part that is itself a feature's name (HYPHEN_PARTS).
// Offsets are UTF-16 code units into the unit's `text`, end exclusive. Every kind of unit is read (chapter intro
// `10`, section intro `10.1`, clause `10.1.1`). Distinct matches never overlap; one match may mention several
// features (a group, a compound), each recorded with the same span.

import type { ClauseUnit, PlaceProperties, Theme } from '../../src/data/types';

export type Via = 'name' | 'alias' | 'group';

export interface Mention {
  /** The unit's id: `10`, `10.1`, `10.1.1`. */
  clause: string;
  via: Via;
  /** The plan's words: `unit.text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

/** Feature id → its mentions in document order (every feature has an entry, possibly empty). */
export type MentionIndex = Record<string, Mention[]>;

/** What the index needs of a feature (a PlaceFeature has it). */
export interface PlaceFeatureLike {
  properties: Pick<PlaceProperties, 'id' | 'name_zh' | 'aliases' | 'kind' | 'theme' | 'groups'>;
}

/**
 * Which feature(s) a rule means: every condition given must hold. Rules name places by what they are (kind, group,
 * theme, part of the name) rather than by id, so that they survive a renamed id; a rule that finds no feature is
 * reported by `findMatches` (`unresolved`).
 */
export interface Selector {
  id?: string;
  /** Exactly the name_zh or one of the aliases. */
  name?: string;
  /** Part of the name_zh or of an alias. */
  nameIncludes?: string;
  group?: string;
  kind?: string;
  theme?: Theme;
}

/** What a context rule decides: the place(s) meant, NOT_A_PLACE, or null when the rule does not apply. */
export type RuleResult = Selector | readonly Selector[];

/** An explicit decision that this occurrence names none of the curated places. */
export const NOT_A_PLACE: readonly Selector[] = Object.freeze([]);

export interface ContextRule {
  /** The ambiguous short name. */
  term: string;
  /** `before`/`after`: the unit's text before and after the term; `clauseId`: the unit's id. */
  when: (before: string, after: string, clauseId: string) => RuleResult | null;
  why: string;
}

export interface GroupTerm {
  term: string;
  /** Members are the features in any of these groups … */
  groups: readonly string[];
  /** … that are also in this group (when given) … */
  alsoIn?: string;
  /** … and of one of these kinds (when given). */
  kinds?: readonly string[];
  why: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Context helpers

const HAN_LIST_ITEM = String.raw`[、和及与][\p{Script=Han}\-]{1,6}?`;

/** `after` goes on with a list of further short names (`、川沙`, `和闵行`, `、江湾-五角场`…), then `tail`. */
function listThen(after: string, tail: string): boolean {
  return new RegExp(`^(?:${HAN_LIST_ITEM})*(?:${tail})`, 'u').test(after);
}

/** The current sentence up to the term: `before` after its last `。`, `;` or `;`. */
function sentence(before: string): string {
  return before.slice(
    Math.max(before.lastIndexOf('。'), before.lastIndexOf(';'), before.lastIndexOf(';')) + 1,
  );
}

const inSection = (clauseId: string, section: string) =>
  clauseId === section || clauseId.startsWith(`${section}.`);

/** The place named just before, whose name ends here (嘉定|新城, 川沙|副中心): the term is the end of that name. */
const endsName = (before: string, names: readonly string[]) => names.some((n) => before.endsWith(n));

const NEW_TOWN_PREFIXES = ['嘉定', '青浦', '松江', '奉贤', '南汇'] as const;
const MAIN_CITY_AREA_PREFIXES = ['虹桥', '宝山', '闵行', '川沙'] as const;
const SUB_CENTRE_PREFIXES = ['莘庄', '川沙'] as const;

const hub = (name: string): Selector => ({ kind: 'hub', nameIncludes: name });
const mainCityArea = (name: string): Selector => ({ kind: 'main-city-area', nameIncludes: name });
const subCentre = (name: string): Selector => ({ group: 'sub-centres', nameIncludes: name });
const newTown = (name: string): Selector => ({ kind: 'new-town', nameIncludes: name });
const waterPlant = (name: string): Selector => ({ kind: 'water-plant', nameIncludes: name });
const LINGANG_SPECIAL_AREA: Selector = { kind: 'special-area', nameIncludes: '临港' };
const ZHANGJIANG_SCIENCE_CITY: Selector = { kind: 'science-city', nameIncludes: '张江' };
const HONGQIAO_CBD: Selector = { kind: 'business-district', nameIncludes: '虹桥' };
const DEMO_ZONE: Selector = { kind: 'demonstration-zone' };
const WUSONG_INNOVATION_CITY: Selector = { kind: 'transformation-area', nameIncludes: '吴淞' };
const district = (name: string): Selector => ({ theme: 'north-south', kind: 'district', nameIncludes: name });
const CHONGMING_ECO_ISLAND: Selector = { theme: 'chongming', kind: 'district' };

/** `X` + 新城 when the new town's full name is not a feature name: the new town (a fallback). */
const newTownFallback = (x: (typeof NEW_TOWN_PREFIXES)[number]): ContextRule => ({
  term: x,
  when: (_b, a) => (a.startsWith('新城') ? newTown(x) : null),
  why: `${x}新城 is the ${x} new town (read here only if no feature carries the full name)`,
});

// ---------------------------------------------------------------------------------------------------------------
// The rules

/**
 * Ambiguous short names, decided by what precedes/follows them. Rows of one term are tried in order; the last row
 * of each term is its default (not a mention), with the real occurrences it covers.
 */
export const CONTEXT_RULES: readonly ContextRule[] = [
  // 虹桥: the hub, the CBD, the main-city area, the water plant, the airport, 虹桥智谷, 新虹桥, 老虹桥 …
  {
    term: '虹桥',
    when: (_b, a) => (/^(?:综合交通)?枢纽/.test(a) ? hub('虹桥') : null),
    why: '虹桥枢纽 is the Hongqiao transport hub',
  },
  {
    term: '虹桥',
    when: (_b, a) => (/^、?浦东(?:两大)?枢纽/.test(a) ? hub('虹桥') : null),
    why: 'in 虹桥、浦东两大枢纽 the bare 虹桥 is the Hongqiao hub, one of the two hubs',
  },
  {
    term: '虹桥',
    when: (_b, a) => (/^(?:商务区|国际开放枢纽核心承载区)/.test(a) ? HONGQIAO_CBD : null),
    why: '虹桥商务区 is the Hongqiao CBD, which is also the core area of the Hongqiao international open hub',
  },
  {
    term: '虹桥',
    when: (_b, a) => (listThen(a, '(?:[两三四五]个)?主城片区') ? mainCityArea('虹桥') : null),
    why: '虹桥 in a list of main-city areas (虹桥、川沙主城片区; 川沙、宝山、虹桥、闵行四个主城片区) is the Hongqiao main-city area',
  },
  {
    term: '虹桥',
    when: (_b, a) => (listThen(a, '等?水厂') ? waterPlant('虹桥') : null),
    why: '虹桥 in a list of waterworks (建设临港、虹桥等水厂) is the Hongqiao water plant',
  },
  {
    term: '虹桥',
    when: () => NOT_A_PLACE,
    why: 'otherwise 虹桥 names no single place (hub, CBD, main-city area, airport, water plant all share it)',
  },

  // 张江: the sub-centre, the science city, the hi-tech park
  {
    term: '张江',
    when: (_b, a) => (listThen(a, '等?(?:城市)?副中心') ? subCentre('张江') : null),
    why: '张江 in the list of sub-centres (真如、江湾-五角场、张江、金桥等副中心) is the Zhangjiang sub-centre',
  },
  {
    term: '张江',
    when: (_b, a) => (a.startsWith('科学城') ? ZHANGJIANG_SCIENCE_CITY : null),
    why: '张江科学城 is the Zhangjiang Science City',
  },
  {
    term: '张江',
    when: (b) => (/张江科学城:[^:]*$/.test(b) ? ZHANGJIANG_SCIENCE_CITY : null),
    why: 'in the paragraph headed 张江科学城: the bare 张江 (张江“园区”向“城区”转变) is the science city',
  },
  {
    term: '张江',
    when: (_b, a) => (listThen(a, '等重点地区') ? ZHANGJIANG_SCIENCE_CITY : null),
    why: '张江 among the key areas (临港、张江等重点地区) is the science city, the east wing’s core with 临港',
  },
  {
    term: '张江',
    when: (_b, a) => (a.startsWith('高科') ? { kind: 'innovation-park', nameIncludes: '张江' } : null),
    why: '张江高科 is the Zhangjiang Hi-Tech Park, one of the innovation parks of 10.1.3',
  },
  {
    term: '张江',
    when: () => NOT_A_PLACE,
    why: 'otherwise 张江 is not decided: sub-centre, science city and park share the name',
  },

  // 临港: the special area, the water plant
  {
    term: '临港',
    when: (_b, a) => (a.startsWith('新片区') ? LINGANG_SPECIAL_AREA : null),
    why: '临港新片区 is the Lingang Special Area',
  },
  {
    term: '临港',
    when: (_b, a) => (listThen(a, '等?水厂') ? waterPlant('临港') : null),
    why: '临港 in a list of waterworks (建设临港、虹桥等水厂) is the Lingang water plant',
  },
  {
    term: '临港',
    when: (_b, a) => (listThen(a, '等重点地区|的联动') ? LINGANG_SPECIAL_AREA : null),
    why: '临港 as an area linked with others (临港、张江等重点地区; 与临港和金山的联动发展) is the special area',
  },
  {
    term: '临港',
    when: () => NOT_A_PLACE,
    why: 'otherwise 临港 is not decided (special area, new town, water plant)',
  },

  // 宝山: the main-city area, the northern transformation district, the station
  {
    term: '宝山',
    when: (_b, a) => (listThen(a, '(?:[两三四五]个)?主城片区|片区') ? mainCityArea('宝山') : null),
    why: '宝山 with 主城片区/片区 (宝山和闵行片区; 川沙、宝山、虹桥、闵行四个主城片区) is the Baoshan main-city area',
  },
  {
    term: '宝山',
    when: (_b, a) => (a.startsWith('(新杨行)站') ? { kind: 'station', nameIncludes: '宝山' } : null),
    why: '宝山(新杨行)站 is the station',
  },
  {
    term: '宝山',
    when: (_b, _a, c) => (inSection(c, '10.4') ? district('宝山') : null),
    why: 'in 10.4 (南北转型) the bare 宝山 is the district in transformation (为宝山转型注入新动力, 使宝山成为…)',
  },
  {
    term: '宝山',
    when: () => NOT_A_PLACE,
    why: 'otherwise 宝山 names a district’s facility (老港、海滨、宝山、闵行…等一批生活垃圾末端处理设施, 13.2.3)',
  },

  // 崇明: the eco-island, the island, the metro line, the district's plants
  {
    term: '崇明',
    when: (_b, a) => (a.startsWith('岛') ? { kind: 'island', nameIncludes: '崇明' } : null),
    why: '崇明岛 is Chongming Island',
  },
  {
    term: '崇明',
    when: (_b, a) => (a.startsWith('世界级生态岛') ? CHONGMING_ECO_ISLAND : null),
    why: '崇明世界级生态岛 is the world-class eco-island (the Chongming district)',
  },
  {
    term: '崇明',
    when: (_b, a) => (a.startsWith('线') ? { kind: 'metro-line', nameIncludes: '崇明' } : null),
    why: '崇明线 is the Chongming metro line',
  },
  {
    term: '崇明',
    when: (_b, _a, c) => (inSection(c, '10.5') ? CHONGMING_ECO_ISLAND : null),
    why: 'in 10.5 (the eco-island) the bare 崇明 (崇明农产品) is the eco-island district',
  },
  {
    term: '崇明',
    when: () => NOT_A_PLACE,
    why: 'otherwise 崇明 names the district’s plants in lists of districts (13.2.1, 13.2.3)',
  },

  // 金山: the southern transformation district, its industrial area, its plants
  {
    term: '金山',
    when: (_b, a) => (a.startsWith('第二工业区') ? { kind: 'industrial-area', nameIncludes: '金山' } : null),
    why: '金山第二工业区 is the Jinshan No. 2 Industrial Zone',
  },
  {
    term: '金山',
    when: (_b, _a, c) => (inSection(c, '10.4') ? district('金山') : null),
    why: 'in 10.4 (南北转型) the bare 金山 is the district in transformation (推动金山整体转型, 使金山成为…)',
  },
  {
    term: '金山',
    when: (_b, a) => (a.startsWith('的联动') ? district('金山') : null),
    why: '金山 as a partner area (促进与临港和金山的联动发展) is the Jinshan district',
  },
  {
    term: '金山',
    when: () => NOT_A_PLACE,
    why: 'otherwise 金山 names a district’s facility (…闵行、金山、奉贤…等一批生活垃圾末端处理设施, 13.2.3)',
  },

  // 闵行: the main-city area, the logistics base, the power base, the plants
  {
    term: '闵行',
    when: (_b, a) => (listThen(a, '(?:[两三四五]个)?主城片区|片区') ? mainCityArea('闵行') : null),
    why: '闵行 with 主城片区 (川沙、宝山、虹桥、闵行四个主城片区) is the Minhang main-city area',
  },
  {
    term: '闵行',
    when: (_b, a) =>
      listThen(a, '两个铁路物流基地|铁路物流基地') ? { kind: 'logistics-base', nameIncludes: '闵行' } : null,
    why: '闵行 in 徐行、闵行两个铁路物流基地 is the Minhang rail logistics base',
  },
  {
    term: '闵行',
    when: () => NOT_A_PLACE,
    why: 'otherwise 闵行 names a district’s facility (13.2.3); 吴泾-闵行-奉贤基地 is a name of its own',
  },

  // 川沙: the sub-centre, the main-city area
  {
    term: '川沙',
    when: (_b, a) => (a.startsWith('副中心') ? subCentre('川沙') : null),
    why: '川沙副中心 is the Chuansha sub-centre',
  },
  {
    term: '川沙',
    when: (_b, a) => (listThen(a, '(?:[两三四五]个)?主城片区') ? mainCityArea('川沙') : null),
    why: '川沙 in a list of main-city areas (川沙、宝山、虹桥、闵行四个主城片区) is the Chuansha main-city area',
  },
  {
    term: '川沙',
    when: () => NOT_A_PLACE,
    why: 'otherwise 川沙 is not decided (sub-centre or main-city area)',
  },

  // 吴淞: the innovation city, the river
  {
    term: '吴淞',
    when: (_b, a) => (/^(?:创新城|地区)/.test(a) ? WUSONG_INNOVATION_CITY : null),
    why: '吴淞创新城 / 吴淞地区 is the Wusong innovation city',
  },
  {
    term: '吴淞',
    when: (_b, a) => (a.startsWith('科创功能集聚区') ? WUSONG_INNOVATION_CITY : null),
    why: '吴淞科创功能集聚区 (依托南大、吴淞科创功能集聚区) is the Wusong innovation city',
  },
  {
    term: '吴淞',
    when: (_b, a) => (a.startsWith('江') ? { kind: 'river', nameIncludes: '吴淞江' } : null),
    why: '吴淞江 is the Wusong River',
  },
  {
    term: '吴淞',
    when: () => NOT_A_PLACE,
    why: 'otherwise 吴淞 is not decided',
  },

  // 吴泾: the transformation area, the power base
  {
    term: '吴泾',
    when: (_b, a) => (listThen(a, '地区') ? { kind: 'transformation-area', nameIncludes: '吴泾' } : null),
    why: '吴泾地区 (研究谋划高桥、吴泾地区功能定位) is the Wujing transformation area',
  },
  {
    term: '吴泾',
    when: (_b, a) => (a.startsWith('煤电') ? { kind: 'power-base', nameIncludes: '吴泾' } : null),
    why: '吴泾煤电 is the Wujing coal power plant, a unit of the 吴泾-闵行-奉贤 power base being converted to gas',
  },
  {
    term: '吴泾',
    when: () => NOT_A_PLACE,
    why: 'otherwise 吴泾 is not decided (area or power plant)',
  },

  // 浦东: the hub, the district
  {
    term: '浦东',
    when: (_b, a) => (/^(?:综合交通)?枢纽/.test(a) ? hub('浦东') : null),
    why: '浦东枢纽 / 浦东综合交通枢纽 is the Pudong hub',
  },
  {
    term: '浦东',
    when: (b, a) => (/虹桥、?$/.test(b) && /^(?:两大)?枢纽/.test(a) ? hub('浦东') : null),
    why: 'in 虹桥、浦东两大枢纽 the bare 浦东 is the Pudong hub, one of the two hubs',
  },
  {
    term: '浦东',
    when: () => NOT_A_PLACE,
    why: 'otherwise 浦东 is the district (浦东南片, 浦东、嘉定、青浦等区污泥…, 13.2.1), not a curated place',
  },

  // The new towns' districts: 嘉定, 青浦, 松江, 奉贤, 南汇
  newTownFallback('嘉定'),
  newTownFallback('青浦'),
  newTownFallback('松江'),
  newTownFallback('奉贤'),
  newTownFallback('南汇'),
  {
    term: '松江',
    when: (_b, a) => (a.startsWith('枢纽') ? hub('松江') : null),
    why: '松江枢纽 is the Songjiang hub',
  },
  ...NEW_TOWN_PREFIXES.map((x): ContextRule => ({
    term: x,
    when: () => NOT_A_PLACE,
    why: `otherwise ${x} is the district, named for its plants in lists of districts (13.2.1, 13.2.3)`,
  })),

  // 新城 in a new town's own paragraph
  {
    term: '新城',
    when: (b) => {
      if (/(?:其他|各)$/.test(b)) return null;
      const heads = [...b.matchAll(/(\p{Script=Han}{2})新城:/gu)];
      const x = heads.at(-1)?.[1];
      return x !== undefined && (NEW_TOWN_PREFIXES as readonly string[]).includes(x) ? newTown(x) : null;
    },
    why: 'in the paragraph headed X新城: the bare 新城 is that new town (青浦: 打造新城综合交通节点; 松江: 启动新城内环城快速路); 其他新城 stays a group',
  },
  {
    term: '新城',
    when: (b) => (endsName(b, [...NEW_TOWN_PREFIXES, '吴淞创']) ? NOT_A_PLACE : null),
    why: '新城 right after 嘉定, 吴淞创… ends that name (嘉定新城, 吴淞创新城): not the new towns',
  },

  // 副中心 / 城市副中心 / 主城片区 right after a place: the end of that place's name
  ...(['副中心', '城市副中心'] as const).map((term): ContextRule => ({
    term,
    when: (b) => (endsName(b, SUB_CENTRE_PREFIXES) ? NOT_A_PLACE : null),
    why: `${term} after 莘庄/川沙 ends that sub-centre’s name, read with it`,
  })),
  {
    term: '主城片区',
    when: (b) => (endsName(b, MAIN_CITY_AREA_PREFIXES) ? NOT_A_PLACE : null),
    why: '主城片区 after 虹桥/宝山/闵行/川沙 ends that area’s name, read with it',
  },

  // Names shared by two features, and phrases naming two
  {
    term: '先行启动区',
    when: (b) => (/示范区/.test(sentence(b)) ? { theme: 'west-wing', name: '先行启动区' } : null),
    why: 'in a sentence on the demonstration zone (长三角一体化示范区:聚焦先行启动区) it is the zone’s start-up area',
  },
  {
    term: '先行启动区',
    when: (b) => (/吴淞|宝山/.test(sentence(b)) ? { theme: 'centre', name: '先行启动区' } : null),
    why: 'in a sentence on Wusong/Baoshan (以吴淞创新城为抓手…聚焦先行启动区) it is the Wusong start-up area',
  },
  {
    term: '先行启动区',
    when: () => NOT_A_PLACE,
    why: 'otherwise 先行启动区 is not decided (two places have that name)',
  },
  {
    term: '嘉闵线及北延伸',
    when: () => [{ name: '嘉闵线' }, { name: '嘉闵线北延伸' }],
    why: '嘉闵线及北延伸 names the Jiamin line and its northern extension',
  },
  {
    term: '中外环',
    when: () => [{ name: '中环' }, { name: '外环' }],
    why: '中外环(区域) is 中环 and 外环 (the belt between them): it names both rings',
  },

  // Generic words that refer back to a place just named
  {
    term: '枢纽',
    when: (b) => {
      const hubName = /(\p{Script=Han}{2})枢纽[^。;;]*依托$/u.exec(b)?.[1];
      return hubName === undefined ? null : hub(hubName);
    },
    why: '依托枢纽 right after the sentence named X枢纽 (以松江枢纽为核心…,依托枢纽、高铁) is that hub',
  },
  {
    term: '枢纽',
    when: () => NOT_A_PLACE,
    why: 'otherwise 枢纽 is generic (交通枢纽, 枢纽节点, 国际开放枢纽功能, 枢纽型)',
  },
  {
    term: '科学城',
    when: (b) => (b.includes('张江科学城') ? ZHANGJIANG_SCIENCE_CITY : null),
    why: 'the bare 科学城 after 张江科学城 in the same unit (实施科学城扩围, 科学城北区) is the science city',
  },
  {
    term: '科学城',
    when: () => NOT_A_PLACE,
    why: 'otherwise 科学城 is not decided',
  },

  // 示范区: the Yangtze Delta demonstration zone, or a programme's "demonstration zone"
  {
    term: '示范区',
    when: (b) => (/长三角(?:生态绿色)?一体化(?:发展)?$/.test(b) ? DEMO_ZONE : null),
    why: '示范区 after 长三角(生态绿色)一体化(发展) is the Yangtze River Delta demonstration zone',
  },
  {
    term: '示范区',
    when: () => NOT_A_PLACE,
    why: 'otherwise 示范区 is a programme’s (首发地示范区, 进口贸易促进创新示范区, “两两合作”示范区, 改造示范区, 饮用水示范区, 精细化管理示范区)',
  },
];

/** Group terms: a mention of every member, `via: 'group'`. */
export const GROUP_TERMS: readonly GroupTerm[] = [
  {
    term: '五大新城',
    groups: ['five-new-towns'],
    kinds: ['new-town'],
    why: 'the five new towns',
  },
  {
    term: '五个新城',
    groups: ['five-new-towns'],
    kinds: ['new-town'],
    why: 'the five new towns',
  },
  {
    term: '新城',
    groups: ['five-new-towns'],
    kinds: ['new-town'],
    why: '新城 standing alone (新城发力, 新城建设, 各新城, 其他新城) is the new towns as a group',
  },
  {
    term: '一江一河',
    groups: ['one-river-one-creek'],
    kinds: ['river'],
    why: '一江一河 is the Huangpu River and Suzhou Creek (the riverside places are linked where named)',
  },
  {
    term: '两翼',
    groups: ['east-wing', 'west-wing'],
    alsoIn: 'two-wings',
    why: '两翼 (两翼齐飞) is the two wings: their cores 临港新片区, 张江科学城, 虹桥商务区 and the demonstration zone',
  },
  {
    term: '东部开放创新功能板块',
    groups: ['east-wing'],
    alsoIn: 'two-wings',
    why: 'the eastern sector: the east wing’s cores',
  },
  {
    term: '东部开放创新板块',
    groups: ['east-wing'],
    alsoIn: 'two-wings',
    why: 'the eastern sector: the east wing’s cores',
  },
  {
    term: '西部绿色开放板块',
    groups: ['west-wing'],
    alsoIn: 'two-wings',
    why: 'the western sector: the west wing’s cores',
  },
  {
    term: '三岛',
    groups: ['three-islands'],
    kinds: ['island'],
    why: '三岛 (三岛联动) is Chongming, Changxing and Hengsha islands',
  },
  {
    term: '四个主城片区',
    groups: ['main-city-areas'],
    kinds: ['main-city-area'],
    why: 'the four main-city areas',
  },
  {
    term: '主城片区',
    groups: ['main-city-areas'],
    kinds: ['main-city-area'],
    why: '主城片区 standing alone (引导主城片区分类发展) is the main-city areas as a group',
  },
  {
    term: '两大枢纽',
    groups: ['two-hubs'],
    kinds: ['hub'],
    why: 'the two hubs, Hongqiao and Pudong',
  },
  {
    term: '虹桥浦东两大枢纽',
    groups: ['two-hubs'],
    kinds: ['hub'],
    why: 'the two hubs, Hongqiao and Pudong',
  },
  {
    term: '副中心',
    groups: ['sub-centres'],
    why: '副中心 standing alone (等副中心, 各副中心间) is the sub-centres as a group',
  },
  {
    term: '城市副中心',
    groups: ['sub-centres'],
    why: '城市副中心 standing alone (提升城市副中心服务功能) is the sub-centres as a group',
  },
  {
    term: '南北转型',
    groups: ['north-south-transformation'],
    kinds: ['district'],
    why: '南北转型 is the transformation of Jinshan (south) and Baoshan (north)',
  },
];

/**
 * A name joining places with hyphens (外滩-陆家嘴-北外滩, 青草沙-陈行原水系统连通, 黄浦江-大治河) also mentions,
 * as a group, each part that is a feature's name or alias: a whole part, or a name the last part starts with
 * (陈行|原水系统连通). Ambiguous short names (CONTEXT_RULES terms) are never read this way.
 */
export const HYPHEN_PARTS = {
  separator: '-',
  why: 'a hyphenated name names each of its parts',
} as const;

// ---------------------------------------------------------------------------------------------------------------
// The scan

export type Reading = 'name' | 'rule' | 'group' | 'not-a-place' | 'undecided';

/** One matched term: what the scan read at a position, for the index, the tests and the report. */
export interface Match {
  clause: string;
  start: number;
  end: number;
  text: string;
  reading: Reading;
  /** The rule or group term that decided it (for rule, group and not-a-place readings). */
  rule?: ContextRule | GroupTerm;
  links: { id: string; via: Via }[];
  /** Selectors of the deciding rule that found no feature. */
  unresolved?: Selector[];
}

interface TermEntry {
  rules: ContextRule[];
  groups: GroupTerm[];
  names: { id: string; via: Via }[];
}

const namesOf = (f: PlaceFeatureLike) => [f.properties.name_zh, ...f.properties.aliases];

export function selectFeatures(features: readonly PlaceFeatureLike[], s: Selector): PlaceFeatureLike[] {
  return features.filter(({ properties: p }) => {
    if (s.id !== undefined && p.id !== s.id) return false;
    if (s.kind !== undefined && p.kind !== s.kind) return false;
    if (s.theme !== undefined && p.theme !== s.theme) return false;
    if (s.group !== undefined && !p.groups.includes(s.group)) return false;
    if (s.name !== undefined && !namesOf({ properties: p }).includes(s.name)) return false;
    if (s.nameIncludes !== undefined && !namesOf({ properties: p }).some((n) => n.includes(s.nameIncludes!)))
      return false;
    return true;
  });
}

export function groupMembers(features: readonly PlaceFeatureLike[], g: GroupTerm): PlaceFeatureLike[] {
  return features.filter(
    ({ properties: p }) =>
      g.groups.some((x) => p.groups.includes(x)) &&
      (g.alsoIn === undefined || p.groups.includes(g.alsoIn)) &&
      (g.kinds === undefined || g.kinds.includes(p.kind)),
  );
}

function buildTerms(features: readonly PlaceFeatureLike[]): Map<string, TermEntry> {
  const terms = new Map<string, TermEntry>();
  const entry = (t: string) => {
    let e = terms.get(t);
    if (!e) terms.set(t, (e = { rules: [], groups: [], names: [] }));
    return e;
  };
  for (const r of CONTEXT_RULES) entry(r.term).rules.push(r);
  for (const g of GROUP_TERMS) entry(g.term).groups.push(g);
  for (const { properties: p } of features) {
    const own = new Set<string>();
    for (const [k, n] of namesOf({ properties: p }).entries()) {
      if (n === '' || own.has(n)) continue;
      own.add(n);
      entry(n).names.push({ id: p.id, via: k === 0 ? 'name' : 'alias' });
    }
  }
  return terms;
}

/** Terms by their first UTF-16 unit, longest first. */
function byFirstUnit(terms: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of terms) {
    const k = t[0]!;
    const list = out.get(k) ?? [];
    list.push(t);
    out.set(k, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return out;
}

/** Every term matched in the units, in document order, with how it was read. */
export function findMatches(units: readonly ClauseUnit[], features: readonly PlaceFeatureLike[]): Match[] {
  const terms = buildTerms(features);
  const index = byFirstUnit(terms.keys());
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  const isRuleTerm = (t: string) => {
    const e = terms.get(t);
    return e !== undefined && (e.rules.length > 0 || e.groups.length > 0);
  };
  const plainNames = (t: string) => (isRuleTerm(t) ? [] : (terms.get(t)?.names ?? []));

  const hyphenParts = (text: string, own: ReadonlySet<string>): string[] => {
    const parts = text.split(HYPHEN_PARTS.separator);
    if (parts.length < 2) return [];
    const ids: string[] = [];
    parts.forEach((part, k) => {
      let found = plainNames(part);
      if (found.length === 0 && k === parts.length - 1) {
        const prefix = (index.get(part[0] ?? '') ?? []).find(
          (t) => t.length < part.length && part.startsWith(t) && plainNames(t).length > 0,
        );
        if (prefix !== undefined) found = plainNames(prefix);
      }
      for (const n of found) if (!own.has(n.id)) ids.push(n.id);
    });
    return ids;
  };

  const matches: Match[] = [];
  for (const unit of units) {
    const text = unit.text;
    let i = 0;
    while (i < text.length) {
      const term = (index.get(text[i]!) ?? []).find((t) => text.startsWith(t, i));
      if (term === undefined) {
        i++;
        continue;
      }
      const e = terms.get(term)!;
      const before = text.slice(0, i);
      const after = text.slice(i + term.length);
      const m: Match = {
        clause: unit.id,
        start: i,
        end: i + term.length,
        text: term,
        reading: 'undecided',
        links: [],
      };
      const link = (id: string, via: Via) => {
        if (!m.links.some((l) => l.id === id)) m.links.push({ id, via });
      };
      if (e.rules.length > 0 || e.groups.length > 0) {
        let decided = false;
        for (const rule of e.rules) {
          const result = rule.when(before, after, unit.id);
          if (result === null) continue;
          decided = true;
          m.rule = rule;
          const selectors: readonly Selector[] = Array.isArray(result) ? result : [result as Selector];
          m.reading = selectors.length === 0 ? 'not-a-place' : 'rule';
          for (const s of selectors) {
            const found = selectFeatures(features, s);
            if (found.length === 0) (m.unresolved ??= []).push(s);
            for (const f of found) link(f.properties.id, f.properties.name_zh === term ? 'name' : 'alias');
          }
          break;
        }
        if (!decided) {
          const g = e.groups[0];
          if (g !== undefined) {
            m.reading = 'group';
            m.rule = g;
            const members = groupMembers(features, g);
            if (members.length === 0) m.unresolved = [{ group: g.groups.join('|') }];
            for (const f of members) link(f.properties.id, 'group');
          }
        }
      } else {
        m.reading = 'name';
        for (const n of e.names) link(n.id, n.via);
        const own = new Set(e.names.map((n) => n.id));
        for (const id of hyphenParts(term, own)) if (byId.has(id)) link(id, 'group');
      }
      matches.push(m);
      i += term.length;
    }
  }
  return matches;
}

/** The mention index: every feature id → its mentions in document order. */
export function computeMentions(
  units: readonly ClauseUnit[],
  features: readonly PlaceFeatureLike[],
): MentionIndex {
  const index: MentionIndex = {};
  for (const f of features) index[f.properties.id] ??= [];
  for (const m of findMatches(units, features)) {
    for (const l of m.links) {
      index[l.id]?.push({ clause: m.clause, via: l.via, text: m.text, start: m.start, end: m.end });
    }
  }
  return index;
}

export interface MentionStats {
  features: number;
  /** Features with at least one mention. */
  linkedFeatures: number;
  /** Mentions by how they were found. */
  byVia: Record<Via, number>;
  /** Ids of the features no passage mentions. */
  unlinked: string[];
}

export function mentionStats(index: MentionIndex, features: readonly PlaceFeatureLike[]): MentionStats {
  const byVia: Record<Via, number> = { name: 0, alias: 0, group: 0 };
  const unlinked: string[] = [];
  for (const { properties: p } of features) {
    const list = index[p.id] ?? [];
    if (list.length === 0) unlinked.push(p.id);
    for (const m of list) byVia[m.via]++;
  }
  return { features: features.length, linkedFeatures: features.length - unlinked.length, byVia, unlinked };
}
