// form-js's own words in Tasklist (webjars/camunda/app/tasklist/scripts/form-texts.js). Run by
// CockpitTrailPluginTests through `node --test`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chinesePlaceholder, chineseText}
  from '../../main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/form-texts.js';

test('form-js validation messages read in Chinese, with their figures', () => {
  assert.equal(chineseText('Field is required.'), '此项必填。');
  assert.equal(chineseText('Field must have minimum value of 0.01.'), '不能小于 0.01。');
  assert.equal(chineseText('Field must have maximum value of 50000.'), '不能大于 50000。');
  assert.equal(chineseText('Field must have maximum length of 200.'), '最多填写 200 个字。');
  assert.equal(chineseText('Date and time must both be entered.'), '请同时填写日期和时间。');
});

test('pickers speak Chinese when empty', () => {
  assert.equal(chineseText('Select'), '请选择');
  assert.equal(chineseText('No results'), '没有匹配项');
  assert.equal(chinesePlaceholder('Search'), '输入以搜索');
  assert.equal(chinesePlaceholder('hh:mm'), '时:分');
});

test('date placeholders keep the order the picker parses', () => {
  assert.equal(chinesePlaceholder('mm/dd/yyyy'), '月/日/年');
  assert.equal(chinesePlaceholder('dd.mm.yyyy'), '日.月.年');
  assert.equal(chinesePlaceholder('yyyy-mm-dd'), '年-月-日');
});

test('our own Chinese texts and unknown texts stay as they are', () => {
  assert.equal(chineseText('金额超出预算 / exceeds the budget'), '金额超出预算 / exceeds the budget');
  assert.equal(chineseText('Selected'), 'Selected');
  assert.equal(chinesePlaceholder('e.g. 王芳'), 'e.g. 王芳');
});
