package org.unionflow.audit;

import static org.unionflow.audit.AuditProcess.FINDINGS;
import static org.unionflow.audit.AuditProcess.RECHECK;
import static org.unionflow.audit.AuditProcess.RESPONSES;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unionflow.platform.forms.FieldErrors;

/**
 * The audit's forms as text: what each form starts with, and the one-line-per-item grammars the auditors and
 * the treasurer write ({@code PZ-2026-0001: ISSUE no receipt}, {@code #12: receipt filed},
 * {@code #12: OPEN why}). A line that does not follow them is refused on its field.
 */
final class AuditTexts {

  private static final Pattern FINDING = Pattern.compile("^\\s*(\\S+?)\\s*:\\s*(OK|ISSUE)\\b\\s*(.*)$");
  private static final Pattern RESPONSE = Pattern.compile("^\\s*#(\\d+)\\s*:\\s*(.*)$");
  private static final Pattern RECHECK_LINE = Pattern.compile("^\\s*#(\\d+)\\s*:\\s*(RESOLVED|OPEN)\\b\\s*(.*)$");

  /** One auditor's result on one voucher; {@code what} is the issue's text. */
  record Result(boolean issue, String what) {
  }

  /** The re-check of one finding; {@code note} says why it stays open or how it was resolved. */
  record Recheck(boolean resolved, String note) {
  }

  private AuditTexts() {
  }

  /** The package as the treasurer's form shows it. */
  static String packageSummary(AuditPackage p) {
    StringBuilder text = new StringBuilder("Income / 收入: " + p.incomeTotal().toPlainString() + " · Expense / 支出: "
        + p.expenseTotal().toPlainString() + " · Vouchers / 凭证: " + p.vouchers().size() + "\n");
    p.ledger().byCategory().forEach(c -> text.append("\n- ").append(c.label()).append(": ")
        .append(c.expense().toPlainString()));
    return text.toString();
  }

  static String sampleSummary(List<AuditSample> samples) {
    return samples.stream().map(s -> s.getVoucherNo() + " " + s.getAmount().toPlainString() + " (" + s.getReason() + ")")
        .collect(Collectors.joining("\n"));
  }

  /** What an auditor's form starts with: one line per sampled voucher, to be marked OK or ISSUE with text. */
  static String findingsTemplate(List<String> sampledVouchers) {
    return sampledVouchers.stream().map(voucher -> voucher + ": OK").collect(Collectors.joining("\n"));
  }

  static String openFindingsText(List<AuditFinding> open) {
    return open.stream()
        .map(f -> "#" + f.getId() + " " + f.getVoucherNo() + " (" + f.getAuditor() + "): " + f.getText()
            + (f.getRecheckNote() == null ? "" : " — " + f.getRecheckNote()))
        .collect(Collectors.joining("\n"));
  }

  /** What the responding form and the re-check form start with: one line per open finding. */
  static String openFindingsTemplate(List<Long> openFindingIds, String suffix) {
    return openFindingIds.stream().map(id -> "#" + id + ": " + suffix).collect(Collectors.joining("\n"))
        .stripTrailing();
  }

  /**
   * One auditor's review, voucher to result; refused if a line is malformed, names a voucher not sampled or
   * twice, has an issue without text, or a sampled voucher has no line.
   */
  static Map<String, Result> review(String text, Collection<String> sampled) {
    Map<String, Result> reviewed = new LinkedHashMap<>();
    FieldErrors errors = new FieldErrors();
    for (String line : lines(text)) {
      Matcher m = FINDING.matcher(line);
      if (!m.matches()) {
        errors.reject(FINDINGS, "「" + line + "」应为「凭证号: OK」或「凭证号: ISSUE 问题」 / '" + line
            + "' is not 'voucher: OK' or 'voucher: ISSUE what is wrong'");
        continue;
      }
      String voucher = m.group(1);
      boolean issue = "ISSUE".equals(m.group(2));
      String what = m.group(3).isBlank() ? null : m.group(3).strip();
      if (!sampled.contains(voucher)) {
        errors.reject(FINDINGS, voucher + " 不在抽样凭证中 / " + voucher + " is not among the sampled vouchers");
      } else if (reviewed.put(voucher, new Result(issue, what)) != null) {
        errors.reject(FINDINGS, voucher + " 重复列出 / " + voucher + " is listed twice");
      } else if (issue && what == null) {
        errors.reject(FINDINGS, voucher + " 的问题未写明 / the issue on " + voucher + " has no text");
      }
    }
    sampled.stream().filter(voucher -> !reviewed.containsKey(voucher))
        .forEach(voucher -> errors.reject(FINDINGS, voucher + " 未填审查结果 / no result for " + voucher));
    errors.throwIfAny();
    return reviewed;
  }

  /** Responses by finding number ({@code #12: receipt filed}). */
  static Map<Long, String> responses(String text) {
    Map<Long, String> responses = new HashMap<>();
    for (Matcher m : numbered(text, RESPONSE, RESPONSES)) {
      responses.put(Long.valueOf(m.group(1)), m.group(2));
    }
    return responses;
  }

  /** Re-checks by finding number ({@code #12: RESOLVED} or {@code #12: OPEN why}). */
  static Map<Long, Recheck> rechecks(String text) {
    Map<Long, Recheck> rechecks = new HashMap<>();
    for (Matcher m : numbered(text, RECHECK_LINE, RECHECK)) {
      rechecks.put(Long.valueOf(m.group(1)), new Recheck("RESOLVED".equals(m.group(2)), m.group(3).strip()));
    }
    return rechecks;
  }

  /** The lines' matches; refused if any line does not match. */
  private static List<Matcher> numbered(String text, Pattern pattern, String field) {
    List<Matcher> matched = new ArrayList<>();
    FieldErrors errors = new FieldErrors();
    for (String line : lines(text)) {
      Matcher m = pattern.matcher(line);
      if (m.matches()) {
        matched.add(m);
      } else {
        errors.reject(field, "「" + line + "」未以问题编号开头(如 #12:) / '" + line
            + "' does not start with a finding number such as #12:");
      }
    }
    errors.throwIfAny();
    return matched;
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
  }
}
