// 年度工作数据: the figures of the reader's base unions (a county's, or a base union's own) drawn with ECharts,
// a table per base union with the total, and a base union's drill-down to the register rows behind its figures.
// What a reader gets is decided by the server (/api/county/figures); the page only shows it.
'use strict';

const COLUMNS = ['MEMBERS', 'OFFICERS', 'CONGRESS_SESSIONS', 'MOTIONS_FILED', 'MOTIONS_ACCEPTED', 'VISITS',
  'VISIT_MONEY', 'MEMBERS_AIDED', 'AID_AMOUNT', 'EXPENSE_AMOUNT', 'AUDITS_DONE', 'AUDIT_FINDINGS_OPEN'];
const MONEY_FIGURES = ['VISIT_MONEY', 'AID_AMOUNT', 'EXPENSE_AMOUNT', 'BUDGET', 'SPENT'];
const $ = id => document.getElementById(id);
let report = null;

function figure(code, value) {
  return MONEY_FIGURES.includes(code) ? show(value, 'money') : String(value);
}

function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${Math.round(Number(rate) * 1000) / 10}%`;
}

function periodParams() {
  const period = $('period').value === 'months' ? `${$('fromMonth').value}-${$('toMonth').value}` : $('period').value;
  return query({year: $('year').value, period});
}

function chart(id, option, onClick) {
  const element = $(id);
  const existing = echarts.getInstanceByDom(element);
  if (existing) {
    existing.dispose();
  }
  const instance = echarts.init(element);
  instance.setOption(option);
  if (onClick) {
    instance.on('click', onClick);
  }
}

function unionBars(id, title, series, money) {
  const unions = report.unions;
  chart(id, {
    title: {text: title, textStyle: {fontSize: 14}},
    tooltip: {trigger: 'axis', valueFormatter: v => (money ? show(v, 'money') : v)},
    legend: {top: 24},
    grid: {top: 64, bottom: 72},
    xAxis: {type: 'category', data: unions.map(u => u.name), axisLabel: {interval: 0, rotate: 20}},
    yAxis: {type: 'value'},
    series: series.map(s => ({type: 'bar', name: s.name, data: unions.map(s.value)}))
  }, p => openUnion(unions[p.dataIndex].unionId));
}

function drawCounty() {
  const total = report.total;
  const f = total.figures;
  $('title').textContent = `${report.name} ${report.periodLabel}工作数据 / Figures`;
  $('summary').textContent = `所属基层工会${report.unions.length}个，会员${f.MEMBERS}人，工会干部${f.OFFICERS}人；`
    + `召开教代会${f.CONGRESS_SESSIONS}次，提案${f.MOTIONS_FILED}件、立案${f.MOTIONS_ACCEPTED}件，`
    + `办理落实率${percent(total.handlingRate)}、满意率${percent(total.satisfactionRate)}；`
    + `走访慰问${f.VISITS}人次、慰问金${show(f.VISIT_MONEY, 'money')}；帮扶职工${f.MEMBERS_AIDED}人、`
    + `${show(f.AID_AMOUNT, 'money')}；预算执行率${percent(total.executionRate)}。`;
  unionBars('casesChart', '案件 / Cases', [
    {name: '提案 / Motions', value: u => u.figures.MOTIONS_FILED},
    {name: '走访 / Visits', value: u => u.figures.VISITS},
    {name: '帮扶人数 / Members aided', value: u => u.figures.MEMBERS_AIDED}]);
  unionBars('ratesChart', '办理落实率、满意率、预算执行率 % / Rates', [
    {name: '办理落实率 / Handling', value: u => rate(u.handlingRate)},
    {name: '满意率 / Satisfaction', value: u => rate(u.satisfactionRate)},
    {name: '预算执行率 / Budget', value: u => rate(u.executionRate)}]);
  chart('eventsChart', {
    title: {text: '走访慰问（按事由）/ Visits by event', textStyle: {fontSize: 14}},
    tooltip: {trigger: 'item'},
    series: [{type: 'pie', radius: '60%', top: 24,
      data: total.visits.map(t => ({name: t.label, value: t.count}))}]
  });
  chart('budgetChart', {
    title: {text: '预算执行（按科目）/ Budget by line', textStyle: {fontSize: 14}},
    tooltip: {trigger: 'axis', valueFormatter: v => show(v, 'money')},
    legend: {top: 24},
    grid: {top: 64, bottom: 72},
    xAxis: {type: 'category', data: total.budget.map(t => t.label), axisLabel: {interval: 0, rotate: 20}},
    yAxis: {type: 'value'},
    series: [{type: 'bar', name: '预算 / Budget', data: total.budget.map(t => Number(t.budget))},
      {type: 'bar', name: '已支出 / Spent', data: total.budget.map(t => Number(t.amount))}]
  });
  const head = ['基层工会 / Base union', ...COLUMNS.map(c => report.labels[c]), '办理落实率 / Handling',
    '满意率 / Satisfaction', '预算执行率 / Budget execution'];
  $('unions').querySelector('thead').innerHTML = '<tr>' + head.map((h, i) =>
    `<th class="${i ? 'number' : ''}">${esc(h)}</th>`).join('') + '</tr>';
  const row = (u, link) => '<tr>' + `<td>${link ? `<a href="?union=${encodeURIComponent(u.unionId)}"
    data-union="${esc(u.unionId)}">${esc(u.name)}</a>` : esc(u.name)}</td>`
    + COLUMNS.map(c => `<td class="number">${esc(figure(c, u.figures[c]))}</td>`).join('')
    + [u.handlingRate, u.satisfactionRate, u.executionRate].map(r => `<td class="number">${percent(r)}</td>`).join('')
    + '</tr>';
  $('unions').querySelector('tbody').innerHTML = report.unions.map(u => row(u, true)).join('')
    || `<tr><td colspan="${head.length}">无基层工会 / No base unions</td></tr>`;
  $('unions').querySelector('tfoot').innerHTML = row(total, false);
  $('unions').querySelectorAll('a[data-union]').forEach(a => a.onclick = event => {
    event.preventDefault();
    openUnion(a.dataset.union);
  });
}

function rate(value) {
  return value === null ? 0 : Math.round(1000 * Number(value)) / 10;
}

function tallyTable(id, title, tallies, budget) {
  const head = budget ? [title, '预算 / Budget', '已支出 / Spent', '执行率 / Execution']
    : [title, '件数 / Count', '金额 / Amount'];
  $(id).querySelector('thead').innerHTML = '<tr>' + head.map((h, i) => `<th class="${i ? 'number' : ''}">${esc(h)}</th>`)
    .join('') + '</tr>';
  $(id).querySelector('tbody').innerHTML = tallies.map(t => `<tr><td>${esc(t.label)}</td>` + (budget
    ? `<td class="number">${show(t.budget, 'money')}</td><td class="number">${show(t.amount, 'money')}</td>
       <td class="number">${percent(t.budget > 0 ? t.amount / t.budget : null)}</td>`
    : `<td class="number">${t.count}</td><td class="number">${show(t.amount, 'money')}</td>`) + '</tr>').join('')
    || `<tr><td colspan="${head.length}">无记录 / No rows</td></tr>`;
}

async function openUnion(unionId) {
  history.replaceState(null, '', `?${periodParams()}&union=${encodeURIComponent(unionId)}`);
  const union = await api(`/api/county/figures/${encodeURIComponent(unionId)}?${periodParams()}`);
  $('county').hidden = true;
  $('union').hidden = false;
  $('unionName').textContent = `${union.name} ${report.periodLabel}`;
  $('unionFigures').querySelector('tbody').innerHTML = Object.entries(union.figures).map(([code, value]) =>
    `<tr><th>${esc(report.labels[code])}</th><td class="number">${esc(figure(code, value))}</td></tr>`).join('')
    + `<tr><th>办理落实率 / Handling rate</th><td class="number">${percent(union.handlingRate)}</td></tr>`
    + `<tr><th>满意率 / Satisfaction rate</th><td class="number">${percent(union.satisfactionRate)}</td></tr>`
    + `<tr><th>预算执行率 / Budget execution</th><td class="number">${percent(union.executionRate)}</td></tr>`;
  tallyTable('unionVisits', '走访事由 / Visit event', union.visits, false);
  tallyTable('unionAid', '帮扶类别·等级 / Aid category · level', union.aid, false);
  tallyTable('unionBudget', '预算科目 / Budget line', union.budget, true);
  $('sources').innerHTML = Object.entries(report.sources).map(([code, label]) =>
    `<button type="button" data-source="${code}">${esc(label)}</button>`).join('');
  $('sources').querySelectorAll('button').forEach(b => b.onclick = () => showRows(unionId, b.dataset.source));
  $('rows').querySelector('thead').innerHTML = '';
  $('rows').querySelector('tbody').innerHTML = '';
}

async function showRows(unionId, source) {
  const body = $('rows').querySelector('tbody');
  $('rows').querySelector('thead').innerHTML = '<tr><th>编号 / Key</th><th>日期 / Day</th><th>事项 / What</th>'
    + '<th>状态 / Status</th><th class="money">金额 / Amount</th></tr>';
  try {
    const rows = await api(`/api/county/figures/${encodeURIComponent(unionId)}/rows?${periodParams()}&source=${source}`);
    body.innerHTML = rows.map(r => `<tr><td>${esc(r.key)}</td><td>${esc(r.day)}</td><td>${esc(r.subject)}</td>
      <td>${esc(show(r.status, 'label'))}</td><td class="money">${show(r.amount, 'money')}</td></tr>`).join('')
      || '<tr><td colspan="5">无记录 / No rows</td></tr>';
  } catch (error) {
    body.innerHTML = `<tr><td colspan="5" class="error">${esc(error.status === 403
      ? '您的角色不能查看此台账 / Your role may not read this register.' : error.message)}</td></tr>`;
  }
}

async function load() {
  $('periodError').textContent = '';
  try {
    report = await api(`/api/county/figures?${periodParams()}`);
  } catch (error) {
    if (error.status === 403) {
      document.querySelector('main').innerHTML = '<p class="notice">您的角色不能查看年度数据 / '
        + 'Your role may not read the figures.</p>';
      return;
    }
    $('periodError').textContent = error.fields.period || error.fields.year || error.message;
    return;
  }
  $('xlsx').href = `/api/county/figures.xlsx?${periodParams()}`;
  $('pdf').href = `/api/county/figures.pdf?${periodParams()}`;
  $('county').hidden = false;
  $('union').hidden = true;
  drawCounty();
}

(async () => {
  if (!await frame(null)) {
    return;
  }
  const thisYear = Number(me.today.slice(0, 4));
  for (let y = thisYear; y > thisYear - 10; y--) {
    $('year').innerHTML += `<option value="${y}">${y}年</option>`;
  }
  for (let m = 1; m <= 12; m++) {
    const code = String(m).padStart(2, '0');
    ['fromMonth', 'toMonth'].forEach(id => { $(id).innerHTML += `<option value="${code}">${m}月</option>`; });
  }
  $('toMonth').value = '12';
  const showMonths = () => document.querySelectorAll('label.months').forEach(l => { l.hidden = $('period').value !== 'months'; });
  $('period').onchange = showMonths;
  const params = new URLSearchParams(location.search);
  if (params.get('year')) {
    $('year').value = params.get('year');
  }
  const period = params.get('period') || 'year';
  if (/^\d{2}-\d{2}$/.test(period)) {
    $('period').value = 'months';
    [$('fromMonth').value, $('toMonth').value] = period.split('-');
  } else {
    $('period').value = period;
  }
  showMonths();
  $('filters').addEventListener('submit', event => { event.preventDefault(); load(); });
  $('back').onclick = event => {
    event.preventDefault();
    history.replaceState(null, '', `?${periodParams()}`);
    $('union').hidden = true;
    $('county').hidden = false;
    drawCounty();
  };
  await load();
  if (report && params.get('union')) {
    openUnion(params.get('union'));
  }
})();
