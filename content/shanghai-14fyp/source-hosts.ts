// The hosts a source record of this plan may name (a record's url and its read_at urls), each with its subdomains:
// government sites, mainstream news outlets and encyclopedias, and the sites of the datasets the geography is drawn
// from. A page on any other host (a repost on an unrelated site) is not a source: the build names it and stops.

export const SOURCE_HOSTS = [
  // Governments
  'gov.cn',
  // Mainstream news
  'people.com.cn',
  // People's Daily Online in English (en.people.cn)
  'people.cn',
  'xinhuanet.com',
  'news.cn',
  'thepaper.cn',
  'jfdaily.com',
  'jfdaily.com.cn',
  'whb.cn',
  'shine.cn',
  'kankanews.com',
  // Xinmin Evening News (新民晚报), Shanghai's evening daily: its e-paper (paper.xinmin.cn)
  'xinmin.cn',
  'eastday.com',
  'china.com.cn',
  'chinadaily.com.cn',
  // China News Service (中国新闻社), the national news agency: its English site
  'ecns.cn',
  'cctv.com',
  'youth.cn',
  'yicai.com',
  '21jingji.com',
  'cnr.cn',
  'ce.cn',
  // Encyclopedias
  'wikipedia.org',
  'baike.baidu.com',
  // Datasets
  'soest.hawaii.edu',
  'ngdc.noaa.gov',
  'openstreetmap.org',
  'echarts.apache.org',
  'github.com',
] as const;
