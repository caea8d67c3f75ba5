// 提案登记: the union's motions by session, with the session's handling and satisfaction rates.
'use strict';

(async () => {
  if (!await frame('MOTIONS')) {
    return;
  }
  const sessions = await api('/api/congress/sessions');
  document.getElementById('sessionId').innerHTML += sessions.map(s => `<option value="${s.id}">${esc(s.name)}</option>`)
    .join('');
  options('status', ['SUBMITTED', 'AMENDING', 'ACCEPTED', 'ANSWERED', 'CONVERTED', 'MERGED', 'REJECTED', 'PUBLISHED']);
  options('category', ['TEACHING', 'WELFARE', 'MANAGEMENT', 'LOGISTICS', 'OTHER']);
  const form = document.getElementById('filters');
  await stepFilter(form, 'congressMotion');
  const table = pagedTable({form, table: document.getElementById('rows'), pager: document.getElementById('pager'),
    endpoint: '/api/motions', sort: 'submittedAt,desc', rowLink: row => caseLink('MOTIONS', row.businessKey), columns: [
      {key: 'businessKey', label: '编号 / No.', sortable: true, link: true},
      {key: 'session', label: '届次 / Session'},
      {key: 'title', label: '案由 / Title'},
      {key: 'category', label: '类别 / Category', type: 'label'},
      {key: 'proposer', label: '提案人 / Proposer'},
      {key: 'leadDepartment', label: '主办部门 / Lead department'},
      {key: 'deadline', label: '办理期限 / Deadline', sortable: true},
      {key: 'status', label: '状态 / Status', type: 'label', sortable: true},
      {key: 'feedback', label: '满意度 / Feedback', type: 'label'}
    ]});
  downloads(table, '/api/motions/export');
  const rate = value => (value === null || value === undefined ? '' : (100 * Number(value)).toFixed(1) + '%');
  async function statistics() {
    const sessionId = form.elements.sessionId.value || (sessions[0] && sessions[0].id);
    if (!sessionId) {
      return;
    }
    const s = await api('/api/motions/statistics?sessionId=' + sessionId);
    document.querySelector('#statistics tbody').innerHTML = [
      ['届次 / Session', s.session], ['提交 / Filed', s.filed], ['立案 / Accepted', s.accepted],
      ['转意见建议 / Converted', s.converted], ['合并 / Merged', s.merged], ['不予立案 / Rejected', s.rejected],
      ['已答复 / Answered', s.answered], ['按期答复 / On time', s.answeredOnTime], ['逾期 / Overdue', s.overdue],
      ['办理落实率 / Handling rate', rate(s.handlingRate)], ['满意率 / Satisfaction rate', rate(s.satisfactionRate)]
    ].map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('');
  }
  form.addEventListener('submit', () => statistics());
  await table.load();
  await statistics();
})();
