// Shanghai's 14th Five-Year Plan's ambiguous short names (虹桥, 张江, 临港…), each decided by its context: the
// plan's own reading rules, given to the mention engine (scripts/lib/mentions/) by mention-rules/index.ts. The
// selectors below name the places the rules mean by what they are in this plan's geo/ (kinds, groups, themes).

import {
  NOT_A_PLACE,
  always,
  endsNameOf,
  followedBy,
  inSection,
  inSentenceWith,
  listedBefore,
  precededBy,
  type ContextRule,
  type Selector,
  type When,
} from '../../../scripts/lib/mentions';

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
