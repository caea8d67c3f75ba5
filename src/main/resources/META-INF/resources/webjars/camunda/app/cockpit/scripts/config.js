// UnionFlow's Cockpit: Chinese first (see ../../unionflow/locales.js for how the locale is picked), and the approval
// trail plugin (a tab on the process instance view and a page of its own).
import {app, locales} from '../../unionflow/locales.js';

export default {
  app,
  locales,
  customScripts: ['scripts/trail-plugin.js', 'scripts/registers-link.js', 'scripts/role-actions.js']
};
