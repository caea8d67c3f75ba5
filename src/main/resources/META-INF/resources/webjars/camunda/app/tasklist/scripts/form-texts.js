// UnionFlow's Tasklist: form-js 1.8 draws its own words (required-field messages, "Select", "Search", date
// placeholders) in English, with no locale hook. They are put into Chinese where they appear.

const MESSAGES = [
  [/^Field is required\.$/, () => '此项必填。'],
  [/^Field must have minimum value of (.+)\.$/, (min) => `不能小于 ${min}。`],
  [/^Field must have maximum value of (.+)\.$/, (max) => `不能大于 ${max}。`],
  [/^Field must have minimum length of (\d+)\.$/, (length) => `至少填写 ${length} 个字。`],
  [/^Field must have maximum length of (\d+)\.$/, (length) => `最多填写 ${length} 个字。`],
  [/^Field must match pattern .+\.$/, () => '格式不符合要求。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱。'],
  [/^Date and time must both be entered\.$/, () => '请同时填写日期和时间。'],
  [/^No results$/, () => '没有匹配项'],
  [/^All values selected$/, () => '已全部选中'],
  [/^Select$/, () => '请选择']
];

const PLACEHOLDERS = {Search: '输入以搜索', 'hh:mm': '时:分', 'hh:mm ?m': '时:分 上午/下午'};
const DATE_PARTS = {y: '年', m: '月', d: '日'};

/** The Chinese for one of form-js's texts; anything else comes back as it is. */
export function chineseText(text) {
  for (const [english, chinese] of MESSAGES) {
    const match = english.exec(text);
    if (match) {
      return chinese(...match.slice(1));
    }
  }
  return text;
}

/** The Chinese for an input's placeholder: a date pattern such as mm/dd/yyyy keeps its order. */
export function chinesePlaceholder(placeholder) {
  if (PLACEHOLDERS[placeholder]) {
    return PLACEHOLDERS[placeholder];
  }
  if (/^(y{4}|m{2}|d{2})([/.-](y{4}|m{2}|d{2})){2}$/i.test(placeholder)) {
    return placeholder.replace(/y{4}|m{2}|d{2}/gi, (part) => DATE_PARTS[part[0].toLowerCase()]);
  }
  return placeholder;
}

const TRANSLATED = '.fjs-form-field-error li, .fjs-select-display, .fjs-dropdownlist-empty';

function translate(root) {
  root.querySelectorAll(TRANSLATED).forEach((element) => {
    element.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const chinese = chineseText(node.data.trim());
        if (chinese !== node.data.trim()) {
          node.data = chinese;
        }
      }
    });
  });
  root.querySelectorAll('.fjs-form input[placeholder]').forEach((input) => {
    const chinese = chinesePlaceholder(input.getAttribute('placeholder'));
    if (chinese !== input.getAttribute('placeholder')) {
      input.setAttribute('placeholder', chinese);
    }
  });
}

if (typeof document !== 'undefined') {
  // form-js re-renders on every keystroke; only changed nodes are written, so the observer settles at once
  new MutationObserver(() => translate(document.body))
    .observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
      attributeFilter: ['placeholder']});
}
