// 公示栏: aid cases on notice (names masked as the policy says, days left), an objection per case, and the
// published motion results and audit reports. Each aid notice prints on its own.
'use strict';

function todayInShanghai() {
  return new Intl.DateTimeFormat('sv-SE', {timeZone: 'Asia/Shanghai'}).format(new Date());
}

function daysLeft(noticeEnds) {
  return Math.round((Date.parse(noticeEnds) - Date.parse(todayInShanghai())) / 86400000);
}

(async () => {
  if (!await frame('AID_NOTICES')) {
    return;
  }
  const notices = await api('/api/aid/notices');
  const aid = document.getElementById('aid');
  aid.innerHTML = notices.map(n => `<section class="notice" data-key="${esc(n.businessKey)}">
      <p><b>${esc(n.memberName)}</b>，${esc(show(n.category, 'label'))}，${esc(show(n.level, 'label'))}，
        拟补助 / proposed aid <b>${show(n.approvedAmount, 'money')}</b></p>
      <p>公示期 / On notice ${esc(n.noticeStarts)} 至 ${esc(n.noticeEnds)}，
        剩余 <b class="days">${daysLeft(n.noticeEnds)}</b> 天 / days left</p>
      <form class="objection">
        <label>异议理由 / Objection <textarea name="reason" rows="2" cols="60" required></textarea></label>
        <button type="submit">提出异议 / Lodge objection</button> <span class="error"></span>
      </form>
      <button type="button" class="print">打印本公示 / Print this notice</button>
    </section>`).join('') || '<p>目前没有公示 / Nothing on notice.</p>';
  aid.querySelectorAll('section.notice').forEach(section => {
    section.querySelector('.print').onclick = () => {
      document.body.classList.add('printing-one');
      section.classList.add('printing');
      print();
      section.classList.remove('printing');
      document.body.classList.remove('printing-one');
    };
    section.querySelector('form').addEventListener('submit', async event => {
      event.preventDefault();
      const reason = event.target.elements.reason.value;
      try {
        await api('/api/aid/cases/' + encodeURIComponent(section.dataset.key) + '/objections',
          {method: 'POST', body: {reason}});
        section.innerHTML = '<p>异议已提交，案件退回委员会复议 / Objection lodged: the case goes back to the committee.</p>';
      } catch (error) {
        section.querySelector('.error').textContent = Object.values(error.fields).join('；') || error.message;
      }
    });
  });

  const motions = await api('/api/motions?status=PUBLISHED&size=50&sort=submittedAt,desc');
  document.querySelector('#motions tbody').innerHTML = motions.content.map(m => `<tr><td>${esc(m.businessKey)}</td>
    <td>${esc(m.title)}</td><td>${esc(m.leadDepartment)}</td><td>${esc(m.publishedOn)}</td></tr>`).join('')
    || '<tr><td colspan="4">无 / None</td></tr>';
  const audits = await api('/api/fund/audits/published');
  document.getElementById('audits').innerHTML = audits.map(a => `<li>${esc(a.periodStart)} 至 ${esc(a.periodEnd)}：
    <a href="/api/fund/audits/${encodeURIComponent(a.businessKey)}/report.pdf">审查报告 PDF / Report PDF</a></li>`)
    .join('') || '<li>无 / None</li>';
})();
