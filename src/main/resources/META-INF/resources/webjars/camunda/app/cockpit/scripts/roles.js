// Who may change cases in Cockpit. The engine lets only the administrators' group suspend, cancel, retry, migrate
// or edit variables; every other role (the chair, the auditors) reads.
export const ADMIN_GROUP = 'camunda-admin';

/** Whether a user in these groups (the engine's group list: objects with an id) may act on cases. */
export function mayChange(groups) {
  return Array.isArray(groups) && groups.some(group => group && group.id === ADMIN_GROUP);
}
