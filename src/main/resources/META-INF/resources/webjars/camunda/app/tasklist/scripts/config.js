// UnionFlow's Tasklist: Chinese first. The webapps match only the browser's language part ("zh" of zh-CN) against
// availableLocales; "zh" is not listed, so Chinese browsers and browsers without a preference get the fallback
// zh-CN, English browsers get en.
export default {
  app: {
    vendor: 'UnionFlow',
    name: '工会工作台'
  },
  locales: {
    availableLocales: ['zh-CN', 'en'],
    fallbackLocale: 'zh-CN'
  },
  // Replacing the webjar's config.js drops its shortcuts: these are the same keys, described in Chinese.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到第一个筛选器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“发起流程”对话框'
    }
  }
};
