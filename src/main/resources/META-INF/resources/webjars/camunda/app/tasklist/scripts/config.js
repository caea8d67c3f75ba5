// UnionFlow's Tasklist: Chinese first (see ../../unionflow/locales.js for how the locale is picked).
import {app, locales} from '../../unionflow/locales.js';

export default {
  app,
  locales,
  // a refused form shows each server message at its field and keeps what was typed; form-js's own words are
  // Chinese; a form's dynamic list can be completed (form-lists.js); a started case tells its business key and a
  // payment its voucher; the header links to the registers and to the cases one started
  customScripts: ['scripts/field-errors.js', 'scripts/form-texts.js', 'scripts/form-lists.js',
    'scripts/case-notices.js', 'scripts/registers-link.js', 'scripts/my-cases.js'],
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
