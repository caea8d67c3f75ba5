package org.unionflow.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unionflow.platform.forms.FormSchemas.FieldText;

/** The printed trail's words: the union's time across the server's midnight, days and hours, labels not codes. */
class TrailTextsTests {

  private final TrailTexts texts = new TrailTexts(Clock.fixed(Instant.EPOCH, ZoneId.of("Asia/Shanghai")));

  @Test
  void anInstantIsTheUnionsDayAndTimeNotTheServers() {
    // 23:30 UTC on 1 December is already 07:30 on 2 December in Beijing
    assertThat(texts.time(Instant.parse("2026-12-01T23:30:00Z"))).isEqualTo("2026-12-02 07:30");
    assertThat(texts.time(null)).isEmpty();
  }

  @Test
  void aDurationIsItsTwoLargestUnits() {
    assertThat(texts.duration("PT76H2M")).isEqualTo("3 天 4 小时");
    assertThat(texts.duration("PT3M38.327S")).isEqualTo("3 分钟 38 秒");
    assertThat(texts.duration("PT48H0.5S")).isEqualTo("2 天");
    assertThat(texts.duration("PT0.2S")).isEqualTo("不足 1 秒");
    assertThat(texts.duration(null)).isEmpty();
  }

  @Test
  void codesBecomeBilingualLabels() {
    assertThat(texts.kind(EntryKind.USER_TASK)).isEqualTo("审批步骤 / User task");
    assertThat(texts.kind(EntryKind.CASE_ENDED)).isEqualTo("结案 / Case ended");
    assertThat(texts.state("COMPLETED")).isEqualTo("已完成 / Completed");
    assertThat(texts.chain("BROKEN")).isEqualTo("✗ 不符 / BROKEN");
  }

  @Test
  void valuesReadAsKeyAndValueWithTimesInTheUnionsZone() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("plannedVisitors", "Li Na");
    values.put("hardshipFound", false);
    values.put("status", "open");
    values.put("dueDate", "2026-12-05T15:59:59Z");
    values.put("payment", Map.of("voucherNo", "PZ-2026-0001"));
    values.put("comments", List.of("好", "同意"));
    assertThat(texts.values(values)).isEqualTo("plannedVisitors: Li Na；hardshipFound: 否 / no；状态 / Status: 待办理 / Open；"
        + "dueDate: 2026-12-05 23:59；payment: 凭证号 / Voucher PZ-2026-0001；评论 / Comments: 好；同意");
    assertThat(texts.values(Map.of())).isEmpty();
  }

  @Test
  void valuesReadWithTheFormsLabelsForKeysAndChosenOptions() {
    Map<String, FieldText> fields = Map.of(
        "eventType", new FieldText("Event type / 事件类型", Map.of("WEDDING", "Wedding / 结婚")),
        "plannedOfficers", new FieldText("Officers / 走访人员", Map.of("ps-officer1", "王静")));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("eventType", "WEDDING");
    values.put("plannedOfficers", List.of("ps-officer1", "ps-officer9"));
    values.put("details", "周日");
    assertThat(texts.values(values, fields))
        .isEqualTo("Event type / 事件类型: Wedding / 结婚；Officers / 走访人员: 王静；ps-officer9；details: 周日");
  }
}
