// UnionFlow's Tasklist: starting a case tells its business key, the number the officer quotes from then on.
// The start answer (submit-form on a process definition: the new instance) is read where it arrives.

const START = /\/process-definition\/[^/]+\/(submit-form|start)$/;
const MARK = 'unionflow-case-started';

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;

XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.unionflowStart = method.toUpperCase() === 'POST' && START.test(String(url).split('?')[0]);
  return open.call(this, method, url, ...rest);
};

XMLHttpRequest.prototype.send = function (...args) {
  if (this.unionflowStart) {
    this.addEventListener('load', () => {
      const key = this.status >= 200 && this.status < 300 ? businessKey(this.responseText) : null;
      if (key) {
        tell(key);
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

/**
 * A notice in Tasklist's style that stays until closed (placed by user-styles.css): Tasklist's own "流程已发起。"
 * and its whole notification stack go after 3 seconds, too soon to note the number.
 */
function tell(key) {
  const notice = document.createElement('div');
  notice.className = 'alert alert-success alert-dismissible ' + MARK;
  notice.setAttribute('role', 'status');
  notice.innerHTML = '<button type="button" class="close" aria-label="关闭 / Close">&times;</button>';
  notice.append('已发起 ' + key + ' / Started ' + key);
  notice.querySelector('.close').addEventListener('click', () => notice.remove());
  document.body.appendChild(notice);
}
