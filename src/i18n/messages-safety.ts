// The strings of updates and of link-supplied basemaps, in Chinese and English (see messages.ts).

export const SAFETY_MESSAGES = {
  'update.ready': { zh: '新版本已就绪。', en: 'A new version of the app is ready.' },
  'update.reload': { zh: '刷新以更新', en: 'Reload to update' },
  'update.elsewhere': {
    zh: '新版本已在另一个窗口启用,请刷新此页面。',
    en: 'A new version was started in another window: reload this page to use it.',
  },
  'link.ask': { zh: '加载来自 {host} 的底图?', en: 'Load the basemap from {host}?' },
  'link.askDetail': {
    zh: '此链接要求从另一个网站载入在线底图:{url}。同意后,你的浏览器会向 {host} 发出请求;不同意则使用内置底图。',
    en: 'This link asks for an online basemap from another site: {url}. If you agree, your browser will send requests to {host}; if not, the embedded basemap is shown.',
  },
  'link.yes': { zh: '加载', en: 'Load it' },
  'link.no': { zh: '不加载', en: 'Don’t load' },
  'link.remember': { zh: '记住我对此网站的选择', en: 'Remember for this host' },
  'link.refused': {
    zh: '链接中的底图未载入:{why}。已使用内置底图。',
    en: 'The basemap in the link was not loaded: {why}. Showing the embedded basemap.',
  },
  'link.why.invalid': { zh: '地址无效', en: 'the address is not valid' },
  'link.why.scheme': {
    zh: '只接受 https 地址(本机可用 http)',
    en: 'only https addresses are accepted (http on this machine only)',
  },
  'link.why.private': {
    zh: '{host} 属于内网、本机或链路本地地址',
    en: '{host} is on a private, loopback or link-local network',
  },
  'link.declined': {
    zh: '按你的选择,未载入来自 {host} 的底图,使用内置底图。',
    en: 'As you chose, the basemap from {host} was not loaded; showing the embedded basemap.',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
