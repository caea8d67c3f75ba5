// 会员档案: officers and the chair add and edit members here; the REST API validates and answers per field.
'use strict';

(async () => {
  if (!await frame('MEMBERS')) {
    return;
  }
  const contacts = me.details.includes('MEMBER_CONTACTS');
  const form = document.getElementById('filters');
  const columns = [
    {key: 'staffNo', label: '工号 / Staff no.', sortable: true,
      html: contacts ? row => `<a href="#" data-id="${row.id}">${esc(row.staffNo)}</a>` : undefined},
    {key: 'name', label: '姓名 / Name', sortable: true},
    {key: 'unionGroup', label: '工会小组 / Union group', sortable: true},
    {key: 'department', label: '部门 / Department'},
    {key: 'status', label: '状态 / Status', type: 'label'},
    {key: 'gender', label: '性别 / Gender', type: 'label'},
    ...(contacts ? [{key: 'birthDate', label: '出生日期 / Birth date'}] : []),
    {key: 'joinDate', label: '入会日期 / Join date', sortable: true},
    ...(contacts ? [{key: 'phone', label: '电话 / Phone'}] : [])
  ];
  const table = pagedTable({form, table: document.getElementById('rows'), pager: document.getElementById('pager'),
    endpoint: '/api/members', columns, sort: 'name,asc'});
  const groups = await api('/api/members/groups');
  document.getElementById('unionGroup').innerHTML += groups.map(g => `<option>${esc(g)}</option>`).join('');
  const exportLink = type => () => '/api/members/export.' + type + '?' + query(table.filters());
  ['csv', 'xlsx'].forEach(type => document.getElementById(type).onclick = event => {
    event.currentTarget.href = exportLink(type)();
  });
  await table.load();
  if (!contacts) {
    return;
  }

  // officers and the chair keep the register (the server checks it again)
  const dialog = document.getElementById('editor');
  const edit = document.getElementById('memberForm');
  let editing = null;
  function open(member) {
    editing = member ? member.id : null;
    document.getElementById('editorTitle').textContent = member ? '修改会员 / Edit member' : '新增会员 / Add member';
    edit.reset();
    edit.querySelectorAll('.error').forEach(e => { e.textContent = ''; });
    Object.entries(member || {}).forEach(([k, v]) => { if (edit.elements[k]) edit.elements[k].value = v ?? ''; });
    dialog.showModal();
  }
  document.getElementById('add').hidden = false;
  document.getElementById('add').onclick = () => open(null);
  document.getElementById('cancel').onclick = () => dialog.close();
  // the staff number opens the member for editing
  document.getElementById('rows').addEventListener('click', async event => {
    if (event.target.dataset.id) {
      event.preventDefault();
      open(await api('/api/members/' + event.target.dataset.id));
    }
  });
  edit.addEventListener('submit', async event => {
    event.preventDefault();
    const body = Object.fromEntries(new FormData(edit));
    Object.keys(body).forEach(k => { if (body[k] === '') body[k] = null; });
    try {
      await api(editing ? '/api/members/' + editing : '/api/members', {method: editing ? 'PUT' : 'POST', body});
      dialog.close();
      await table.load();
    } catch (error) {
      edit.querySelectorAll('.error').forEach(e => { e.textContent = error.fields[e.dataset.field] || ''; });
      document.getElementById('formError').textContent = Object.keys(error.fields).length ? '' : error.message;
    }
  });
})();
