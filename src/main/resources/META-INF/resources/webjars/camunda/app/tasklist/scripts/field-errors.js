// UnionFlow's Tasklist: a form the server refuses (400 with fieldErrors from submit-form, task or start form)
// shows each refusal under its field, in form-js's own error style, and keeps what was typed.
// Tasklist talks to the engine over XMLHttpRequest, so the answer is read where it arrives.

const SUBMIT_FORM = /\/(task|process-definition)\/[^/]+\/submit-form$/;
const MARK = 'unionflow-field-error';

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;

XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.unionflowSubmit = method.toUpperCase() === 'POST' && SUBMIT_FORM.exec(String(url).split('?')[0]);
  return open.call(this, method, url, ...rest);
};

XMLHttpRequest.prototype.send = function (...args) {
  const submit = this.unionflowSubmit;
  if (submit) {
    const form = formOf(submit[1]);
    clearMarks(form);
    this.addEventListener('load', () => {
      if (this.status === 400) {
        const errors = fieldErrors(this.responseText);
        // after Tasklist has drawn its own notice of the failure
        setTimeout(() => markFields(formOf(submit[1]), errors));
      }
    });
  }
  return send.apply(this, args);
};

/** The form being submitted: a start form sits in the start dialog, a task form in the task view. */
function formOf(kind) {
  const inDialog = document.querySelector('.modal .fjs-form');
  return (kind === 'process-definition' && inDialog) || document.querySelector('.fjs-form');
}

function fieldErrors(body) {
  try {
    const errors = JSON.parse(body).fieldErrors;
    return Array.isArray(errors) ? errors : [];
  } catch (notJson) {
    return [];
  }
}

function markFields(form, errors) {
  if (!form) {
    return;
  }
  for (const error of errors) {
    const field = fieldOf(form, error.field);
    if (field) {
      mark(field, error.message);
    }
  }
}

// a refusal in a dynamic list names its row and item: findings[2].result
const ROW_ITEM = /^[^[\]]+\[(\d+)\]\.(.+)$/;

/**
 * UnionFlow's forms name each component `<form id>_<key>`; form-js ends the element ids with it, and in the
 * rows of a dynamic list with the row's index after it (`<form id>_result_2`).
 */
function fieldOf(form, key) {
  const row = ROW_ITEM.exec(key);
  const suffix = '_' + (row ? row[2] + '_' + row[1] : key);
  const element = Array.from(form.querySelectorAll('[id]'))
    .find((candidate) => candidate.id.endsWith(suffix) || candidate.id.includes(suffix + '-'));
  return element && element.closest('.fjs-form-field');
}

function mark(field, message) {
  field.classList.add('fjs-has-errors', MARK);
  field.querySelectorAll('input, textarea, select').forEach((input) => input.setAttribute('aria-invalid', 'true'));
  const text = document.createElement('div');
  text.className = 'fjs-form-field-error ' + MARK + '-message';
  text.setAttribute('role', 'alert');
  text.textContent = message;
  field.appendChild(text);
  // the mark goes as soon as the officer corrects the field
  const clear = () => unmark(field);
  field.addEventListener('input', clear, { once: true });
  field.addEventListener('change', clear, { once: true });
}

function unmark(field) {
  field.classList.remove('fjs-has-errors', MARK);
  field.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  field.querySelectorAll('.' + MARK + '-message').forEach((text) => text.remove());
}

function clearMarks(form) {
  if (form) {
    form.querySelectorAll('.' + MARK).forEach(unmark);
  }
}
