package org.unionflow.trail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.FormSchemas.FieldText;

/**
 * The trail as people read it in the printed reports, the same words as the Cockpit tab (trail-format.js): times
 * in the union's zone, durations in days and hours, bilingual labels instead of codes, values as "key: value".
 * The CSVs keep the codes, for whoever processes them further.
 */
@Component
class TrailTexts {

  private static final Map<EntryKind, String> KINDS = Map.of(
      EntryKind.CASE_STARTED, "发起 / Case started",
      EntryKind.USER_TASK, "审批步骤 / User task",
      EntryKind.DECISION, "规则判定 / Decision",
      EntryKind.AUTOMATIC_STEP, "自动步骤 / Automatic step",
      EntryKind.TIMER, "定时 / Timer",
      EntryKind.MESSAGE, "消息 / Message",
      EntryKind.ESCALATION, "督办升级 / Escalation",
      EntryKind.PAYMENT, "经费收支 / Payment",
      EntryKind.CASE_ENDED, "结案 / Case ended");
  private static final Map<String, String> STATES = Map.of(
      "ACTIVE", "办理中 / Active",
      "SUSPENDED", "已挂起 / Suspended",
      "COMPLETED", "已完成 / Completed",
      "EXTERNALLY_TERMINATED", "已撤销 / Cancelled",
      "INTERNALLY_TERMINATED", "已终止 / Terminated",
      "open", "待办理 / Open");
  private static final Map<String, String> CHAIN = Map.of(
      "ok", "✓ ok", "BROKEN", "✗ 不符 / BROKEN", "unverified", "未校验 / unverified");
  // the keys the trail itself writes; a form's own variables keep their names
  private static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("status", "状态 / Status"), Map.entry("state", "结果 / State"),
      Map.entry("deleteReason", "撤销原因 / Reason"), Map.entry("comments", "评论 / Comments"),
      Map.entry("decision", "规则 / Decision"), Map.entry("inputs", "依据 / Inputs"),
      Map.entry("outputs", "结论 / Outputs"), Map.entry("voucherNo", "凭证号 / Voucher"),
      Map.entry("amount", "金额 / Amount"), Map.entry("direction", "收支 / Direction"),
      Map.entry("category", "类别 / Category"), Map.entry("budgetLine", "预算科目 / Budget line"),
      Map.entry("entryDate", "记账日期 / Entry date"), Map.entry("description", "摘要 / Description"));
  private static final String[][] UNITS = {{"天", "86400"}, {"小时", "3600"}, {"分钟", "60"}, {"秒", "1"}};

  private final DateTimeFormatter minutes;

  TrailTexts(Clock clock) {
    this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
  }

  /** 2026-12-02 14:05 in the union's zone; empty for none. */
  String time(Instant instant) {
    return instant == null ? "" : minutes.format(instant);
  }

  /** An ISO-8601 duration (PT76H2M) as its two largest units: 3 天 4 小时. */
  String duration(String iso) {
    if (iso == null || iso.isEmpty()) {
      return "";
    }
    long seconds;
    try {
      seconds = Duration.parse(iso).getSeconds();
    } catch (DateTimeParseException notADuration) {
      return iso;
    }
    if (seconds < 1) {
      return "不足 1 秒";
    }
    List<String> counts = new ArrayList<>();
    for (String[] unit : UNITS) {
      long size = Long.parseLong(unit[1]);
      long count = seconds / size;
      seconds -= count * size;
      if (count > 0 || !counts.isEmpty()) {
        counts.add(count + " " + unit[0]);
      }
    }
    return counts.stream().limit(2).filter(count -> !count.startsWith("0 ")).collect(Collectors.joining(" "));
  }

  String kind(EntryKind kind) {
    return KINDS.getOrDefault(kind, String.valueOf(kind));
  }

  String state(String state) {
    return state == null ? "" : STATES.getOrDefault(state, state);
  }

  String chain(String chain) {
    return chain == null ? "" : CHAIN.getOrDefault(chain, chain);
  }

  /** What a step carried, one "key: value" after the other. */
  String values(Map<String, Object> values) {
    return values(values, Map.of());
  }

  /** Values as "label: value" with the forms' labels for their keys and chosen options. */
  String values(Map<String, Object> values, Map<String, FieldText> fields) {
    if (values == null || values.isEmpty()) {
      return "";
    }
    return values.entrySet().stream().map(e -> label(e.getKey(), fields) + ": " + value(e.getKey(), e.getValue(),
        fields)).collect(Collectors.joining("；"));
  }

  private static String label(String key, Map<String, FieldText> fields) {
    FieldText field = fields.get(key);
    return KEYS.getOrDefault(key, field == null ? key : field.label());
  }

  private String value(String key, Object value, Map<String, FieldText> fields) {
    if (value == null || "".equals(value)) {
      return "—";
    }
    if (value instanceof Boolean yes) {
      return yes ? "是 / yes" : "否 / no";
    }
    if (value instanceof Map<?, ?> nested) {
      return nested.entrySet().stream().map(e -> label(String.valueOf(e.getKey()), fields) + " "
          + value(String.valueOf(e.getKey()), e.getValue(), fields))
          .collect(Collectors.joining("，"));
    }
    if (value instanceof List<?> items) {
      return items.stream().map(item -> value(key, item, fields)).collect(Collectors.joining("；"));
    }
    if (value instanceof String text) {
      if (key.equals("state") || key.equals("status")) {
        return state(text);
      }
      FieldText field = fields.get(key);
      if (field != null && field.options().containsKey(text)) {
        return field.options().get(text);
      }
      try {
        return time(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from));
      } catch (DateTimeParseException notAnInstant) {
        return text;
      }
    }
    return String.valueOf(value);
  }
}
