// Cockpit offers only what the user's role may do: until the engine has said the user is an administrator, the
// body lacks the class that user-styles.css needs to show the action buttons (so a reader never sees them flash).
// Checked at start and again after each login or logout, which Cockpit does without reloading the page.
import {mayChange} from './roles.js';

const MAY_CHANGE = 'unionflow-may-change';
const AUTH = '/camunda/api/admin/auth/user/default';

async function json(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok ? response.json() : null;
}

async function check() {
  let allowed = false;
  try {
    const user = await json(AUTH);
    allowed = Boolean(user && user.userId)
      && mayChange(await json('/camunda/api/engine/engine/default/group?member=' + encodeURIComponent(user.userId)));
  } finally {
    document.body.classList.toggle(MAY_CHANGE, allowed);
  }
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (/\/auth\/user\/default\/(login\/|logout)/.test(String(url))) {
    this.addEventListener('loadend', check);
  }
  return open.call(this, method, url, ...rest);
};

check();
