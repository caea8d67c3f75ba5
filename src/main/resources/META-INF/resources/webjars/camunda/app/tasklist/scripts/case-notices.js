// UnionFlow's Tasklist tells people what they caused: starting a case tells its business key, the number quoted
// from then on; a submitted task form that booked a payment (a pay form) tells its voucher number (凭证号).
// The answers are read where they arrive.

const START = /\/process-definition\/[^/]+\/(submit-form|start)$/;
const TASK_SUBMIT = /\/task\/([^/]+)\/(submit-form|complete)$/;
const MONEY = new Intl.NumberFormat('zh-CN', {style: 'currency', currency: 'CNY'});

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;

XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const path = String(url).split('?')[0];
  const post = method.toUpperCase() === 'POST';
  this.unionflowStart = post && START.test(path);
  this.unionflowTask = post && TASK_SUBMIT.test(path) ? decodeURIComponent(path.match(TASK_SUBMIT)[1]) : null;
  return open.call(this, method, url, ...rest);
};

XMLHttpRequest.prototype.send = function (...args) {
  if (this.unionflowStart || this.unionflowTask) {
    this.addEventListener('load', () => {
      if (this.status < 200 || this.status >= 300) {
        return;
      }
      if (this.unionflowStart) {
        const key = businessKey(this.responseText);
        if (key) {
          tell('已发起 ' + key + ' / Started ' + key, 'started');
        }
      } else {
        tellVouchers(this.unionflowTask);
      }
    });
  }
  return send.apply(this, args);
};

function businessKey(body) {
  try {
    return JSON.parse(body).businessKey || null;
  } catch (notJson) {
    return null;
  }
}

/** Most tasks book nothing: then the answer is an empty list and nothing is said. */
async function tellVouchers(taskId) {
  const answer = await fetch('/api/my/tasks/' + encodeURIComponent(taskId) + '/vouchers',
    {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!answer.ok) {
    return;
  }
  for (const voucher of await answer.json()) {
    tell('已记账，凭证号 ' + voucher.voucherNo + '（' + MONEY.format(voucher.amount) + '，' + voucher.entryDate
      + '）/ Booked, voucher ' + voucher.voucherNo, 'voucher');
  }
}

/**
 * A notice in Tasklist's style that stays until closed (placed by user-styles.css): Tasklist's own notifications
 * go after 3 seconds, too soon to note the number.
 */
function tell(text, kind) {
  let stack = document.querySelector('.unionflow-case-notices');
  if (!stack) {
    stack = document.createElement('div');
    stack.className = 'unionflow-case-notices';
    document.body.appendChild(stack);
  }
  const notice = document.createElement('div');
  notice.className = 'alert alert-success alert-dismissible unionflow-case-' + kind;
  notice.setAttribute('role', 'status');
  notice.innerHTML = '<button type="button" class="close" aria-label="关闭 / Close">&times;</button>';
  notice.append(text);
  notice.querySelector('.close').addEventListener('click', () => notice.remove());
  stack.appendChild(notice);
}
