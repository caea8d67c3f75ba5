// Who Cockpit offers its actions to (webjars/camunda/app/cockpit/scripts/roles.js). Run by CockpitTrailPluginTests
// through `node --test`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mayChange} from '../../main/resources/META-INF/resources/webjars/camunda/app/cockpit/scripts/roles.js';

test('only the administrators may change cases in Cockpit', () => {
  assert.equal(mayChange([{id: 'camunda-admin', type: 'SYSTEM'}]), true);
  assert.equal(mayChange([{id: 'chair'}, {id: 'committee'}]), false);
  assert.equal(mayChange([{id: 'auditors'}]), false);
  assert.equal(mayChange([]), false);
  assert.equal(mayChange(null), false);
});
