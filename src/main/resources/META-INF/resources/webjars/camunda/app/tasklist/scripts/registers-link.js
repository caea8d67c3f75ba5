// A link from Tasklist's header to the union's registers (台账), which use the same login.
export default {
  id: 'unionflow.registers.link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 10,
  render: node => {
    node.innerHTML = '<a href="/registers/" class="btn btn-link navbar-btn">台账 / Registers</a>';
  }
};
