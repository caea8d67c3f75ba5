// 仪表盘: the union's figures drawn with ECharts from the registers' own endpoints; each bar opens the rows
// behind it. A figure whose register the reader may not read is left out (the server would refuse it).
'use strict';

const EVENTS = ['HOSPITALISATION', 'WEDDING', 'FUNERAL', 'CHILDBIRTH', 'RETIREMENT', 'MAJOR_HARDSHIP'];
const AID = ['SERIOUS_ILLNESS', 'DISABILITY', 'SINGLE_PARENT', 'ACCIDENT_OR_DISASTER', 'LOW_INCOME',
  'CHILDREN_SCHOOLING'];
// each process's register, where the cases behind a figure are listed
const REGISTER_OF = {fiveMandatoryVisits: 'visits.html', congressMotion: 'motions.html', hardshipAid: 'aid.html',
  expenseApproval: 'expenses.html', fundAudit: 'audits.html'};
const MONTHS = Array.from({length: 12}, (_, i) => (i + 1) + '月');

/** Open tasks per step, overdue ones apart, and the cases started in each month, counted by the server. */
async function work() {
  const f = await api('/api/registers/dashboard');
  document.getElementById('work').innerHTML = `待办 / Open tasks <b>${f.open}</b>，其中逾期 / overdue
    <b class="${f.overdue ? 'error' : ''}">${f.overdue}</b>`;
  const steps = f.openByStep;
  const chart = echarts.init(document.getElementById('steps'));
  chart.setOption({
    tooltip: {trigger: 'axis'}, legend: {},
    grid: {left: 260},
    yAxis: {type: 'category', inverse: true, data: steps.map(s => s.stepName)},
    xAxis: {type: 'value', minInterval: 1},
    series: [
      {type: 'bar', name: '待办 / Open', data: steps.map(s => s.open), label: {show: true, position: 'right'}},
      {type: 'bar', name: '逾期 / Overdue', data: steps.map(s => s.overdue), itemStyle: {color: '#b00020'}}
    ]
  });
  // a step's bars open its register at that step, the overdue bar at its overdue cases only
  chart.on('click', p => {
    const step = steps[p.dataIndex];
    const register = REGISTER_OF[step.process];
    const overdue = p.seriesIndex === 1 ? '&overdue=true' : '';
    location.href = register ? `${register}?step=${encodeURIComponent(step.step)}${overdue}` : 'index.html';
  });
  const months = echarts.init(document.getElementById('months'));
  months.setOption({
    tooltip: {trigger: 'axis'}, legend: {},
    xAxis: {type: 'category', data: MONTHS}, yAxis: {type: 'value', minInterval: 1},
    series: f.startedByMonth.map(m => ({type: 'line', name: m.processName, data: m.started, process: m.process}))
  });
  months.on('click', p => { location.href = REGISTER_OF[f.startedByMonth[p.seriesIndex].process] || 'index.html'; });
}

function bars(id, names, series, onClick, money) {
  const chart = echarts.init(document.getElementById(id));
  chart.setOption({
    tooltip: {trigger: 'axis', valueFormatter: v => (money ? show(v, 'money') : v)},
    legend: {show: series.length > 1},
    xAxis: {type: 'category', data: names.map(n => LABELS[n] || n), axisLabel: {interval: 0, rotate: 20}},
    yAxis: {type: 'value'},
    series: series.map(s => ({type: 'bar', name: s.name, data: s.data, label: {show: true,
      formatter: p => (money ? show(p.value, 'money') : p.value)}}))
  });
  if (onClick) {
    chart.on('click', p => { location.href = onClick(names[p.dataIndex]); });
  }
}

(async () => {
  if (!await frame(null)) {
    return;
  }
  const may = name => me.registers.some(r => r.name === name);
  const y = Number(me.today.slice(0, 4));
  if (may('TRAIL')) {
    await work();
  }
  if (may('VISITS')) {
    const counts = await Promise.all(EVENTS.map(e => api('/api/visits?size=1&eventType=' + e)
      .then(p => p.page.totalElements)));
    bars('visits', EVENTS, [{name: '件数 / Visits', data: counts}], e => 'visits.html?eventType=' + e);
  }
  if (may('LEDGER')) {
    const lines = await api(`/api/fund/budget-execution?from=${y}-01-01&to=${y}-12-31`);
    bars('budget', lines.map(l => l.category), [
      {name: '预算 / Budget', data: lines.map(l => Number(l.amount))},
      {name: '已支出 / Spent', data: lines.map(l => Number(l.spentInYear))}
    ], () => 'ledger.html', true);
  }
  if (may('AID_CASES')) {
    const counts = await Promise.all(AID.map(c => api(`/api/aid/cases?size=1&year=${y}&category=${c}`)
      .then(p => p.page.totalElements)));
    bars('aid', AID, [{name: '件数 / Cases', data: counts}], c => `aid.html?year=${y}&category=${c}`);
  }
  if (may('MOTIONS')) {
    const sessions = await api('/api/congress/sessions');
    const stats = await Promise.all(sessions.map(s => api('/api/motions/statistics?sessionId=' + s.id)));
    const rate = v => (v === null ? 0 : Math.round(1000 * Number(v)) / 10);
    bars('motions', sessions.map(s => s.name), [
      {name: '办理落实率 % / Handling rate', data: stats.map(s => rate(s.handlingRate))},
      {name: '满意率 % / Satisfaction rate', data: stats.map(s => rate(s.satisfactionRate))}
    ], () => 'motions.html');
  }
})();
