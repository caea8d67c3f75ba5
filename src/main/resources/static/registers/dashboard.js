// 仪表盘: the union's figures drawn with ECharts from the registers' own endpoints; each bar opens the rows
// behind it. A figure whose register the reader may not read is left out (the server would refuse it).
'use strict';

const EVENTS = ['HOSPITALISATION', 'WEDDING', 'FUNERAL', 'CHILDBIRTH', 'RETIREMENT', 'MAJOR_HARDSHIP'];
const AID = ['SERIOUS_ILLNESS', 'DISABILITY', 'SINGLE_PARENT', 'ACCIDENT_OR_DISASTER', 'LOW_INCOME'];

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

function year() {
  return Number(new Intl.DateTimeFormat('sv-SE', {timeZone: 'Asia/Shanghai', year: 'numeric'}).format(new Date()));
}

(async () => {
  if (!await frame(null)) {
    return;
  }
  const may = name => me.registers.some(r => r.name === name);
  const y = year();
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
