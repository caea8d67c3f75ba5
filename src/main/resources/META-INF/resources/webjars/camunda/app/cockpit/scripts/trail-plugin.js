// Approval trail / 审批轨迹 in Cockpit. Reads the authenticated UnionFlow REST (/api/trail) with the Cockpit
// login's session; Community Cockpit has no history views, so the page also finds finished cases. The words
// (times, durations, labels) come from trail-format.js.
import {chainLabel, formatDuration, formatTime, kindLabel, personLabel, stateLabel, valueLines}
  from './trail-format.js';

const API = '/api/trail';
const LABEL = 'Approval trail / 审批轨迹';

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;',
    "'": '&#39;'}[c]));
}

async function getJson(path) {
  const response = await fetch(API + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(response.status + ': ' + (body.detail || response.statusText));
  }
  return body;
}

function chainText(chain) {
  return chain.intact
    ? 'Chain intact / 链完整: ' + chain.steps + ' steps'
    : 'Chain BROKEN at step ' + chain.firstBrokenStep + ' (' + chain.brokenTask + ') / 链不符';
}

function values(entry, fields) {
  return valueLines(entry.values, fields).map(([label, text]) =>
    `<div class="trail-value"><span class="text-muted">${esc(label)}:</span> ${esc(text)}</div>`).join('');
}

function renderTrail(node, trail) {
  const key = encodeURIComponent(trail.businessKey);
  const rows = trail.entries.map(e => `<tr class="trail-entry trail-${esc(e.kind)}">
      <td style="white-space:nowrap">${esc(formatTime(e.at))}</td><td>${esc(kindLabel(e.kind))}</td><td>${esc(e.name)}</td>
      <td>${esc(personLabel(e.completedBy || e.actor, trail.people))}${e.claimedBy && e.claimedBy !== e.completedBy
        ? ' (认领 / claimed ' + esc(personLabel(e.claimedBy, trail.people)) + ')' : ''}</td>
      <td style="white-space:nowrap">${esc(formatDuration(e.waited))}</td>
      <td style="word-break:break-word">${values(e, trail.fields)}</td>
      <td>${esc(e.step)}</td><td>${esc(chainLabel(e.chain))}</td></tr>`).join('');
  node.innerHTML = `<div class="unionflow-trail" data-business-key="${esc(trail.businessKey)}">
    <p><strong>${esc(trail.businessKey)}</strong> · ${esc(trail.processName)} · ${esc(stateLabel(trail.state))} ·
      发起 / started ${esc(formatTime(trail.startedAt))} · ${esc(personLabel(trail.startedBy, trail.people))}</p>
    <p><span class="trail-chain ${trail.chain.intact ? 'text-success' : 'text-danger'}">${esc(chainText(trail.chain))}</span>
      <button type="button" class="btn btn-default btn-sm trail-verify">Verify chain / 校验</button>
      <a class="btn btn-link btn-sm" href="${API}/cases/${key}/csv">CSV</a>
      <a class="btn btn-link btn-sm" href="${API}/cases/${key}/pdf">PDF</a></p>
    <table class="table table-condensed table-bordered cam-table">
      <thead><tr><th>At / 时间</th><th>Kind / 类型</th><th>Step / 环节</th><th>By / 人员</th><th>Waited / 等待</th>
        <th>Values / 内容</th><th>No.</th><th>Chain / 校验</th></tr></thead>
      <tbody>${rows}</tbody></table></div>`;
  node.querySelector('.trail-verify').addEventListener('click', async () => {
    const target = node.querySelector('.trail-chain');
    try {
      const chain = await getJson('/cases/' + key + '/verify');
      target.textContent = chainText(chain) + ' (' + formatTime(new Date().toISOString()) + ')';
      target.className = 'trail-chain ' + (chain.intact ? 'text-success' : 'text-danger');
    } catch (error) {
      target.textContent = error.message;
    }
  });
}

async function show(node, path) {
  node.innerHTML = '<p>Loading the approval trail… / 加载中…</p>';
  try {
    renderTrail(node, await getJson(path));
  } catch (error) {
    node.innerHTML = `<p class="text-danger">${esc(error.message)}</p>`;
  }
}

function renderSearch(node) {
  // Cockpit's main area clips what overflows it: the page scrolls inside itself
  node.innerHTML = `<section class="unionflow-trail-search"
    style="padding:15px;position:absolute;top:0;right:0;bottom:0;left:0;overflow:auto">
    <h3>${LABEL}</h3>
    <form class="form-inline trail-search">
      <input class="form-control trail-key" placeholder="Business key / 业务编号, e.g. VIS-2026">
      <label style="margin:0 10px"><input type="checkbox" class="trail-finished" checked> finished only / 仅已结束</label>
      <button type="submit" class="btn btn-primary">Search / 查询</button>
      <button type="button" class="btn btn-default trail-verify-all">Verify all cases / 校验全部</button>
    </form>
    <div class="trail-results" style="margin-top:10px"></div>
    <div class="trail-case"></div></section>`;
  const results = node.querySelector('.trail-results');
  const detail = node.querySelector('.trail-case');
  node.querySelector('.trail-search').addEventListener('submit', async event => {
    event.preventDefault();
    const key = node.querySelector('.trail-key').value.trim();
    const finished = node.querySelector('.trail-finished').checked;
    try {
      const found = await getJson('/cases?businessKey=' + encodeURIComponent(key) + '&finished=' + finished);
      results.innerHTML = found.length === 0 ? '<p>No case found / 无结果</p>'
        : '<ul class="list-unstyled">' + found.map(c => `<li><a href="" class="trail-open"
            data-key="${esc(c.businessKey)}">${esc(c.businessKey)}</a> · ${esc(c.processName)} · ${esc(stateLabel(c.state))}
            · ${esc(formatTime(c.startedAt))} – ${esc(formatTime(c.endedAt))}</li>`).join('') + '</ul>';
      results.querySelectorAll('.trail-open').forEach(link => link.addEventListener('click', clicked => {
        clicked.preventDefault();
        show(detail, '/cases/' + encodeURIComponent(link.dataset.key));
      }));
    } catch (error) {
      results.innerHTML = `<p class="text-danger">${esc(error.message)}</p>`;
    }
  });
  node.querySelector('.trail-verify-all').addEventListener('click', async () => {
    try {
      const checks = await getJson('/verify');
      const broken = checks.filter(c => !c.intact);
      results.innerHTML = `<p class="${broken.length ? 'text-danger' : 'text-success'}">${checks.length} cases checked,
        ${broken.length} broken / 已校验 ${checks.length} 件，不符 ${broken.length} 件</p>`
        + broken.map(c => `<p>${esc(c.businessKey)}: ${esc(chainText(c))}</p>`).join('');
    } catch (error) {
      results.innerHTML = `<p class="text-danger">${esc(error.message)}</p>`;
    }
  });
}

export default [
  {
    id: 'unionflow.trail.instanceTab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    properties: {label: LABEL},
    render: (node, {processInstanceId}) => show(node, '/instances/' + encodeURIComponent(processInstanceId))
  },
  {
    id: 'unionflow.trail.page',
    pluginPoint: 'cockpit.route',
    properties: {path: '/approval-trail'},
    render: node => renderSearch(node)
  },
  {
    id: 'unionflow.trail.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 20,
    properties: {path: '/approval-trail'},
    render: node => {
      node.innerHTML = `<a href="#/approval-trail">${LABEL}</a>`;
    }
  }
];
