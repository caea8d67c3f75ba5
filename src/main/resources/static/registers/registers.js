// 台账 / Registers: one small script for every register page. It draws the pages' shared frame and reads the
// domain API with the webapp login (Tasklist, Cockpit); what each person sees is decided by the server's read
// policy, never here.
'use strict';

const LABELS = {
  ACTIVE: '在职 / Active', RETIRED: '退休 / Retired', FEMALE: '女 / Female', MALE: '男 / Male',
  REPORTED: '已报告 / Reported', PLANNED: '已计划 / Planned', VISITED: '已走访 / Visited', PAID: '已支付 / Paid',
  RECORDED: '已登记 / Recorded', HOSPITALISATION: '住院 / Hospitalisation', WEDDING: '结婚 / Wedding',
  FUNERAL: '丧事 / Funeral', CHILDBIRTH: '生育 / Childbirth', RETIREMENT: '退休 / Retirement',
  MAJOR_HARDSHIP: '重大困难 / Major hardship', INCOME: '收入 / Income', EXPENSE: '支出 / Expense',
  CONDOLENCE: '慰问 / Condolence', HARDSHIP_AID: '困难帮扶 / Hardship aid', CULTURE_SPORTS: '文体活动 / Culture and sports',
  EDUCATION: '教育培训 / Education', ADMINISTRATION: '行政支出 / Administration', OTHER: '其他 / Other',
  SUBMITTED: '已提交 / Submitted', AMENDING: '修改中 / Amending', ACCEPTED: '已立案 / Accepted',
  ANSWERED: '已答复 / Answered', CONVERTED: '转意见建议 / Converted', MERGED: '已合并 / Merged',
  REJECTED: '不予立案 / Rejected', PUBLISHED: '已公布 / Published', TEACHING: '教学 / Teaching',
  WELFARE: '福利 / Welfare', MANAGEMENT: '管理 / Management', LOGISTICS: '后勤 / Logistics',
  APPLIED: '已申请 / Applied', NOT_ELIGIBLE: '不符合条件 / Not eligible', UNDER_VERIFICATION: '核实中 / Verifying',
  UNDER_REVIEW: '评议中 / Under review', INFORMATION_REQUESTED: '待补充材料 / Information requested',
  UNDER_NOTICE: '公示中 / On notice', AWAITING_APPROVAL: '待审批 / Awaiting approval', REFUSED: '未批准 / Refused',
  APPROVED: '已批准 / Approved', SERIOUS_ILLNESS: '重大疾病 / Serious illness', DISABILITY: '残疾 / Disability',
  SINGLE_PARENT: '单亲 / Single parent', ACCIDENT_OR_DISASTER: '意外灾害 / Accident or disaster',
  LOW_INCOME: '低收入 / Low income', CHILDREN_SCHOOLING: '金秋助学 / Children\'s schooling',
  GENERAL: '一般困难 / General', EXTREME: '特别困难 / Extreme',
  REQUESTED: '已申请 / Requested', AWAITING_COMMITTEE: '待委员会表决 / Awaiting committee',
  COMMITTEE_REJECTED: '委员会否决 / Committee rejected', AWAITING_CHAIR: '待主席审批 / Awaiting chair',
  AWAITING_OVER_BUDGET_DECISION: '待超预算决定 / Awaiting over-budget decision',
  OVER_BUDGET_REFUSED: '超预算未批 / Over budget refused', AWAITING_PAYMENT: '待支付 / Awaiting payment',
  PACKAGE_PREPARATION: '准备资料 / Preparing package', REVIEW: '审查中 / Reviewing', RECTIFICATION: '整改中 / Rectifying',
  REPORT: '报告表决 / Report vote', WITHDRAWN: '已撤回 / Withdrawn'
};

const MONEY = new Intl.NumberFormat('zh-CN', {style: 'currency', currency: 'CNY'});
// set from /api/registers/me: times read in the union's zone, whatever the browser's
let moment = null;

let me = null;
// a reader from above (a county union's people) reads one base union below at a time, chosen in the header
let chosenUnion = null;
const CHOSEN_UNION = 'unionflow.registers.union';

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;',
    "'": '&#39;'}[c]));
}

function show(value, type) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  switch (type) {
    case 'money': return MONEY.format(Number(value));
    case 'moment': return moment.format(new Date(value));
    case 'label': return LABELS[value] || value;
    default: return String(value);
  }
}

class ApiError extends Error {
  constructor(status, body) {
    super(body.detail || body.title || String(status));
    this.status = status;
    this.fields = Object.fromEntries((body.fieldErrors || []).map(e => [e.field, e.message]));
  }
}

/** The union chooser of a person who reads several unions; the choice is kept for the browser session. */
function chooseUnion() {
  if (me.unions.length < 2) {
    return;
  }
  const asked = new URLSearchParams(location.search).get('union') || sessionStorage.getItem(CHOSEN_UNION);
  const below = me.unions.filter(u => u.id !== me.union);
  chosenUnion = (below.find(u => u.id === asked) || below[0]).id;
  const picker = document.createElement('select');
  picker.id = 'unionChoice';
  picker.title = '查看哪个基层工会的台账 / Whose registers to read';
  picker.innerHTML = below.map(u => `<option value="${esc(u.id)}">${esc(u.name)}</option>`).join('');
  picker.value = chosenUnion;
  picker.onchange = () => {
    sessionStorage.setItem(CHOSEN_UNION, picker.value);
    const params = new URLSearchParams(location.search);
    params.delete('union');
    location.search = params.toString();
  };
  document.querySelector('header .me').before(picker);
}

/** A domain API path, for the chosen base union when the reader reads from above. */
function forUnion(path) {
  if (!chosenUnion || /[?&]union=/.test(path)) {
    return path;
  }
  return path + (path.includes('?') ? '&' : '?') + 'union=' + encodeURIComponent(chosenUnion);
}

/** Calls the domain API with the session; a change carries the session's CSRF token. */
async function api(path, options = {}) {
  const headers = {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'};
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (options.method && options.method !== 'GET' && me) {
    headers[me.csrfHeader] = me.csrfToken;
  }
  const response = await fetch(forUnion(path), {method: options.method || 'GET', credentials: 'same-origin', headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body)});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v !== null && v !== undefined && v !== '') q.append(k, v); });
  if (chosenUnion && !q.has('union')) {
    q.append('union', chosenUnion);
  }
  return q.toString();
}

const PAGES = {
  MEMBERS: 'members.html', VISITS: 'visits.html', MOTIONS: 'motions.html', HARDSHIP_FILES: 'files.html',
  AID_CASES: 'aid.html',
  AID_NOTICES: 'notices.html', LEDGER: 'ledger.html', EXPENSES: 'expenses.html', AUDITS: 'audits.html'
};

function options(id, codes) {
  document.getElementById(id).innerHTML += codes.map(c => `<option value="${c}">${esc(LABELS[c])}</option>`).join('');
}

async function frame(current) {
  try {
    me = await api('/api/registers/me');
  } catch (error) {
    if (error.status === 401) {
      document.querySelector('main').innerHTML = `<p class="notice">请先登录 / Please log in first:
        <a href="/camunda/app/tasklist/default/">Tasklist 登录 / log in</a>，然后回到本页 / then come back.</p>`;
      return false;
    }
    throw error;
  }
  moment = new Intl.DateTimeFormat('sv-SE', {timeZone: me.zone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit'});
  chooseUnion();
  const person = document.querySelector('header .me');
  person.textContent = `${me.name} · ${me.roles.join('，')}`;
  person.title = me.id;
  document.querySelector('nav.menu').innerHTML = me.registers.filter(r => PAGES[r.name])
    // absolute, as the county page under /county/ draws the same menu
    .map(r => `<a href="/registers/${PAGES[r.name]}" class="${r.name === current ? 'current' : ''}">${esc(r.label)}</a>`)
    .join('') + (me.registers.some(r => r.name === 'TRAIL') ? '<a href="/registers/dashboard.html">仪表盘 / Dashboard</a>' : '')
    // the year's figures are read by whoever reads the fund (the county page checks the same on the server)
    + (me.registers.some(r => r.name === 'LEDGER') ? '<a href="/county/">年度数据 / Figures</a>' : '');
  if (current && !me.registers.some(r => r.name === current)) {
    document.querySelector('main').innerHTML = '<p class="notice">您的角色不能查看此台账 / Your role may not read this register.</p>';
    return false;
  }
  return true;
}

/** The action buttons a page names in data-actions; data-export gives the downloads a fixed address. */
const ACTIONS = {
  csv: exportPath => `<a id="csv" href="${exportPath ? exportPath + '.csv' : '#'}">导出 CSV / Export CSV</a>`,
  xlsx: exportPath => `<a id="xlsx" href="${exportPath ? exportPath + '.xlsx' : '#'}">导出 Excel / Export XLSX</a>`,
  print: () => '<button type="button" onclick="print()">打印 / Print</button>'
};

/**
 * The frame every page of the registers shares, drawn before the page's own script looks for its ids: the header
 * (around the links a page's own <header> holds) and the menu frame() fills, the actions a page names in
 * data-actions after its own, and in place of <div data-list> the table and pager pagedTable() fills.
 */
function drawShell() {
  const header = document.querySelector('body > header') || document.createElement('header');
  header.insertAdjacentHTML('afterbegin', '<a href="/registers/">台账 / Registers</a>');
  header.insertAdjacentHTML('beforeend', '<a href="/camunda/app/tasklist/">Tasklist 任务</a><span class="me"></span>');
  const menu = document.createElement('nav');
  menu.className = 'menu';
  document.body.prepend(header, menu);
  document.querySelectorAll('[data-actions]').forEach(row => row.insertAdjacentHTML('beforeend',
    row.dataset.actions.split(' ').map(action => ACTIONS[action](row.dataset.export)).join('')));
  document.querySelectorAll('[data-list]').forEach(list => {
    list.outerHTML = '<table id="rows"><thead></thead><tbody></tbody><tfoot></tfoot></table>'
      + '<div class="pager" id="pager"></div>';
  });
}

/**
 * A paged, sortable table over a Spring page endpoint: filters from the form, sort from the header, the page's
 * totals in the footer.
 */
function pagedTable({form, table, pager, endpoint, columns, sort, size = 20, rowLink}) {
  const state = {page: 0, sort};
  async function load() {
    const filters = Object.fromEntries(new FormData(form));
    const page = await api(endpoint + '?' + query({...filters, page: state.page, size, sort: state.sort}));
    render(page.content, page.page);
  }
  function render(rows, page) {
    table.querySelector('thead').innerHTML = '<tr>' + columns.map(c => `<th data-key="${c.key}"
      class="${c.sortable ? 'sortable' : ''} ${c.type === 'money' ? 'money' : ''}">${esc(c.label)}${
      state.sort.startsWith(c.key + ',') ? (state.sort.endsWith('asc') ? ' ▲' : ' ▼') : ''}</th>`).join('') + '</tr>';
    table.querySelector('tbody').innerHTML = rows.map(row => '<tr>' + columns.map(c => {
      const text = esc(show(row[c.key], c.type));
      const cell = c.html ? c.html(row) : c.link && rowLink ? `<a href="${rowLink(row)}">${text}</a>` : text;
      return `<td class="${c.type === 'money' ? 'money' : ''}">${cell}</td>`;
    }).join('') + '</tr>').join('') || `<tr><td colspan="${columns.length}">无记录 / No rows</td></tr>`;
    const sums = columns.filter(c => c.type === 'money');
    table.querySelector('tfoot').innerHTML = sums.length ? '<tr>' + columns.map((c, i) => c.type === 'money'
      ? `<td class="money">${show(rows.reduce((t, r) => t + Number(r[c.key] || 0), 0), 'money')}</td>`
      : `<td>${i === 0 ? '本页合计 / Page total' : ''}</td>`).join('') + '</tr>' : '';
    pager.innerHTML = `<button type="button" class="prev" ${page.number === 0 ? 'disabled' : ''}>上一页 / Prev</button>
      第 ${page.number + 1} / ${Math.max(page.totalPages, 1)} 页，共 ${page.totalElements} 条 / ${page.totalElements} rows
      <button type="button" class="next" ${page.number + 1 >= page.totalPages ? 'disabled' : ''}>下一页 / Next</button>`;
    pager.querySelector('.prev').onclick = () => { state.page--; load(); };
    pager.querySelector('.next').onclick = () => { state.page++; load(); };
    table.querySelectorAll('th.sortable').forEach(th => th.onclick = () => {
      const key = th.dataset.key;
      state.sort = key + ',' + (state.sort === key + ',asc' ? 'desc' : 'asc');
      load();
    });
  }
  // a link from the dashboard opens the register filtered (?eventType=FUNERAL)
  new URLSearchParams(location.search).forEach((value, name) => {
    if (form.elements[name]) {
      form.elements[name].value = value;
    }
  });
  form.addEventListener('submit', event => { event.preventDefault(); state.page = 0; load(); });
  return {load, filters: () => Object.fromEntries(new FormData(form))};
}

/** The page's CSV and Excel links download the rows as the filters stand when clicked. */
function downloads(table, endpoint) {
  ['csv', 'xlsx'].forEach(type => document.getElementById(type).onclick = event => {
    event.currentTarget.href = endpoint + '.' + type + '?' + query(table.filters());
  });
}

function caseLink(register, key) {
  return `case.html?register=${encodeURIComponent(register)}&key=${encodeURIComponent(key)}`;
}

/**
 * 步骤 / Step: the filter of a process's register by the step its cases wait at, overdue ones only if asked, as
 * the dashboard's open-work bars count them. Put in the filter form before its search button and preset from the
 * URL (the bars link to visits.html?step=planVisit&overdue=true); await it before the table first loads.
 */
async function stepFilter(form, process) {
  const steps = await api('/api/registers/steps?process=' + encodeURIComponent(process));
  form.querySelector('[type=submit]').insertAdjacentHTML('beforebegin', `<label>步骤 / Step
    <select name="step" id="step"><option value="">全部 / All</option>${steps.map(s =>
      `<option value="${esc(s.step)}">${esc(s.name)}</option>`).join('')}</select></label>
    <label>逾期 / Overdue <select name="overdue" id="overdue"><option value="">全部 / All</option>
      <option value="true">仅逾期 / Overdue only</option></select></label>`);
  const asked = new URLSearchParams(location.search);
  ['step', 'overdue'].forEach(name => { form.elements[name].value = asked.get(name) || ''; });
}

drawShell();
