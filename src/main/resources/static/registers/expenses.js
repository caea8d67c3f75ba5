// 经费支出: expense requests with their route and where they stand; the case page shows the votes and steps.
'use strict';

(async () => {
  if (!await frame('EXPENSES')) {
    return;
  }
  options('status', ['REQUESTED', 'AWAITING_COMMITTEE', 'COMMITTEE_REJECTED', 'AWAITING_CHAIR', 'REFUSED',
    'AWAITING_OVER_BUDGET_DECISION', 'OVER_BUDGET_REFUSED', 'AWAITING_PAYMENT', 'PAID']);
  options('category', ['CONDOLENCE', 'HARDSHIP_AID', 'CULTURE_SPORTS', 'EDUCATION', 'ADMINISTRATION', 'OTHER']);
  await stepFilter(document.getElementById('filters'), 'expenseApproval');
  const table = pagedTable({form: document.getElementById('filters'), table: document.getElementById('rows'),
    pager: document.getElementById('pager'), endpoint: '/api/fund/expenses', sort: 'requestedAt,desc',
    rowLink: row => caseLink('EXPENSES', row.businessKey), columns: [
      {key: 'businessKey', label: '编号 / No.', sortable: true, link: true},
      {key: 'purpose', label: '用途 / Purpose'},
      {key: 'category', label: '类别 / Category', type: 'label'},
      {key: 'payee', label: '收款方 / Payee'},
      {key: 'plannedDate', label: '计划日期 / Planned', sortable: true},
      {key: 'amount', label: '金额 / Amount', type: 'money', sortable: true},
      {key: 'status', label: '状态 / Status', type: 'label', sortable: true},
      {key: 'requestedBy', label: '申请人 / Requested by'},
      {key: 'voucherNo', label: '凭证号 / Voucher'}
    ]});
  downloads(table, '/api/fund/expenses/export');
  await table.load();
})();
