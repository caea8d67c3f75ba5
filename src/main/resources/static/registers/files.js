// 困难职工档案: the union's hardship files by their next yearly review, those due first; a file opens with the
// aid it received and its history, each change linked to its case.
'use strict';

function daysLabel(days) {
  if (days === null || days === undefined) {
    return '';
  }
  return days < 0 ? `逾期 ${-days} 天 / ${-days} days overdue` : `${days} 天 / days`;
}

async function openFile(staffNo) {
  const f = await api('/api/aid/files/' + encodeURIComponent(staffNo));
  document.getElementById('file').innerHTML = `<h2>${esc(f.memberName)}（${esc(f.memberStaffNo)}）· ${esc(f.levelLabel)}</h2>
    <p>建档 / Since ${esc(f.since)}，下次复核 / next review ${esc(f.nextReviewOn || '—')}，
      累计帮扶 / aid received <b>${show(f.aidReceivedTotal, 'money')}</b></p>
    <table class="history"><thead><tr><th>日期 / Date</th><th>变更 / Change</th><th>经办 / By</th><th>案件 / Case</th>
      </tr></thead><tbody>${f.history.map(h => `<tr><td>${esc(h.changedOn)}</td><td>${esc(h.whatChanged)}</td>
      <td>${esc(h.changedBy)}</td><td>${h.businessKey ? `<a href="${caseLink('AID_CASES', h.businessKey)}">${
      esc(h.businessKey)}</a>` : ''}</td></tr>`).join('')}</tbody></table>`;
}

(async () => {
  if (!await frame('HARDSHIP_FILES')) {
    return;
  }
  options('level', ['GENERAL', 'EXTREME']);
  const due = await api('/api/aid/files?dueWithin=30&size=100&sort=nextReviewOn,asc');
  document.querySelector('#due tbody').innerHTML = due.content.map(f => `<tr class="${f.daysToReview < 0 ? 'overdue' : ''}">
    <td><a href="#file" data-staff="${esc(f.memberStaffNo)}">${esc(f.memberName)}</a></td><td>${esc(f.unionGroup)}</td>
    <td>${esc(f.levelLabel)}</td><td>${esc(f.nextReviewOn)}</td><td>${esc(daysLabel(f.daysToReview))}</td></tr>`).join('')
    || '<tr><td colspan="5">暂无待复核 / No review due</td></tr>';
  const table = pagedTable({form: document.getElementById('filters'), table: document.getElementById('rows'),
    pager: document.getElementById('pager'), endpoint: '/api/aid/files', sort: 'nextReviewOn,asc', columns: [
      {key: 'memberStaffNo', label: '工号 / Staff no.'},
      {key: 'memberName', label: '会员 / Member',
        html: row => `<a href="#file" data-staff="${esc(row.memberStaffNo)}">${esc(row.memberName)}</a>`},
      {key: 'unionGroup', label: '工会小组 / Group'},
      {key: 'department', label: '部门 / Department'},
      {key: 'level', label: '困难程度 / Level', type: 'label', sortable: true},
      {key: 'since', label: '建档日期 / Since', sortable: true},
      {key: 'nextReviewOn', label: '复核日期 / Review on', sortable: true},
      {key: 'daysToReview', label: '剩余 / Left', html: row => esc(daysLabel(row.daysToReview))}
    ]});
  document.querySelector('main').addEventListener('click', event => {
    const link = event.target.closest('a[data-staff]');
    if (link) {
      openFile(link.dataset.staff);
    }
  });
  await table.load();
})();
