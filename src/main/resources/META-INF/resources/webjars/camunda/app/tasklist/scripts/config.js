// Tasklist of the district letters-and-visits bureau; overrides the webjar's config.js.
// Options: https://docs.camunda.org/manual/7.24/webapps/tasklist/configuration/

export default {
  app: {
    name: '信访事项办理系统',
    vendor: '区信访局'
  },
  // Chinese for a Chinese browser (the bureau's), English for an English one, and English for a
  // label a newer Camunda brings before locales/zh.json has it (WebappLocalesTest fails then)
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'D日',
    abbr: 'M月D日 HH:mm',
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY年M月D日 dddd HH:mm',
    short: 'YYYY年M月D日'
  },
  // form-js shows its validation messages in English only: the first script puts them in Chinese.
  // The second takes a refused submission's error away once the corrected form is accepted; the
  // third adds the case file on every task and the case search in the header; the fourth names the
  // opened task's case and legal limit under its name.
  customScripts: ['scripts/form-messages', 'scripts/clear-errors-on-submit', 'scripts/case-file/plugin',
    'scripts/task-header', 'scripts/dates-in-chinese'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '转到过滤器列表的第一项'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '转到任务列表的第一项'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '转到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“发起流程”对话框'
    }
  }
};
