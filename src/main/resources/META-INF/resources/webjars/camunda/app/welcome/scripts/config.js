// Welcome page of the district letters-and-visits bureau; overrides the webjar's config.js.
export default {
  app: {
    name: '信访事项办理系统',
    vendor: '区信访局'
  },
  // as in Tasklist: Chinese first, English for labels a newer Camunda brings
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
