// A case's files: the list (each a download), and the upload form for those who may add files while the case
// runs. The server reads each file's type from its content and refuses at the field; this page only says so.
'use strict';

function size(bytes) {
  // 10 MB, not 10.0 MB
  const round = value => String(Number(value.toFixed(1)));
  return bytes < 1024 ? bytes + ' B' : bytes < 1048576 ? round(bytes / 1024) + ' KB' : round(bytes / 1048576) + ' MB';
}

(async () => {
  const caseId = new URLSearchParams(location.search).get('case');
  if (!await frame(null)) {
    return;
  }
  const endpoint = '/api/cases/' + encodeURIComponent(caseId || '') + '/attachments';
  const form = document.getElementById('upload');
  const error = document.getElementById('file-error');

  async function load() {
    let files;
    try {
      files = await api(endpoint);
    } catch (failure) {
      document.querySelector('main').innerHTML = `<p class="notice">${failure.status === 404
        ? '找不到此案件 / No such case' : failure.status === 403
        ? '您不能查看此案件的文件 / You may not read this case\'s files' : esc(failure.message)}</p>`;
      return null;
    }
    document.getElementById('title').textContent = `案件附件 / Case files · ${files.businessKey || ''} · ${files.caseName || ''}`;
    document.getElementById('limits').textContent = `PDF、JPEG、PNG、Word、Excel，每个不超过 ${size(files.maxSize)} / each at most ${
      size(files.maxSize)}`;
    form.hidden = !files.mayAdd;
    const closed = document.getElementById('closed');
    closed.hidden = files.mayAdd;
    closed.textContent = files.running ? '只有办理此案件的人可以添加文件 / Only those who work on the case may add files'
      : '案件已结束，不能再添加文件 / The case has ended: no more files can be added';
    document.querySelector('#files tbody').innerHTML = files.files.map(f => `<tr>
      <td><a href="${esc(f.href)}" download>${esc(f.fileName)}</a></td><td>${esc(f.typeLabel)}</td>
      <td class="money">${esc(size(f.size))}</td><td>${esc(f.uploaderName)}</td><td>${esc(show(f.uploadedAt, 'moment'))}</td>
      <td>${esc(f.step)}</td><td><code title="${esc(f.sha256)}">${esc(f.sha256.slice(0, 16))}…</code></td></tr>`).join('')
      || '<tr><td colspan="7">尚无文件 / No files yet</td></tr>';
    return files;
  }

  const files = await load();
  if (!files) {
    return;
  }
  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.textContent = '';
    const chosen = document.getElementById('file').files[0];
    if (!chosen) {
      error.textContent = '请选择文件 / Choose a file';
      return;
    }
    if (chosen.size > files.maxSize) {
      error.textContent = `文件过大，最大 ${size(files.maxSize)} / The file is too large: at most ${size(files.maxSize)}`;
      return;
    }
    const body = new FormData();
    body.append('file', chosen);
    document.getElementById('send').disabled = true;
    try {
      const response = await fetch(endpoint, {method: 'POST', credentials: 'same-origin', body,
        headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', [me.csrfHeader]: me.csrfToken}});
      const answer = await response.json().catch(() => ({}));
      if (!response.ok) {
        const refusal = new ApiError(response.status, answer);
        error.textContent = refusal.fields.file || refusal.message;
        return;
      }
      document.getElementById('sent').textContent = `已上传 / Uploaded: ${answer.fileName}`;
      form.reset();
      await load();
    } catch (failure) {
      error.textContent = '上传未完成，文件未保存，请重试 / The upload did not finish and nothing was kept: try again';
    } finally {
      document.getElementById('send').disabled = false;
    }
  });
})();
