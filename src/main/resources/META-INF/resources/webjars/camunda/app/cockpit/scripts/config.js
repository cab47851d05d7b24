// Cockpit of the district letters-and-visits bureau; overrides the webjar's config.js.
// Options: https://docs.camunda.org/manual/7.24/webapps/cockpit/extend/configuration/
export default {
  app: {
    name: '流程监控',
    vendor: '区信访局'
  },
  // as in Tasklist: Chinese first, English for labels a newer Camunda brings
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  // supervisors read Cockpit: the changes only administrators may make are hidden from them
  customScripts: ['scripts/read-only-for-supervisors']
};
