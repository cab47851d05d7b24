// Admin of the district letters-and-visits bureau; overrides the webjar's config.js.
// Options: https://docs.camunda.org/manual/7.24/webapps/admin/configuration/
export default {
  app: {
    name: '系统管理',
    vendor: '区信访局'
  },
  // as in Tasklist: Chinese first, English for labels a newer Camunda brings
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
