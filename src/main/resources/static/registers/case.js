// A case's page: its open tasks (linked to Tasklist), its register row and its approval trail, each as the
// server lets this reader see them.
'use strict';

const DETAIL = {
  VISITS: key => '/api/visits/' + encodeURIComponent(key),
  MOTIONS: key => '/api/motions/' + encodeURIComponent(key),
  AID_CASES: key => '/api/aid/cases/' + encodeURIComponent(key),
  EXPENSES: key => '/api/fund/expenses/' + encodeURIComponent(key),
  AUDITS: key => '/api/fund/audits/' + encodeURIComponent(key)
};

(async () => {
  const params = new URLSearchParams(location.search);
  const register = params.get('register');
  const key = params.get('key');
  if (!await frame(null)) {
    return;
  }
  document.getElementById('title').textContent = '案件 / Case ' + key;

  // Tasklist's own API reads the tasks this person may see, with the same session
  const tasks = await fetch('/camunda/api/engine/engine/default/task?processInstanceBusinessKey=' + encodeURIComponent(key),
    {credentials: 'same-origin', headers: {Accept: 'application/json'}}).then(r => (r.ok ? r.json() : []));
  document.getElementById('tasks').innerHTML = tasks.map(t => `<li><a href="/camunda/app/tasklist/default/#/?task=${
    encodeURIComponent(t.id)}">${esc(t.name)}</a> ${t.assignee ? '（' + esc(t.assignee) + '）' : ''}</li>`).join('')
    || '<li>无待办 / None open to you</li>';

  const detail = document.querySelector('#detail tbody');
  if (DETAIL[register]) {
    try {
      const row = await api(DETAIL[register](key));
      detail.innerHTML = Object.entries(row).filter(([, v]) => v !== null && typeof v !== 'object')
        .map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(show(v, LABELS[v] ? 'label' : ''))}</td></tr>`).join('');
    } catch (error) {
      detail.innerHTML = `<tr><td class="error">${esc(error.message)}</td></tr>`;
    }
  } else {
    detail.innerHTML = '<tr><td>见所属台账 / See its register</td></tr>';
  }

  const trail = document.querySelector('#trail tbody');
  let instanceId = tasks.length ? tasks[0].processInstanceId : null;
  try {
    const caseTrail = await api('/api/trail/cases/' + encodeURIComponent(key));
    instanceId = caseTrail.processInstanceId;
    // keys and chosen options as the forms labelled them, people by name
    const field = k => caseTrail.fields[k] || {};
    const text = (k, v) => (field(k).options || {})[v] || show(v, LABELS[v] ? 'label' : '');
    const person = id => (caseTrail.people[id] ? `${caseTrail.people[id]} (${id})` : id || '');
    trail.innerHTML = caseTrail.entries.map(e => `<tr><td>${esc(show(e.at, 'moment'))}</td>
      <td>${esc(e.name || e.kind)}</td><td>${esc(person(e.completedBy || e.actor))}</td>
      <td>${esc(Object.entries(e.values || {}).map(([k, v]) => (field(k).label || k) + ': ' + text(k, v)).join('；'))}</td>
      </tr>`).join('');
  } catch (error) {
    trail.innerHTML = `<tr><td colspan="4">${error.status === 403
      ? '只有经办人、主席和经审委可查看此轨迹 / Only those who took part, the chair and the auditors read this trail'
      : esc(error.message)}</td></tr>`;
  }
  await showFiles(instanceId);
})();

/** The case's files, each a download, and the page to add more; only processes that take files answer. */
async function showFiles(instanceId) {
  const list = document.getElementById('files');
  if (!instanceId) {
    list.innerHTML = '<li>无 / None</li>';
    return;
  }
  const page = 'attachments.html?case=' + encodeURIComponent(instanceId);
  try {
    const files = await api('/api/cases/' + encodeURIComponent(instanceId) + '/attachments');
    list.innerHTML = files.files.map(f => `<li><a href="${esc(f.href)}" download>${esc(f.fileName)}</a>
      （${esc(f.typeLabel)}，${esc(f.uploaderName)}）</li>`).join('')
      + `<li><a href="${page}">${files.mayAdd ? '上传或查看文件 / Upload or read files' : '查看文件 / Read files'}</a></li>`;
  } catch (error) {
    list.innerHTML = error.status === 404 ? '<li>此类案件无附件 / This kind of case takes no files</li>'
      : `<li>${esc(error.message)}</li>`;
  }
}
