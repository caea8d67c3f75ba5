package org.unionflow.platform.forms;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Enforces on the server what a Camunda Form promises in the browser, then the process's own
 * {@link FormInputCheck}s; refuses the whole submission with every field error at once. A date field given as a
 * typed Date (an instant, over the REST API) is taken as that moment's day in the union's time zone. A dynamic list
 * is checked row by row, each item as its field declares, the refusal named by row ({@code findings[2].result}).
 */
@Component
public class FormValidator {

  // sane bounds of a union's calendar for any date a person enters (plans, periods, birth dates)
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);
  private static final BigDecimal LARGEST_NUMBER = new BigDecimal("1000000000000");
  // C0/C1 controls, DEL, bidi embeddings/overrides/isolates, zero-width joiners and the BOM
  private static final Pattern SINGLE_LINE_CONTROLS =
      Pattern.compile("[\\p{Cc}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
  private static final Pattern MULTI_LINE_CONTROLS =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
  // forms show earlier answers in Markdown text views: a tag or a link/image there would be rendered
  private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|\\]\\s*\\(|javascript:", Pattern.CASE_INSENSITIVE);

  private final FormSchemas schemas;
  private final Map<String, List<FormInputCheck>> checksByFormId;
  private final StartFormChoices startChoices;
  private final Clock clock;

  FormValidator(FormSchemas schemas, List<FormInputCheck> checks, StartFormChoices startChoices, Clock clock) {
    this.schemas = schemas;
    this.startChoices = startChoices;
    this.checksByFormId = checks.stream().collect(Collectors.groupingBy(FormInputCheck::formId));
    this.clock = clock;
  }

  public void validate(String formId, String unionId, VariableScope submitted) {
    FieldErrors errors = new FieldErrors();
    // a start form's choice no longer offered is told after the domain rules, which may say better why
    FieldErrors unlisted = new FieldErrors();
    for (FormField field : schemas.fields(formId).orElse(List.of())) {
      if (field.isDate() && submitted.getVariable(field.key()) instanceof Date instant) {
        submitted.setVariable(field.key(), instant.toInstant().atZone(clock.getZone()).toLocalDate().toString());
      }
      if (field.isRows()) {
        checkRows(field, submitted, errors);
        continue;
      }
      boolean offeredAtStart = isOfferedAtStart(field, submitted);
      checkField(field, submitted.getVariable(field.key()),
          offeredAtStart ? value -> startChoices.offered(field.valuesKey(), unionId, value)
              : allowed(field, submitted)::contains,
          errors, offeredAtStart ? unlisted : errors);
    }
    // domain rules only look at values that are already well-formed
    if (errors.isEmpty()) {
      checksByFormId.getOrDefault(formId, List.of()).forEach(check -> check.rules().check(unionId, new Submitted(submitted), errors));
    }
    unlisted.addTo(errors);
    errors.throwIfAny();
  }

  // a field with a valuesKey offers what the process set on the case for this step, nothing else
  private static List<String> allowed(FormField field, VariableScope submitted) {
    return field.valuesKey() == null ? field.options() : Choices.optionValues(submitted.getVariable(field.valuesKey()));
  }

  // before a case has variables, a start form offers what its union offers now
  private boolean isOfferedAtStart(FormField field, VariableScope submitted) {
    return field.valuesKey() != null && submitted.getVariable(field.valuesKey()) == null
        && startChoices.offers(field.valuesKey());
  }

  /**
   * Every row's items as their fields declare, nothing else in a row; where a read-only choice names the rows (the
   * process prefilled one per offered choice), each offered choice has exactly one row.
   */
  private static void checkRows(FormField list, VariableScope submitted, FieldErrors errors) {
    Object value = submitted.getVariable(list.key());
    List<Map<String, Object>> rows = value == null ? List.of() : Choices.rowsOf(value);
    if (rows == null) {
      errors.reject(list.key(), "应为逐行填写的列表 / must be a list of rows");
      return;
    }
    if (rows.isEmpty() && list.required()) {
      errors.reject(list.key(), "必填 / is required");
    }
    Set<String> items = list.items().stream().map(FormField::key).collect(Collectors.toSet());
    Map<String, Integer> rowByName = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = list.key() + "[" + i + "]";
      rows.get(i).keySet().stream().filter(key -> !items.contains(key)).sorted()
          .forEach(key -> errors.reject(row + "." + key, FormContract.NOT_A_FIELD));
      for (FormField item : list.items()) {
        FormField cell = item.inRow(row);
        Object cellValue = rows.get(i).get(item.key());
        checkField(cell, cellValue, allowed(item, submitted)::contains, errors, errors);
        if (item.namesRow() && cellValue != null && !errors.has(cell.key())) {
          Integer earlier = rowByName.putIfAbsent(cellValue.toString(), i);
          if (earlier != null) {
            errors.reject(cell.key(), "与第 " + (earlier + 1) + " 行重复 / repeats row " + (earlier + 1));
          }
        }
      }
    }
    for (FormField item : list.items()) {
      if (item.namesRow()) {
        List<String> missing = allowed(item, submitted).stream().filter(name -> !rowByName.containsKey(name)).toList();
        if (!missing.isEmpty()) {
          List<String> labels = item.valuesKey() == null ? missing
              : Choices.labels(submitted.getVariable(item.valuesKey()), missing);
          errors.reject(list.key(), "缺少这些行：" + String.join("；", labels) + " / rows missing: "
              + String.join("; ", labels));
        }
      }
    }
  }

  private static void checkField(FormField field, Object value, Predicate<String> offered, FieldErrors errors,
      FieldErrors choiceErrors) {
    String key = field.key();
    List<String> chosen = field.isList() ? Choices.strings(value) : null;
    if (value == null || value instanceof String text && text.isBlank() || chosen != null && chosen.isEmpty()) {
      if (field.required() && !field.conditional()) {
        errors.reject(key, "必填 / is required");
      }
      return;
    }
    switch (field.type()) {
      case "number" -> checkNumber(field, value, errors);
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          errors.reject(key, "只能是“是”或“否” / must be true or false");
        }
      }
      case "select", "radio" -> checkChoices(field, List.of(value.toString()), offered, errors, choiceErrors);
      case "taglist", "checklist" -> {
        if (chosen == null) {
          errors.reject(key, "应为选项列表 / must be a list of choices");
        } else {
          checkChoices(field, chosen, offered, errors, choiceErrors);
        }
      }
      case "datetime" -> checkDate(field, value, errors);
      default -> checkText(field, value, errors);
    }
  }

  /**
   * A choice with invisible characters is refused at once, so no domain rule ever looks it up; a well-formed one
   * that is not offered goes to {@code unlisted}, which for a start form is told after the domain rules.
   */
  private static void checkChoices(FormField field, List<String> chosen, Predicate<String> offered, FieldErrors errors,
      FieldErrors unlisted) {
    if (chosen.stream().anyMatch(choice -> SINGLE_LINE_CONTROLS.matcher(choice).find())) {
      errors.reject(field.key(), "含有不可见的控制字符 / contains control characters");
    } else if (!chosen.stream().allMatch(offered)) {
      // a process's list can be long and changes while the case waits, so it is not repeated here
      unlisted.reject(field.key(), field.valuesKey() != null ? "请从列表中选择 / must be one of the listed choices"
          : "请从选项中选择 / must be one of " + field.options());
    } else if (chosen.size() != new HashSet<>(chosen).size()) {
      errors.reject(field.key(), "不能重复选择 / must not list a choice twice");
    }
  }

  private static void checkNumber(FormField field, Object value, FieldErrors errors) {
    BigDecimal number;
    try {
      number = new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      errors.reject(field.key(), "应为数字 / must be a number");
      return;
    }
    int digits = field.decimalDigits() == null ? 0 : field.decimalDigits();
    if (number.abs().compareTo(LARGEST_NUMBER) > 0) {
      errors.reject(field.key(), "数值过大 / is too large");
    } else if (number.stripTrailingZeros().scale() > digits) {
      errors.reject(field.key(), digits == 0 ? "应为整数 / must be a whole number"
          : "最多保留 " + digits + " 位小数 / must have at most " + digits + " decimal places");
    } else if (field.min() != null && number.compareTo(field.min()) < 0) {
      errors.reject(field.key(), "不能小于 " + field.min().toPlainString() + " / must be at least "
          + field.min().toPlainString());
    } else if (field.max() != null && number.compareTo(field.max()) > 0) {
      errors.reject(field.key(), "不能大于 " + field.max().toPlainString() + " / must be at most "
          + field.max().toPlainString());
    }
  }

  private static void checkDate(FormField field, Object value, FieldErrors errors) {
    if (!field.isDate()) {
      return;
    }
    LocalDate date;
    try {
      date = value instanceof LocalDate local ? local : LocalDate.parse(value.toString());
    } catch (DateTimeParseException e) {
      errors.reject(field.key(), "日期格式应为 2026-03-15 / must be a date like 2026-03-15");
      return;
    }
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
      errors.reject(field.key(), "日期应在 " + EARLIEST_DATE + " 至 " + LATEST_DATE + " 之间 / must be between "
          + EARLIEST_DATE + " and " + LATEST_DATE);
    }
  }

  private static void checkText(FormField field, Object value, FieldErrors errors) {
    if (!(value instanceof String text)) {
      errors.reject(field.key(), "应为文字 / must be text");
      return;
    }
    String stripped = text.strip();
    int length = stripped.codePointCount(0, stripped.length());
    boolean singleLine = "textfield".equals(field.type());
    if (field.minLength() != null && length < field.minLength()) {
      errors.reject(field.key(), "至少 " + field.minLength() + " 个字 / must have at least " + field.minLength()
          + " characters");
    } else if (field.maxLength() != null && length > field.maxLength()) {
      errors.reject(field.key(), "最多 " + field.maxLength() + " 个字 / must have at most " + field.maxLength()
          + " characters");
    } else if ((singleLine ? SINGLE_LINE_CONTROLS : MULTI_LINE_CONTROLS).matcher(text).find()) {
      errors.reject(field.key(), "含有不可见的控制字符 / contains control characters");
    } else if (MARKUP.matcher(text).find()) {
      errors.reject(field.key(), "不能包含网页标记或链接代码 / must not contain HTML or link markup");
    } else if (field.pattern() != null && !text.matches(field.pattern())) {
      errors.reject(field.key(), "格式不正确 / has the wrong format");
    }
  }
}
