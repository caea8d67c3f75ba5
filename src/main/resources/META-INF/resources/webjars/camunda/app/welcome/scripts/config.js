// UnionFlow's Welcome: Chinese first (see ../../unionflow/locales.js for how the locale is picked).
import {app, locales} from '../../unionflow/locales.js';

export default {
  app,
  locales
};
