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
import type { Mention, MentionIndex, Via } from '../../src/data/mentions';

// The shapes of data/mentions.json are the app's (src/data/mentions.ts): one definition for both sides.
export type { Mention, MentionIndex, Via };

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
// Context helpers: each makes a rule's `when` from one test of the context

type When = ContextRule['when'];

const LIST_ITEM = String.raw`[、和及与][\p{Script=Han}\-]{1,6}?`;

/** `after` goes on with a list of further short names (`、川沙`, `和闵行`, `、江湾-五角场`…), then `tail`. */
function listThen(after: string, tail: string): boolean {
  return new RegExp(`^(?:${LIST_ITEM})*(?:${tail})`, 'u').test(after);
}

/** The sentence so far: `before` after its last `。` or `;`. */
function sentenceSoFar(before: string): string {
  return before.slice(
    Math.max(before.lastIndexOf('。'), before.lastIndexOf(';'), before.lastIndexOf(';')) + 1,
  );
}

/** The term is followed by `re`. */
const followedBy =
  (re: RegExp, target: RuleResult): When =>
  (_b, a) =>
    re.test(a) ? target : null;
/** The term ends a list of short names that goes on to `tail` (a regex source): 临港、虹桥等水厂. */
const listedBefore =
  (tail: string, target: RuleResult): When =>
  (_b, a) =>
    listThen(a, tail) ? target : null;
/** The term is preceded by `re` (tested on the unit's text before the term). */
const precededBy =
  (re: RegExp, target: RuleResult): When =>
  (b) =>
    re.test(b) ? target : null;
/** The current sentence, up to the term, matches `re`. */
const inSentenceWith =
  (re: RegExp, target: RuleResult): When =>
  (b) =>
    re.test(sentenceSoFar(b)) ? target : null;
/** The unit is in section `section` (or is it). */
const inSection =
  (section: string, target: RuleResult): When =>
  (_b, _a, c) =>
    c === section || c.startsWith(`${section}.`) ? target : null;
/** Always (a term's default, last). */
const always =
  (target: RuleResult): When =>
  () =>
    target;

/** Right after one of these names: the term is the end of that name (嘉定|新城, 川沙|副中心), read with it. */
const endsNameOf = (names: readonly string[]) => new RegExp(`(?:${names.join('|')})$`);

const NEW_TOWNS = ['嘉定', '青浦', '松江', '奉贤', '南汇'] as const;

// Selectors of the places the rules mean.
const hub = (name: string): Selector => ({ kind: 'hub', nameIncludes: name });
const mainCityArea = (name: string): Selector => ({ kind: 'main-city-area', nameIncludes: name });
const subCentre = (name: string): Selector => ({ group: 'sub-centres', nameIncludes: name });
const newTown = (name: string): Selector => ({ kind: 'new-town', nameIncludes: name });
const waterPlant = (name: string): Selector => ({ kind: 'water-plant', nameIncludes: name });
const district = (name: string): Selector => ({ theme: 'north-south', kind: 'district', nameIncludes: name });
const LINGANG_SPECIAL_AREA: Selector = { kind: 'special-area', nameIncludes: '临港' };
const ZHANGJIANG_SCIENCE_CITY: Selector = { kind: 'science-city', nameIncludes: '张江' };
const HONGQIAO_CBD: Selector = { kind: 'business-district', nameIncludes: '虹桥' };
const DEMO_ZONE: Selector = { kind: 'demonstration-zone' };
const WUSONG_INNOVATION_CITY: Selector = { kind: 'transformation-area', nameIncludes: '吴淞' };
const CHONGMING_ECO_ISLAND: Selector = { theme: 'chongming', kind: 'district' };

/** 新城 in the paragraph headed `X新城:` (10.2.1) is that new town, except 其他新城 / 各新城. */
const ownNewTown: When = (b) => {
  if (/(?:其他|各)$/.test(b)) return null;
  const x = [...b.matchAll(/(\p{Script=Han}{2})新城:/gu)].at(-1)?.[1];
  return x !== undefined && (NEW_TOWNS as readonly string[]).includes(x) ? newTown(x) : null;
};

/** A bare 枢纽 right after `依托`, in a sentence that named `X枢纽`: that hub. */
const hubNamedBefore: When = (b) => {
  const x = /(\p{Script=Han}{2})枢纽[^。;;]*依托$/u.exec(b)?.[1];
  return x === undefined ? null : hub(x);
};

// ---------------------------------------------------------------------------------------------------------------
// The rules

/**
 * Ambiguous short names, decided by what precedes or follows them. The rows of one term are tried in order, the
 * first that applies decides; each term's last row is its default, NOT_A_PLACE, with the real occurrences it
 * leaves unlinked. Rows marked "fallback" decide an occurrence the longest-match reads as a name today (虹桥枢纽,
 * 临港新片区…): they keep it linked if that name changes.
 */
export const CONTEXT_RULES: readonly ContextRule[] = [
  // 虹桥: the hub, the CBD, a main-city area, a water plant; also in 虹桥智谷, 新虹桥, 长宁老虹桥 (names of their own)
  {
    term: '虹桥',
    when: followedBy(/^(?:综合交通)?枢纽/, hub('虹桥')),
    why: '虹桥枢纽 is the Hongqiao hub (fallback)',
  },
  {
    term: '虹桥',
    when: followedBy(/^、?浦东(?:两大)?枢纽/, hub('虹桥')),
    why: 'in 虹桥、浦东两大枢纽 the bare 虹桥 is the Hongqiao hub, one of the two',
  },
  {
    term: '虹桥',
    when: followedBy(/^(?:商务区|国际开放枢纽核心承载区)/, HONGQIAO_CBD),
    why: '虹桥商务区, and 虹桥国际开放枢纽核心承载区 (the hub’s core area), is the Hongqiao CBD (fallback)',
  },
  {
    term: '虹桥',
    when: listedBefore('(?:[两三四五]个)?主城片区', mainCityArea('虹桥')),
    why: '虹桥 with 主城片区, or in a list of them (虹桥、川沙主城片区; 川沙、宝山、虹桥、闵行四个主城片区): the main-city area',
  },
  {
    term: '虹桥',
    when: listedBefore('等?水厂', waterPlant('虹桥')),
    why: '虹桥 in a list of waterworks (建设临港、虹桥等水厂) is the Hongqiao water plant',
  },
  {
    term: '虹桥',
    when: always(NOT_A_PLACE),
    why: 'otherwise the bare 虹桥 names no one place: hub, CBD, main-city area, airport and water plant share it',
  },

  // 张江: the sub-centre (its name_zh), the science city, the hi-tech park
  {
    term: '张江',
    when: listedBefore('等?(?:城市)?副中心', subCentre('张江')),
    why: '张江 in the list of sub-centres (真如、江湾-五角场、张江、金桥等副中心) is the Zhangjiang sub-centre',
  },
  {
    term: '张江',
    when: followedBy(/^科学城/, ZHANGJIANG_SCIENCE_CITY),
    why: '张江科学城 is the Zhangjiang Science City (fallback)',
  },
  {
    term: '张江',
    when: precededBy(/张江科学城:[^:]*$/, ZHANGJIANG_SCIENCE_CITY),
    why: 'in the paragraph headed 张江科学城: the bare 张江 (推动张江“园区”向“城区”转变) is the science city',
  },
  {
    term: '张江',
    when: listedBefore('等重点地区', ZHANGJIANG_SCIENCE_CITY),
    why: '张江 among the key areas (临港、张江等重点地区) is the science city, the east wing’s core with Lingang',
  },
  {
    term: '张江',
    when: followedBy(/^高科/, { kind: 'innovation-park', nameIncludes: '张江' }),
    why: '张江高科 is the Zhangjiang Hi-Tech Park (fallback)',
  },
  {
    term: '张江',
    when: always(NOT_A_PLACE),
    why: 'otherwise 张江 is not decided: sub-centre, science city and park share it',
  },

  // 临港: the special area, the water plant
  {
    term: '临港',
    when: followedBy(/^新片区/, LINGANG_SPECIAL_AREA),
    why: '临港新片区 is the Lingang Special Area (fallback)',
  },
  {
    term: '临港',
    when: listedBefore('等?水厂', waterPlant('临港')),
    why: '临港 in a list of waterworks (建设临港、虹桥等水厂) is the Lingang water plant',
  },
  {
    term: '临港',
    when: listedBefore('等重点地区|的联动', LINGANG_SPECIAL_AREA),
    why: '临港 as an area linked with others (临港、张江等重点地区; 促进与临港和金山的联动发展) is the special area',
  },
  {
    term: '临港',
    when: always(NOT_A_PLACE),
    why: 'otherwise 临港 is not decided: special area, new town and water plant share it',
  },

  // 宝山: the main-city area, the district in transformation, the station
  {
    term: '宝山',
    when: listedBefore('(?:[两三四五]个)?主城片区|片区', mainCityArea('宝山')),
    why: '宝山 with 片区/主城片区 (在宝山和闵行片区; 川沙、宝山、虹桥、闵行四个主城片区) is the Baoshan main-city area',
  },
  {
    term: '宝山',
    when: followedBy(/^\(新杨行\)站/, { kind: 'station', nameIncludes: '宝山' }),
    why: '宝山(新杨行)站 is the station (fallback)',
  },
  {
    term: '宝山',
    when: inSection('10.4', district('宝山')),
    why: 'in 10.4 (南北转型) the bare 宝山 is the district in transformation (为宝山转型注入新动力; 使宝山成为…)',
  },
  {
    term: '宝山',
    when: always(NOT_A_PLACE),
    why: 'otherwise 宝山 names the district’s plant in a list of districts (13.2.3)',
  },

  // 崇明: the eco-island district, the island, the metro line
  {
    term: '崇明',
    when: followedBy(/^岛/, { kind: 'island', nameIncludes: '崇明' }),
    why: '崇明岛 is Chongming Island (fallback)',
  },
  {
    term: '崇明',
    when: followedBy(/^世界级生态岛/, CHONGMING_ECO_ISLAND),
    why: '崇明世界级生态岛 is the eco-island, the Chongming district',
  },
  {
    term: '崇明',
    when: followedBy(/^线/, { kind: 'metro-line', nameIncludes: '崇明' }),
    why: '崇明线 is the Chongming metro line (fallback)',
  },
  {
    term: '崇明',
    when: inSection('10.5', CHONGMING_ECO_ISLAND),
    why: 'in 10.5 (the eco-island) the bare 崇明 (崇明农产品) is the eco-island, the Chongming district',
  },
  {
    term: '崇明',
    when: always(NOT_A_PLACE),
    why: 'otherwise 崇明 names the district’s plants in lists of districts (13.2.1, 13.2.3)',
  },

  // 金山: the district in transformation, its industrial zone
  {
    term: '金山',
    when: followedBy(/^第二工业区/, { kind: 'industrial-area', nameIncludes: '金山' }),
    why: '金山第二工业区 is the Jinshan No. 2 Industrial Zone (fallback)',
  },
  {
    term: '金山',
    when: inSection('10.4', district('金山')),
    why: 'in 10.4 (南北转型) the bare 金山 is the district in transformation (推动金山整体转型; 使金山成为…)',
  },
  {
    term: '金山',
    when: followedBy(/^的联动/, district('金山')),
    why: '金山 as a partner area (促进与临港和金山的联动发展) is the Jinshan district',
  },
  {
    term: '金山',
    when: always(NOT_A_PLACE),
    why: 'otherwise 金山 names the district’s plant in a list of districts (13.2.3)',
  },

  // 闵行: the main-city area, the logistics base
  {
    term: '闵行',
    when: listedBefore('(?:[两三四五]个)?主城片区|片区', mainCityArea('闵行')),
    why: '闵行 with 主城片区 (川沙、宝山、虹桥、闵行四个主城片区) is the Minhang main-city area',
  },
  {
    term: '闵行',
    when: listedBefore('(?:两个)?铁路物流基地', { kind: 'logistics-base', nameIncludes: '闵行' }),
    why: '闵行 in 徐行、闵行两个铁路物流基地 is the Minhang rail logistics base',
  },
  {
    term: '闵行',
    when: always(NOT_A_PLACE),
    why: 'otherwise 闵行 names the district’s plant in a list of districts (13.2.3)',
  },

  // 川沙: the sub-centre, the main-city area
  {
    term: '川沙',
    when: followedBy(/^副中心/, subCentre('川沙')),
    why: '川沙副中心 is the Chuansha sub-centre (fallback)',
  },
  {
    term: '川沙',
    when: listedBefore('(?:[两三四五]个)?主城片区', mainCityArea('川沙')),
    why: '川沙 in a list of main-city areas (川沙、宝山、虹桥、闵行四个主城片区) is the Chuansha main-city area',
  },
  {
    term: '川沙',
    when: always(NOT_A_PLACE),
    why: 'otherwise 川沙 is not decided: sub-centre or main-city area',
  },

  // 吴淞: the innovation city, the river
  {
    term: '吴淞',
    when: followedBy(/^(?:创新城|地区)/, WUSONG_INNOVATION_CITY),
    why: '吴淞创新城, 吴淞地区 is the Wusong innovation city (fallback)',
  },
  {
    term: '吴淞',
    when: followedBy(/^科创功能集聚区/, WUSONG_INNOVATION_CITY),
    why: '吴淞 in 依托南大、吴淞科创功能集聚区 is the Wusong innovation city',
  },
  {
    term: '吴淞',
    when: followedBy(/^江/, { kind: 'river', nameIncludes: '吴淞江' }),
    why: '吴淞江 is the Wusong River (fallback)',
  },
  {
    term: '吴淞',
    when: always(NOT_A_PLACE),
    why: 'otherwise 吴淞 is not decided',
  },

  // 吴泾: the transformation area (its name_zh), the power base
  {
    term: '吴泾',
    when: listedBefore('地区', { kind: 'transformation-area', nameIncludes: '吴泾' }),
    why: '吴泾地区 (研究谋划高桥、吴泾地区功能定位) is the Wujing transformation area',
  },
  {
    term: '吴泾',
    when: followedBy(/^煤电/, { kind: 'power-base', nameIncludes: '吴泾' }),
    why: '吴泾煤电 is the Wujing coal power plant, the unit of the 吴泾-闵行-奉贤 power base to be replaced',
  },
  {
    term: '吴泾',
    when: always(NOT_A_PLACE),
    why: 'otherwise 吴泾 is not decided: area or power plant',
  },

  // 浦东: the hub; otherwise the district
  {
    term: '浦东',
    when: followedBy(/^(?:综合交通)?枢纽/, hub('浦东')),
    why: '浦东枢纽, 浦东综合交通枢纽 is the Pudong hub (fallback)',
  },
  {
    term: '浦东',
    when: (b, a) => (/虹桥、?$/.test(b) && /^两大枢纽/.test(a) ? hub('浦东') : null),
    why: 'in 虹桥、浦东两大枢纽 the bare 浦东 is the Pudong hub, one of the two',
  },
  {
    term: '浦东',
    when: always(NOT_A_PLACE),
    why: 'otherwise 浦东 is the district (浦东南片; 浦东、嘉定、青浦等区污泥…, 13.2.1), not a curated place',
  },

  // The new towns' districts 嘉定, 青浦, 松江, 奉贤, 南汇: the new town; otherwise the district
  ...NEW_TOWNS.map((x): ContextRule => ({
    term: x,
    when: followedBy(/^新城/, newTown(x)),
    why: `${x}新城 is the ${x} new town (fallback)`,
  })),
  {
    term: '松江',
    when: followedBy(/^枢纽/, hub('松江')),
    why: '松江枢纽 is the Songjiang hub (fallback)',
  },
  ...NEW_TOWNS.map((x): ContextRule => ({
    term: x,
    when: always(NOT_A_PLACE),
    why: `otherwise ${x} is the district (13.2’s lists of districts’ plants), not a curated place`,
  })),

  // 新城 (else the group, GROUP_TERMS), 副中心, 主城片区 after a place's own name
  {
    term: '新城',
    when: ownNewTown,
    why: 'in the paragraph headed X新城: the bare 新城 is that new town (青浦: 打造新城综合交通节点; 松江: 启动新城内环城快速路)',
  },
  {
    term: '新城',
    when: precededBy(endsNameOf([...NEW_TOWNS, '吴淞创']), NOT_A_PLACE),
    why: '新城 right after 嘉定…, 吴淞创 ends that name (嘉定新城, 吴淞创新城): not the new towns',
  },
  {
    term: '副中心',
    when: precededBy(endsNameOf(['莘庄', '川沙']), NOT_A_PLACE),
    why: '副中心 right after 川沙 ends that sub-centre’s name (川沙副中心): not the sub-centres',
  },
  {
    term: '城市副中心',
    when: precededBy(endsNameOf(['莘庄', '川沙']), NOT_A_PLACE),
    why: '城市副中心 right after 莘庄 ends that sub-centre’s name (莘庄城市副中心): not the sub-centres',
  },
  {
    term: '主城片区',
    when: precededBy(endsNameOf(['虹桥', '宝山', '闵行', '川沙']), NOT_A_PLACE),
    why: '主城片区 right after 虹桥, 宝山, 闵行, 川沙 ends that area’s name: not the main-city areas as a group',
  },

  // A name two features share
  {
    term: '先行启动区',
    when: inSentenceWith(/示范区/, { theme: 'west-wing', name: '先行启动区' }),
    why: 'in a sentence on the demonstration zone (长三角一体化示范区:聚焦先行启动区) it is the zone’s start-up area',
  },
  {
    term: '先行启动区',
    when: inSentenceWith(/吴淞|宝山/, { theme: 'centre', name: '先行启动区' }),
    why: 'in a sentence on Wusong (以吴淞创新城为抓手推进宝山主城片区建设,聚焦先行启动区) it is the Wusong start-up area',
  },
  {
    term: '先行启动区',
    when: always(NOT_A_PLACE),
    why: 'otherwise 先行启动区 is not decided: two places have that name',
  },

  // Phrases that name two places
  {
    term: '嘉闵线及北延伸',
    when: always([{ name: '嘉闵线' }, { name: '嘉闵线北延伸' }]),
    why: '嘉闵线及北延伸 names the Jiamin line and its northern extension',
  },
  {
    term: '中外环',
    when: always([{ name: '中环' }, { name: '外环' }]),
    why: '中外环(区域), the belt between the Middle and Outer Rings, names both rings',
  },

  // Generic words standing for a place just named
  {
    term: '枢纽',
    when: hubNamedBefore,
    why: '依托枢纽 in a sentence that named X枢纽 (以松江枢纽为核心…,依托枢纽、高铁及市域线) is that hub',
  },
  {
    term: '枢纽',
    when: always(NOT_A_PLACE),
    why: 'otherwise 枢纽 is generic (交通枢纽, 枢纽节点, 国际开放枢纽功能, 枢纽型)',
  },
  {
    term: '科学城',
    when: precededBy(/张江科学城/, ZHANGJIANG_SCIENCE_CITY),
    why: 'the bare 科学城 in a unit that named 张江科学城 (实施科学城扩围; 科学城北区) is the science city',
  },
  {
    term: '科学城',
    when: always(NOT_A_PLACE),
    why: 'otherwise 科学城 is not decided',
  },

  // 示范区: the Yangtze River Delta demonstration zone, or a programme's "demonstration zone"
  {
    term: '示范区',
    when: precededBy(/长三角(?:生态绿色)?一体化(?:发展)?$/, DEMO_ZONE),
    why: '示范区 after 长三角(生态绿色)一体化(发展) is the Yangtze River Delta demonstration zone (fallback)',
  },
  {
    term: '示范区',
    when: always(NOT_A_PLACE),
    why: 'otherwise 示范区 is a programme’s (首发地示范区, 进口贸易促进创新示范区, “两两合作”示范区, 城市更新改造示范区, 饮用水示范区, 精细化管理示范区)',
  },
];

/** Group terms: a mention of every member, `via: 'group'` (after the context rules of the same term, if any). */
export const GROUP_TERMS: readonly GroupTerm[] = [
  { term: '五大新城', groups: ['five-new-towns'], kinds: ['new-town'], why: 'the five new towns' },
  { term: '五个新城', groups: ['five-new-towns'], kinds: ['new-town'], why: 'the five new towns' },
  {
    term: '新城',
    groups: ['five-new-towns'],
    kinds: ['new-town'],
    why: '新城 standing alone (新城发力, 新城建设, 各新城, 其他新城) is the new towns',
  },
  {
    term: '一江一河',
    groups: ['one-river-one-creek'],
    kinds: ['river'],
    why: '一江一河 is the Huangpu River and Suzhou Creek themselves (riverside places are linked where named)',
  },
  {
    term: '两翼',
    groups: ['east-wing', 'west-wing'],
    alsoIn: 'two-wings',
    why: '两翼 (两翼齐飞) is the two wings: their cores 临港新片区, 张江科学城, 虹桥商务区, 长三角一体化示范区',
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
    why: '主城片区 standing alone (引导主城片区分类发展) is the main-city areas',
  },
  { term: '两大枢纽', groups: ['two-hubs'], kinds: ['hub'], why: 'the two hubs, Hongqiao and Pudong' },
  {
    term: '虹桥浦东两大枢纽',
    groups: ['two-hubs'],
    kinds: ['hub'],
    why: 'the two hubs, Hongqiao and Pudong',
  },
  {
    term: '副中心',
    groups: ['sub-centres'],
    why: '副中心 standing alone (真如…金桥等副中心; 各副中心间) is the sub-centres',
  },
  {
    term: '城市副中心',
    groups: ['sub-centres'],
    why: '城市副中心 standing alone (提升城市副中心服务功能) is the sub-centres',
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

type FeatureProps = PlaceFeatureLike['properties'];
const namesOf = (p: FeatureProps) => [p.name_zh, ...p.aliases];
const isList = (r: RuleResult): r is readonly Selector[] => Array.isArray(r);

export function selectFeatures(features: readonly PlaceFeatureLike[], s: Selector): PlaceFeatureLike[] {
  return features.filter(({ properties: p }) => {
    if (s.id !== undefined && p.id !== s.id) return false;
    if (s.kind !== undefined && p.kind !== s.kind) return false;
    if (s.theme !== undefined && p.theme !== s.theme) return false;
    if (s.group !== undefined && !p.groups.includes(s.group)) return false;
    if (s.name !== undefined && !namesOf(p).includes(s.name)) return false;
    if (s.nameIncludes !== undefined && !namesOf(p).some((n) => n.includes(s.nameIncludes!))) return false;
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
    for (const [k, n] of namesOf(p).entries()) {
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
          const selectors = isList(result) ? result : [result];
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
        for (const id of hyphenParts(term, own)) link(id, 'group');
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
