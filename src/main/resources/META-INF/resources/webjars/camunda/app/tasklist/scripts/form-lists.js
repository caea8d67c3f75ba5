// UnionFlow's Tasklist: dynamic lists (the audit's rows) in Camunda Forms. form-js 1.8 leaves an emptied entry in
// its errors for every edited item of a row (errors[<item>] = []), and Tasklist 7.24 counts any entry as an error:
// after the first edit in a row, 完成 stays disabled. This drops the empty entries before Tasklist reads them.
// Tasklist takes form-js from the webjar's bundle, so it is reached through the bundle's module registry, by the
// id Camunda 7.24.0's Tasklist itself requires it with.
const FORM_JS_MODULE = 57661;

function withoutEmptyEntries(errors) {
  const kept = {};
  for (const [field, messages] of Object.entries(errors || {})) {
    if (!isEmpty(messages)) {
      kept[field] = messages;
    }
  }
  return kept;
}

function isEmpty(messages) {
  return messages === undefined || messages === null
    || (Array.isArray(messages) && messages.every(isEmpty));
}

(self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []).push([['unionflow-form-lists'], {},
  (require) => {
    const Form = require(FORM_JS_MODULE).Form;
    if (!Form || typeof Form.prototype._setState !== 'function') {
      console.warn('UnionFlow: form-js not found in the Tasklist bundle; dynamic lists may keep 完成 disabled');
      return;
    }
    const setState = Form.prototype._setState;
    Form.prototype._setState = function (state) {
      const cleaned = state && state.errors ? { ...state, errors: withoutEmptyEntries(state.errors) } : state;
      return setState.call(this, cleaned);
    };
  }]);
