// UnionFlow's Cockpit: Chinese first, and the approval trail plugin (a tab on the process instance view and a page of its own).
// The webapps match only the browser's language part ("zh" of zh-CN) against availableLocales; "zh" is not listed,
// so Chinese browsers and browsers without a preference get the fallback zh-CN, English browsers get en.
export default {
  app: {
    vendor: 'UnionFlow',
    name: '工会工作台'
  },
  locales: {
    availableLocales: ['zh-CN', 'en'],
    fallbackLocale: 'zh-CN'
  },
  customScripts: ['scripts/trail-plugin.js']
};
