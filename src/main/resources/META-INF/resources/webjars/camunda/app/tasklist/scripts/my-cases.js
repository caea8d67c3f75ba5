// "My cases / 我发起的" in Tasklist's header: the cases this person started (an event reported, aid applied for,
// an expense requested), each with its business key, where it stands now and the vouchers of its payments.
// A reporter follows the case here without any right to the case's tasks.

const STATES = {
  ACTIVE: '办理中 / In progress',
  SUSPENDED: '已暂停 / Suspended',
  COMPLETED: '已办结 / Completed',
  EXTERNALLY_TERMINATED: '已撤销 / Cancelled',
  INTERNALLY_TERMINATED: '已终止 / Ended early'
};
const STARTED = new Intl.DateTimeFormat('sv-SE', {timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
  day: '2-digit', hour: '2-digit', minute: '2-digit'});

function esc(text) {
  const span = document.createElement('span');
  span.textContent = text == null ? '' : String(text);
  return span.innerHTML;
}

function row(myCase) {
  const steps = myCase.currentSteps.length ? myCase.currentSteps.join('；') : '—';
  return `<tr data-key="${esc(myCase.businessKey)}"><td class="my-case-key">${esc(myCase.businessKey)}</td>
    <td>${esc(myCase.process)}</td><td>${esc(STARTED.format(new Date(myCase.startedAt)))}</td>
    <td class="my-case-state">${esc(STATES[myCase.state] || myCase.state)}</td>
    <td class="my-case-steps">${esc(steps)}</td><td class="my-case-vouchers">${esc(myCase.vouchers.join('，'))}</td></tr>`;
}

async function show(panel) {
  const body = panel.querySelector('tbody');
  body.innerHTML = '<tr><td colspan="6">加载中… / Loading…</td></tr>';
  const answer = await fetch('/api/my/cases', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!answer.ok) {
    body.innerHTML = '<tr><td colspan="6">无法读取 / Could not be read (' + answer.status + ')</td></tr>';
    return;
  }
  const cases = await answer.json();
  body.innerHTML = cases.length ? cases.map(row).join('')
    : '<tr><td colspan="6">您还没有发起案件 / You have started no case</td></tr>';
}

function panel() {
  let node = document.querySelector('.unionflow-my-cases');
  if (!node) {
    node = document.createElement('div');
    node.className = 'unionflow-my-cases panel panel-default';
    node.style.display = 'none';
    node.innerHTML = `<div class="panel-heading"><button type="button" class="close" aria-label="关闭 / Close">&times;</button>
      <h3 class="panel-title">我发起的案件 / My cases</h3></div>
      <table class="table table-condensed"><thead><tr><th>案件编号 / Case</th><th>流程 / Process</th>
      <th>发起时间 / Started</th><th>状态 / State</th><th>当前步骤 / Current step</th><th>凭证号 / Vouchers</th></tr></thead>
      <tbody></tbody></table>`;
    node.querySelector('.close').addEventListener('click', () => { node.style.display = 'none'; });
    document.body.appendChild(node);
  }
  return node;
}

export default {
  id: 'unionflow.my.cases',
  pluginPoint: 'tasklist.navbar.action',
  priority: 20,
  render: node => {
    node.innerHTML = '<button type="button" class="btn btn-link navbar-btn unionflow-my-cases-link">我发起的 / My cases</button>';
    node.querySelector('button').addEventListener('click', () => {
      const cases = panel();
      const opening = cases.style.display === 'none';
      cases.style.display = opening ? '' : 'none';
      if (opening) {
        show(cases);
      }
    });
  }
};
