package org.unionflow.platform.forms;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * What a person may put into a case: exactly the input fields of the step's Camunda Form, as plain values, and a
 * Json value for a list field alone (a taglist, a checklist, a dynamic list's rows), as Tasklist sends them.
 * Anything else (a variable the process computes, a domain id, a serialized Java object) is refused by name.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FormContract {

  static final String NOT_A_FIELD = "不是此表单的字段，不能提交 / is not a field of this form";
  static final String WRONG_TYPE = "只接受文字、数字、日期或是否 / only text, numbers, dates and yes/no are accepted";
  static final String NO_FORM = "此步骤没有表单，不能提交数据 / this step has no form to submit";

  // engine value types a form's single field can produce; Object, Bytes, File and Xml values never come from a form
  private static final Set<String> PLAIN_TYPES =
      Set.of("null", "string", "boolean", "integer", "long", "short", "double", "date");
  private static final String JSON = "json";

  private final FormSchemas schemas;

  /**
   * Refuses, naming each, the submitted names the form does not ask for and the values no form sends.
   *
   * @param formId    the step's form, or null when the step has none (then nothing may be submitted)
   * @param submitted variable names and values as the caller sent them
   * @param alsoAllowed names the step takes beside its form's fields, checked where they are used
   */
  public void check(String formId, Map<String, ?> submitted, Set<String> alsoAllowed) {
    if (submitted == null || submitted.isEmpty()) {
      return;
    }
    Map<String, FormField> fields = new HashMap<>();
    if (formId != null) {
      schemas.fields(formId).orElse(List.of()).forEach(field -> fields.put(field.key(), field));
    }
    FieldErrors errors = new FieldErrors();
    for (String name : submitted.keySet()) {
      if (!fields.containsKey(name) && !alsoAllowed.contains(name)) {
        errors.reject(name, formId == null ? NO_FORM : NOT_A_FIELD);
      } else if (!isPlain(valueOf(submitted, name), fields.get(name))) {
        errors.reject(name, WRONG_TYPE);
      }
    }
    errors.throwIfAny();
  }

  // a variable map hands out serialized objects typed, without trying to deserialize them
  private static Object valueOf(Map<String, ?> submitted, String name) {
    return submitted instanceof VariableMap variables ? variables.getValueTyped(name) : submitted.get(name);
  }

  private static boolean isPlain(Object value, FormField field) {
    if (value instanceof TypedValue typed) {
      String type = typed.getType() == null ? null : typed.getType().getName();
      return type == null || PLAIN_TYPES.contains(type) || JSON.equals(type) && field != null && field.takesJson();
    }
    return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof Date;
  }
}
