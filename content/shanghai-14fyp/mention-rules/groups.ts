// Shanghai's 14th Five-Year Plan's group terms (五大新城, 一江一河, 两翼…): each a mention of every member of a
// group of this plan's geo/, given to the mention engine (scripts/lib/mentions/) by mention-rules/index.ts.

import type { GroupTerm } from '../../../scripts/lib/mentions';

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
