// 走访台账: every visit of the union with its standard and the money handed over.
'use strict';

(async () => {
  if (!await frame('VISITS')) {
    return;
  }
  options('status', ['REPORTED', 'PLANNED', 'VISITED', 'PAID', 'RECORDED']);
  options('eventType', ['HOSPITALISATION', 'WEDDING', 'FUNERAL', 'CHILDBIRTH', 'RETIREMENT', 'MAJOR_HARDSHIP']);
  const form = document.getElementById('filters');
  await stepFilter(form, 'fiveMandatoryVisits');
  const table = pagedTable({form, table: document.getElementById('rows'), pager: document.getElementById('pager'),
    endpoint: '/api/visits', sort: 'reportedAt,desc', rowLink: row => caseLink('VISITS', row.businessKey), columns: [
      {key: 'businessKey', label: '业务编号 / Case', sortable: true, link: true},
      {key: 'memberName', label: '会员 / Member'},
      {key: 'eventType', label: '事由 / Event', type: 'label'},
      {key: 'eventDate', label: '事发日期 / Event date', sortable: true},
      {key: 'deadline', label: '期限 / Deadline', sortable: true},
      {key: 'status', label: '状态 / Status', type: 'label', sortable: true},
      {key: 'standardAmount', label: '标准 / Standard', type: 'money'},
      {key: 'moneyHandedOver', label: '慰问金 / Handed over', type: 'money'},
      {key: 'reportedAt', label: '报告时间 / Reported', type: 'moment', sortable: true}
    ]});
  downloads(table, '/api/visits/export');
  await table.load();
})();
