// A link from Cockpit's header to the union's registers (台账), which use the same login.
export default {
  id: 'unionflow.registers.link',
  pluginPoint: 'cockpit.navigation',
  priority: 10,
  render: node => {
    node.innerHTML = '<a href="/registers/">台账 / Registers</a>';
  }
};
