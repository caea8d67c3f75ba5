// The Cockpit trail's wording (webjars/camunda/app/cockpit/scripts/trail-format.js). Run by
// CockpitTrailPluginTests through `node --test`; the TZ below shows the browser's zone does not matter.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chainLabel, formatDuration, formatTime, kindLabel, personLabel, stateLabel, valueLines}
  from '../../main/resources/META-INF/resources/webjars/camunda/app/cockpit/scripts/trail-format.js';

/** Asserts what the function answers for each value, as [value, answer] pairs. */
function answers(format, pairs) {
  pairs.forEach(([value, answer]) => assert.equal(format(value), answer, `${format.name}(${value})`));
}

test('times are the union\'s wall clock, whatever the zone the browser runs in', () => {
  assert.equal(process.env.TZ, 'America/Los_Angeles');
  answers(formatTime, [['2026-12-02T06:05:59.900Z', '2026-12-02 14:05'],
    // 16:30 UTC is already the next day in Beijing
    ['2026-12-31T16:30:00Z', '2027-01-01 00:30'],
    ['2026-12-02T14:05:00+08:00', '2026-12-02 14:05'], [null, '']]);
});

test('durations read as their two largest units', () => {
  answers(formatDuration, [['PT76H2M', '3 天 4 小时'], ['PT3M38.327S', '3 分钟 38 秒'], ['PT72H5M', '3 天'],
    ['PT1H', '1 小时'], ['PT0.327S', '不足 1 秒'], [null, '']]);
});

test('codes become bilingual labels, unknown codes stay readable', () => {
  answers(kindLabel, [['USER_TASK', '审批步骤 / User task'], ['CASE_STARTED', '发起 / Case started'],
    ['DECISION', '规则判定 / Decision'], ['SOMETHING_NEW', 'SOMETHING_NEW']]);
  answers(stateLabel, [['COMPLETED', '已完成 / Completed'], ['EXTERNALLY_TERMINATED', '已撤销 / Cancelled']]);
  answers(chainLabel, [['BROKEN', '✗ 不符 / BROKEN'], [null, '']]);
});

test('submitted values are label: value lines', () => {
  assert.deepEqual(valueLines({plannedDate: '2026-12-03', plannedVisitors: 'Zhao Min', hardshipFound: false,
    comments: ['ps-officer1: 已电话联系', 'ps-chair: 同意'], empty: '', none: null}), [
    ['plannedDate', '2026-12-03'],
    ['plannedVisitors', 'Zhao Min'],
    ['hardshipFound', '否 / no'],
    ['评论 / Comments', 'ps-officer1: 已电话联系；ps-chair: 同意']
  ]);
  assert.deepEqual(valueLines({state: 'COMPLETED', deleteReason: null}), [['结果 / State', '已完成 / Completed']]);
  assert.deepEqual(valueLines({status: 'open'}), [['状态 / Status', '待办理 / Open']]);
  assert.deepEqual(valueLines({decision: 'visitStandard', inputs: {eventType: 'HOSPITALISATION', days: 5},
    outputs: [{amount: 500}], at: '2026-12-02T06:05:00Z'}), [
    ['规则 / Decision', 'visitStandard'],
    ['依据 / Inputs', 'eventType HOSPITALISATION，days 5'],
    ['结论 / Outputs', '金额 / Amount 500'],
    ['at', '2026-12-02 14:05']
  ]);
  assert.deepEqual(valueLines(null), []);
});

test('submitted keys and chosen options read as the forms labelled them, people by name', () => {
  const fields = {
    eventType: {label: 'Event type / 事件类型', options: {WEDDING: 'Wedding / 结婚'}},
    plannedOfficers: {label: 'Officers / 走访人员', options: {'ps-officer1': '王静'}}
  };
  assert.deepEqual(valueLines({eventType: 'WEDDING', plannedOfficers: ['ps-officer1', 'ps-officer9'],
    details: 'Sunday'}, fields), [
    ['Event type / 事件类型', 'Wedding / 结婚'],
    ['Officers / 走访人员', '王静；ps-officer9'],
    ['details', 'Sunday']]);
  assert.equal(personLabel('ps-officer1', {'ps-officer1': '王静'}), '王静 (ps-officer1)');
  assert.equal(personLabel('someone', {}), 'someone');
  assert.equal(personLabel(null, {}), '');
});
