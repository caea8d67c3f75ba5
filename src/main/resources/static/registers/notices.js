// 公示栏: aid cases on notice (names masked as the policy says, days left), an objection per case, and the
// published motion results and audit reports. Each aid notice prints on its own.
'use strict';

function daysLeft(noticeEnds) {
  return Math.round((Date.parse(noticeEnds) - Date.parse(me.today)) / 86400000);
}

// an officer records an objection a member made in person, by phone or in writing, naming them
const ON_BEHALF = `<fieldset class="on-behalf"><legend>代为登记 / Recording it for a member</legend>
    <label>查找会员 / Find member <input name="objectorSearch" class="objector-search" placeholder="姓名 / name"></label>
    <label>异议人 / Objector <select name="objectorStaffNo"><option value="">本人提出 / my own objection</option></select></label>
    <span class="error" data-field="objectorStaffNo"></span>
    <label>提出方式 / How <select name="channel"><option value="">—</option>
      <option value="IN_PERSON">当面提出 / In person</option><option value="PHONE">电话 / By phone</option>
      <option value="LETTER">书面 / In writing</option></select></label>
    <span class="error" data-field="channel"></span>
  </fieldset>`;

/** Fills the objector choice with the members whose name matches what the officer typed. */
function memberFinder(form) {
  const select = form.elements.objectorStaffNo;
  form.elements.objectorSearch.addEventListener('input', async event => {
    const found = await api('/api/members?' + query({search: event.target.value, size: 20, sort: 'name,asc'}));
    select.innerHTML = '<option value="">本人提出 / my own objection</option>' + found.content.map(m =>
      `<option value="${esc(m.staffNo)}">${esc(m.name)}（${esc(m.unionGroup)}，${esc(m.staffNo)}）</option>`).join('');
    if (found.content.length === 1) {
      select.value = found.content[0].staffNo;
    }
  });
}

(async () => {
  if (!await frame('AID_NOTICES')) {
    return;
  }
  const officer = me.groups.includes('officers');
  const notices = await api('/api/aid/notices');
  const aid = document.getElementById('aid');
  aid.innerHTML = notices.map(n => `<section class="notice" data-key="${esc(n.businessKey)}">
      <p><b>${esc(n.memberName)}</b>，${esc(show(n.category, 'label'))}，${esc(show(n.level, 'label'))}，
        拟补助 / proposed aid <b>${show(n.approvedAmount, 'money')}</b></p>
      <p>公示期 / On notice ${esc(n.noticeStarts)} 至 ${esc(n.noticeEnds)}，
        剩余 <b class="days">${daysLeft(n.noticeEnds)}</b> 天 / days left</p>
      <form class="objection">
        <label>异议理由 / Objection <textarea name="reason" rows="2" cols="60" required></textarea></label>
        <span class="error" data-field="reason"></span>
        ${officer ? ON_BEHALF : ''}
        <button type="submit">提出异议 / Lodge objection</button> <span class="error" data-field=""></span>
      </form>
      <button type="button" class="print">打印本公示 / Print this notice</button>
      <a class="pdf" href="${forUnion(`/api/aid/notices/${encodeURIComponent(n.businessKey)}.pdf`)}">公示单 PDF / Notice PDF</a>
    </section>`).join('') || '<p>目前没有公示 / Nothing on notice.</p>';
  aid.querySelectorAll('section.notice').forEach(section => {
    section.querySelector('.print').onclick = () => {
      document.body.classList.add('printing-one');
      section.classList.add('printing');
      print();
      section.classList.remove('printing');
      document.body.classList.remove('printing-one');
    };
    const form = section.querySelector('form');
    if (officer) {
      memberFinder(form);
    }
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const fields = form.elements;
      const body = {reason: fields.reason.value};
      if (officer && (fields.objectorStaffNo.value || fields.channel.value)) {
        body.objectorStaffNo = fields.objectorStaffNo.value;
        body.channel = fields.channel.value || null;
      }
      form.querySelectorAll('.error').forEach(e => { e.textContent = ''; });
      try {
        const lodged = await api('/api/aid/cases/' + encodeURIComponent(section.dataset.key) + '/objections',
          {method: 'POST', body});
        section.innerHTML = `<p class="lodged">异议已提交${lodged.objectorName ? `（${esc(lodged.objectorName)}，${
          esc(lodged.channelLabel)}，由 ${esc(lodged.lodgedBy)} 代为登记）` : ''}，案件退回委员会复议 /
          Objection lodged: the case goes back to the committee.</p>`;
      } catch (error) {
        const general = form.querySelector('.error[data-field=""]');
        general.textContent = Object.keys(error.fields).length ? '' : error.message;
        Object.entries(error.fields).forEach(([name, message]) => {
          (form.querySelector(`.error[data-field="${name}"]`) || general).textContent += message;
        });
      }
    });
  });

  const motions = await api('/api/motions?status=PUBLISHED&size=50&sort=submittedAt,desc');
  document.querySelector('#motions tbody').innerHTML = motions.content.map(m => `<tr><td>${esc(m.businessKey)}</td>
    <td>${esc(m.title)}</td><td>${esc(m.leadDepartment)}</td><td>${esc(m.publishedOn)}</td></tr>`).join('')
    || '<tr><td colspan="4">无 / None</td></tr>';
  const audits = await api('/api/fund/audits/published');
  document.getElementById('audits').innerHTML = audits.map(a => `<li>${esc(a.periodStart)} 至 ${esc(a.periodEnd)}：
    <a href="${forUnion(`/api/fund/audits/${encodeURIComponent(a.businessKey)}/report.pdf`)}">审查报告 PDF / Report PDF</a></li>`)
    .join('') || '<li>无 / None</li>';
})();
