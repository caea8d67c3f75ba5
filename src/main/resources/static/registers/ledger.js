// 经费收支账: a period's entries (a month by default) with the server's totals, and the budget execution per line.
'use strict';

const PAGE_SIZE = 50;

function period(form) {
  const {month, from, to} = Object.fromEntries(new FormData(form));
  if (from && to) {
    return {from, to};
  }
  if (!month) {
    return {};
  }
  const [year, mon] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return {from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}`};
}


(async () => {
  if (!await frame('LEDGER')) {
    return;
  }
  const form = document.getElementById('filters');
  document.getElementById('month').value = me.today.slice(0, 7);
  const category = document.getElementById('category');
  category.innerHTML += ['CONDOLENCE', 'HARDSHIP_AID', 'CULTURE_SPORTS', 'EDUCATION', 'ADMINISTRATION', 'OTHER']
    .map(c => `<option value="${c}">${esc(LABELS[c])}</option>`).join('');
  const columns = [
    {key: 'entryDate', label: '日期 / Date'},
    {key: 'voucherNo', label: '凭证号 / Voucher'},
    {key: 'direction', label: '收支 / Direction', type: 'label'},
    {key: 'category', label: '类别 / Category', type: 'label'},
    {key: 'budgetLine', label: '预算科目 / Budget line'},
    {key: 'amount', label: '金额 / Amount', type: 'money'},
    {key: 'description', label: '摘要 / Description'},
    {key: 'beneficiary', label: '受助人 / Beneficiary'},
    {key: 'businessKey', label: '业务编号 / Case',
      html: row => row.businessKey ? `<a href="${caseLink('LEDGER', row.businessKey)}">${esc(row.businessKey)}</a>` : ''},
    {key: 'bookedBy', label: '记账人 / Booked by'}
  ];
  let rows = [];
  let page = 0;
  let sort = {key: 'entryDate', asc: true};

  function render() {
    const sorted = [...rows].sort((a, b) => {
      const x = a[sort.key] ?? '';
      const y = b[sort.key] ?? '';
      const order = typeof x === 'number' || sort.key === 'amount' ? Number(x) - Number(y) : String(x).localeCompare(String(y), 'zh-CN');
      return sort.asc ? order : -order;
    });
    const shown = sorted.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    const table = document.getElementById('rows');
    table.querySelector('thead').innerHTML = '<tr>' + columns.map(c => `<th class="sortable ${c.type === 'money' ? 'money' : ''}"
      data-key="${c.key}">${esc(c.label)}${sort.key === c.key ? (sort.asc ? ' ▲' : ' ▼') : ''}</th>`).join('') + '</tr>';
    table.querySelector('tbody').innerHTML = shown.map(row => '<tr>' + columns.map(c => `<td class="${c.type === 'money'
      ? 'money' : ''}">${c.html ? c.html(row) : esc(show(row[c.key], c.type))}</td>`).join('') + '</tr>').join('')
      || `<tr><td colspan="${columns.length}">无记录 / No rows</td></tr>`;
    const total = rows.filter(r => r.direction === 'EXPENSE').reduce((t, r) => t + Number(r.amount), 0);
    table.querySelector('tfoot').innerHTML = `<tr><td colspan="5">支出合计（筛选后）/ Expense total (filtered)</td>
      <td class="money" id="filteredTotal">${show(total, 'money')}</td><td colspan="4"></td></tr>`;
    const pages = Math.max(Math.ceil(rows.length / PAGE_SIZE), 1);
    const pager = document.getElementById('pager');
    pager.innerHTML = `<button type="button" class="prev" ${page === 0 ? 'disabled' : ''}>上一页 / Prev</button>
      第 ${page + 1} / ${pages} 页，共 ${rows.length} 条 / ${rows.length} rows
      <button type="button" class="next" ${page + 1 >= pages ? 'disabled' : ''}>下一页 / Next</button>`;
    pager.querySelector('.prev').onclick = () => { page--; render(); };
    pager.querySelector('.next').onclick = () => { page++; render(); };
    table.querySelectorAll('th.sortable').forEach(th => th.onclick = () => {
      sort = {key: th.dataset.key, asc: sort.key === th.dataset.key ? !sort.asc : true};
      render();
    });
  }

  async function load() {
    const range = period(form);
    const filters = Object.fromEntries(new FormData(form));
    const ledger = await api('/api/fund/ledger/period?' + query(range));
    const text = (filters.text || '').trim();
    rows = ledger.entries.filter(e => !filters.category || e.category === filters.category)
      .filter(e => !text || [e.description, e.beneficiary, e.voucherNo, e.businessKey].some(v => (v || '').includes(text)));
    page = 0;
    document.getElementById('totals').innerHTML = `${esc(ledger.from)} 至 ${esc(ledger.to)}：
      收入 / Income <b id="incomeTotal">${show(ledger.incomeTotal, 'money')}</b>，
      支出 / Expense <b id="expenseTotal">${show(ledger.expenseTotal, 'money')}</b>`
      + ledger.byCategory.map(t => `；${esc(LABELS[t.category] || t.label)} ${show(t.expense, 'money')}`).join('');
    render();
    const q = query(range);
    document.getElementById('csv').href = '/api/fund/ledger.csv?' + q;
    document.getElementById('xlsx').href = '/api/fund/ledger.xlsx?' + q;
    document.getElementById('executionCsv').href = '/api/fund/budget-execution.csv?' + q;
    document.getElementById('executionXlsx').href = '/api/fund/budget-execution.xlsx?' + q;
    const lines = await api('/api/fund/budget-execution?' + q);
    const execution = document.getElementById('execution');
    execution.querySelector('thead').innerHTML = `<tr><th>年度 / Year</th><th>类别 / Category</th><th>预算科目 / Budget line</th>
      <th class="money">预算数 / Budget</th><th class="money">本期支出 / Spent in period</th>
      <th class="money">本年累计 / Spent in year</th><th class="money">余额 / Remaining</th><th class="money">执行率 / Executed</th></tr>`;
    execution.querySelector('tbody').innerHTML = lines.map(l => `<tr><td>${l.year}</td><td>${esc(LABELS[l.category] || l.category)}</td>
      <td>${esc(l.name)}</td><td class="money">${show(l.amount, 'money')}</td><td class="money">${show(l.spentInPeriod, 'money')}</td>
      <td class="money">${show(l.spentInYear, 'money')}</td><td class="money">${show(l.remaining, 'money')}</td>
      <td class="money">${Number(l.amount) ? (100 * Number(l.spentInYear) / Number(l.amount)).toFixed(1) + '%' : ''}</td></tr>`).join('');
    const sum = key => lines.reduce((t, l) => t + Number(l[key]), 0);
    execution.querySelector('tfoot').innerHTML = `<tr><td colspan="3">合计 / Total</td><td class="money">${show(sum('amount'), 'money')}</td>
      <td class="money">${show(sum('spentInPeriod'), 'money')}</td><td class="money">${show(sum('spentInYear'), 'money')}</td>
      <td class="money">${show(sum('remaining'), 'money')}</td><td></td></tr>`;
  }

  form.addEventListener('submit', event => { event.preventDefault(); load().catch(showError); });
  function showError(error) {
    document.getElementById('totals').innerHTML = `<span class="error">${esc(Object.values(error.fields || {}).join('；')
      || error.message)}</span>`;
  }
  await load().catch(showError);
})();
