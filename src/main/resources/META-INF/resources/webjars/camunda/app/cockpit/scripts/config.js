// UnionFlow's Cockpit: the approval trail plugin (a tab on the process instance view and a page of its own).
export default {
  customScripts: ['scripts/trail-plugin.js']
};
