// Tasklist's configuration (https://docs.camunda.org/manual/7.24/webapps/tasklist/configuration/).
export default {
  // the case file on every task, and the case search in the header
  customScripts: ['scripts/case-file/plugin']
};
