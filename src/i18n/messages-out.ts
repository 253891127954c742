// The strings of taking the plan out of the app: a tour as slides (PPTX) and as a handout (PDF), their progress, and
// the embeddable map with its embed code.

export const OUT_MESSAGES = {
  'out.slides': { zh: '导出幻灯片 (PPTX)', en: 'Export slides (PPTX)' },
  'out.handout': { zh: '讲义 (PDF)', en: 'Handout (PDF)' },
  'out.makingSlides': { zh: '正在制作幻灯片', en: 'Making the slides' },
  'out.makingHandout': { zh: '正在制作讲义', en: 'Making the handout' },
  'out.progress': { zh: '已完成 {done}/{total} 步', en: '{done} of {total} steps done' },
  'out.writing': { zh: '正在生成文件……', en: 'Writing the file…' },
  'out.cancel': { zh: '取消', en: 'Cancel' },
  'out.cancelled': { zh: '已取消。', en: 'Cancelled.' },
  'out.failed': { zh: '无法生成:{error}', en: 'Could not make it: {error}' },
  'out.busy': { zh: '正在制作另一份导出,请稍候。', en: 'Another export is being made: wait for it.' },
  'out.handoutReady': {
    zh: '讲义已就绪:在打印对话框中选择“另存为 PDF”。',
    en: 'The handout is ready: choose “Save as PDF” in the print dialog.',
  },
  'out.stepNo': { zh: '第 {n} 步', en: 'Step {n}' },
  'out.exported': { zh: '{n} 步 · 导出于 {date}', en: '{n} steps · exported on {date}' },
  'out.planLine': { zh: '依据:《{plan}》', en: 'From: 《{plan}》 (the plan’s Chinese text)' },
  'out.cites': { zh: '引用条款:{ids}', en: 'Clauses cited: {ids}' },
  'out.sources': { zh: '来源', en: 'Sources' },
  'out.sourcesPlan': {
    zh: '引文均为《{plan}》原文(中文),按条款编号引用:',
    en: 'Every quote is the plan’s own words (Chinese), from 《{plan}》, cited by clause:',
  },
  'out.sourcesGloss': {
    zh: '英文释义为本导览所写,非官方译文;概述为导览的话,非规划原文。',
    en: 'The English glosses are this tour’s, not an official translation; summaries are the tour’s words, not the plan’s.',
  },
  'out.sourcesMap': {
    zh: '地图上的轮廓为本项目依据规划地名绘制,多为示意或近似;每个地点注明其来源与精度。',
    en: 'The outlines on the map are drawn for this project from the places the plan names, most of them approximate or schematic; each place states its source and precision.',
  },
  'out.madeWith': { zh: '制作:{app}({url})', en: 'Made with {app} ({url})' },
  'out.page': { zh: '第 {n}/{total} 页', en: 'Page {n} of {total}' },
  // the embeddable map and the Share menu
  'embed.open': { zh: '在完整应用中打开 ↗', en: 'Open in the full app ↗' },
  'embed.frameTitle': { zh: '{plan} · 地图', en: '{plan} · map' },
  'share.copyLink': { zh: '复制链接', en: 'Copy link' },
  'share.embed': { zh: '嵌入代码', en: 'Embed code' },
  'share.embedHelp': {
    zh: '把这段代码粘贴到文章的 HTML 中,即可嵌入当前视图的地图:',
    en: 'Paste this into an article’s HTML to embed the map of this view:',
  },
  'share.copyEmbed': { zh: '复制嵌入代码', en: 'Copy embed code' },
  'share.embedCopied': { zh: '嵌入代码已复制', en: 'Embed code copied' },
} as const satisfies Record<string, { zh: string; en: string }>;
