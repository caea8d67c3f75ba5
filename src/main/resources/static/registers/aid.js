// 帮扶案件: aid cases with their category, level and the amount approved; the case page shows its steps.
'use strict';

(async () => {
  if (!await frame('AID_CASES')) {
    return;
  }
  options('status', ['APPLIED', 'NOT_ELIGIBLE', 'UNDER_VERIFICATION', 'UNDER_REVIEW', 'INFORMATION_REQUESTED',
    'REJECTED', 'UNDER_NOTICE', 'AWAITING_APPROVAL', 'REFUSED', 'APPROVED', 'PAID']);
  options('category', ['SERIOUS_ILLNESS', 'DISABILITY', 'SINGLE_PARENT', 'ACCIDENT_OR_DISASTER', 'LOW_INCOME',
    'CHILDREN_SCHOOLING']);
  await stepFilter(document.getElementById('filters'), 'hardshipAid');
  const table = pagedTable({form: document.getElementById('filters'), table: document.getElementById('rows'),
    pager: document.getElementById('pager'), endpoint: '/api/aid/cases', sort: 'openedAt,desc',
    rowLink: row => caseLink('AID_CASES', row.businessKey), columns: [
      {key: 'businessKey', label: '编号 / No.', sortable: true, link: true},
      {key: 'memberStaffNo', label: '工号 / Staff no.'},
      {key: 'memberName', label: '会员 / Member'},
      {key: 'category', label: '类别 / Category', type: 'label', sortable: true},
      {key: 'level', label: '困难程度 / Level', type: 'label'},
      {key: 'approvedAmount', label: '批准金额 / Approved', type: 'money'},
      {key: 'noticeEnds', label: '公示截止 / Notice ends'},
      {key: 'status', label: '状态 / Status', type: 'label', sortable: true},
      {key: 'openedAt', label: '立案时间 / Opened', type: 'moment', sortable: true}
    ]});
  downloads(table, '/api/aid/cases/export');
  await table.load();
})();
