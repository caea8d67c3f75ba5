// The locale choice all four webapps share. The webapps match only the language part of the browser's first
// language ("zh" of zh-CN, "en" of en-US) against availableLocales and otherwise use fallbackLocale. Headless
// Chromium reports en-US whatever --lang says, and an officer's browser may well be English, so by default only
// zh-CN is offered: every browser gets Chinese. English is a choice made in the page (the link below, or ?lang=en),
// remembered in this browser's storage for all apps; ?lang=zh-CN (or the link) switches back.
const KEY = 'unionflow.locale';
const asked = new URLSearchParams(window.location.search).get('lang');
if (asked === 'en' || asked === 'zh-CN') {
  window.localStorage.setItem(KEY, asked);
}
const english = window.localStorage.getItem(KEY) === 'en';

export const locales = english
  ? {availableLocales: ['en', 'zh-CN'], fallbackLocale: 'en'}
  : {availableLocales: ['zh-CN'], fallbackLocale: 'zh-CN'};

export const app = {vendor: 'UnionFlow', name: '工会工作台'};

function addSwitch() {
  const link = document.createElement('a');
  link.className = 'unionflow-locale-switch';
  link.textContent = english ? '中文' : 'English';
  link.lang = english ? 'zh-CN' : 'en';
  link.href = window.location.pathname + '?lang=' + (english ? 'zh-CN' : 'en') + window.location.hash;
  document.body.appendChild(link);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', addSwitch);
} else {
  addSwitch();
}
