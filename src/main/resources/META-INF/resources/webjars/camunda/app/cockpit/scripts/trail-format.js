// How the approval trail reads for a union officer: times in the union's zone, durations in days and hours,
// bilingual labels instead of the trail's codes, submitted values as "label: value" lines. No DOM here, so
// src/test/js/trail-format.test.mjs runs it under node.
export const UNION_ZONE = 'Asia/Shanghai';

const KINDS = {
  CASE_STARTED: '发起 / Case started',
  USER_TASK: '审批步骤 / User task',
  DECISION: '规则判定 / Decision',
  AUTOMATIC_STEP: '自动步骤 / Automatic step',
  TIMER: '定时 / Timer',
  MESSAGE: '消息 / Message',
  ESCALATION: '督办升级 / Escalation',
  PAYMENT: '经费收支 / Payment',
  CASE_ENDED: '结案 / Case ended'
};

const STATES = {
  ACTIVE: '办理中 / Active',
  SUSPENDED: '已挂起 / Suspended',
  COMPLETED: '已完成 / Completed',
  EXTERNALLY_TERMINATED: '已撤销 / Cancelled',
  INTERNALLY_TERMINATED: '已终止 / Terminated',
  open: '待办理 / Open'
};

// the keys the trail itself writes; a form's own variables keep their names
const KEYS = {
  status: '状态 / Status',
  state: '结果 / State',
  deleteReason: '撤销原因 / Reason',
  comments: '评论 / Comments',
  decision: '规则 / Decision',
  inputs: '依据 / Inputs',
  outputs: '结论 / Outputs',
  voucherNo: '凭证号 / Voucher',
  amount: '金额 / Amount',
  direction: '收支 / Direction',
  category: '类别 / Category',
  budgetLine: '预算科目 / Budget line',
  entryDate: '记账日期 / Entry date',
  description: '摘要 / Description'
};

const CHAIN = {ok: '✓ ok', BROKEN: '✗ 不符 / BROKEN', unverified: '未校验 / unverified'};

const TIME = new Intl.DateTimeFormat('en-CA', {timeZone: UNION_ZONE, year: 'numeric', month: '2-digit',
  day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'});
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An instant as 2026-12-02 14:05 in the union's zone, whatever the browser's; '' for none. */
export function formatTime(instant) {
  if (!instant) {
    return '';
  }
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) {
    return String(instant);
  }
  const part = Object.fromEntries(TIME.formatToParts(date).map(p => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

const UNITS = [['天', 86400], ['小时', 3600], ['分钟', 60], ['秒', 1]];

/** A java.time.Duration (PT76H2M, PT3M38.327S) as its two largest units: 3 天 4 小时, 3 分钟 38 秒. */
export function formatDuration(iso) {
  const match = /^PT(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+(?:\.\d+)?)S)?$/.exec(iso || '');
  if (!match) {
    return iso ? String(iso) : '';
  }
  let seconds = Math.floor((+match[1] || 0) * 3600 + (+match[2] || 0) * 60 + (+match[3] || 0));
  if (seconds < 1) {
    return '不足 1 秒';
  }
  // the two most significant units from the first one that counts; a zero second unit is left out
  const counts = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(seconds / size);
    seconds -= count * size;
    if (count > 0 || counts.length) {
      counts.push([count, unit]);
    }
  }
  return counts.slice(0, 2).filter(([count]) => count > 0).map(([count, unit]) => count + ' ' + unit).join(' ');
}

export function kindLabel(kind) {
  return KINDS[kind] || String(kind ?? '');
}

export function stateLabel(state) {
  return STATES[state] || String(state ?? '');
}

export function chainLabel(chain) {
  return chain ? CHAIN[chain] || String(chain) : '';
}

function valueText(key, value, fields) {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  if (typeof value === 'boolean') {
    return value ? '是 / yes' : '否 / no';
  }
  if (typeof value === 'string') {
    if (key === 'state' || key === 'status') {
      return stateLabel(value);
    }
    const option = fields[key]?.options?.[value];
    if (option) {
      return option;
    }
    return INSTANT.test(value) ? formatTime(value) : value;
  }
  if (Array.isArray(value)) {
    return value.map(item => valueText(key, item, fields)).join('；');
  }
  if (typeof value === 'object') {
    return Object.entries(value).map(([k, v]) => `${keyLabel(k, fields)} ${valueText(k, v, fields)}`).join('，');
  }
  return String(value);
}

function keyLabel(key, fields) {
  return KEYS[key] || fields[key]?.label || key;
}

/**
 * A trail entry's values as [label, text] pairs, in the order the server sent them; empty ones left out.
 * {@code fields} are the trail's form labels: a key reads as its field's label, a chosen option as its label.
 */
export function valueLines(values, fields = {}) {
  return Object.entries(values || {})
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => [keyLabel(key, fields), valueText(key, value, fields)]);
}

/** A person as 王静 (ps-officer1) from the trail's names; an id without a name as it is, none as ''. */
export function personLabel(userId, people = {}) {
  if (!userId) {
    return '';
  }
  return people[userId] ? `${people[userId]} (${userId})` : userId;
}
