'use strict';
/* The administrator's page for the union tree: it lists the tree and opens a base union with one request. */
let session = null;
let unions = [];
const KINDS = {BASE: '基层工会 / Base union', COUNTY: '县（区）教育工会 / County union', CITY: '市教育工会 / City union'};

async function call(path, options = {}) {
  const headers = {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'};
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    headers[session.csrfHeader] = session.csrfToken;
  }
  const response = await fetch(path, {method: options.method || 'GET', credentials: 'same-origin', headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body)});
  const body = await response.json().catch(() => ({}));
  return {status: response.status, body};
}

function text(value) {
  const span = document.createElement('span');
  span.textContent = value == null ? '' : value;
  return span.innerHTML;
}

function nameOf(id) {
  const union = unions.find(u => u.id === id);
  return union ? union.name : (id || '–');
}

async function load() {
  const form = await call('/api/admin/unions/form');
  if (form.status !== 200) {
    document.getElementById('login').hidden = false;
    return;
  }
  session = form.body;
  unions = (await call('/api/admin/unions')).body;
  document.getElementById('tree').innerHTML = unions.map(u => `<tr><td>${text(u.name)}</td><td>${KINDS[u.kind]}</td>
    <td>${text(nameOf(u.parentId))}</td><td>${text(u.id)}</td></tr>`).join('');
  document.querySelector('select[name=parentId]').innerHTML = unions.filter(u => u.kind !== 'BASE')
    .map(u => `<option value="${text(u.id)}">${text(u.name)}</option>`).join('');
  document.getElementById('budget').innerHTML = '<legend>本年度预算（元）/ This year\'s budget, yuan</legend>'
    + session.categories.map(c => `<label>${text(c.label)} <input name="budget.${c.name}" type="number" min="0"
      step="0.01" value="0"><span class="error" data-for="budget.${c.name}"></span></label>`).join('');
}

document.getElementById('open').addEventListener('submit', async event => {
  event.preventDefault();
  const data = new FormData(event.target);
  const budget = Object.fromEntries(session.categories.map(c => [c.name, Number(data.get('budget.' + c.name))]));
  const request = {id: data.get('id').trim(), parentId: data.get('parentId'),
    name: `${data.get('en').trim()} / ${data.get('zh').trim()}`, budget,
    congressSession: data.get('session') ? {name: data.get('session').trim(), opensOn: data.get('opensOn') || null,
      closesOn: data.get('closesOn') || null} : null};
  document.querySelectorAll('.error').forEach(e => { e.textContent = ''; });
  const answer = await call('/api/admin/unions', {method: 'POST', body: request});
  const result = document.getElementById('result');
  if (answer.status === 201 || answer.status === 200) {
    result.textContent = answer.status === 201 ? '已新建 / Opened' : '已存在，未作改动 / Already open, nothing changed';
    await load();
  } else {
    result.textContent = answer.body.detail || String(answer.status);
    (answer.body.fieldErrors || []).forEach(e => {
      const at = document.querySelector(`.error[data-for="${e.field}"]`);
      if (at) {
        at.textContent = e.message;
      }
    });
  }
});

load();
