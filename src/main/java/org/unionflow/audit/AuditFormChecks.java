package org.unionflow.audit;

import static org.unionflow.audit.AuditProcess.*;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.forms.FormInputCheck;
import org.unionflow.platform.forms.Row;

/**
 * The fund audit's own rules for what its forms submit, beyond the constraints the forms declare (which already
 * hold each list to one row per sampled voucher or open finding, each result one of the form's).
 */
@Configuration
@EnableConfigurationProperties(AuditSettings.class)
class AuditFormChecks {

  @Bean
  FormInputCheck prepareAuditPackageCheck() {
    return new FormInputCheck(FORM_PREPARE_AUDIT_PACKAGE, (unionId, in, errors) -> {
      if (!in.flag(PACKAGE_CONFIRMED)) {
        errors.reject(PACKAGE_CONFIRMED, "请先确认审查资料 / confirm the package before the auditors receive it");
      }
    });
  }

  @Bean
  FormInputCheck reviewVouchersCheck() {
    return new FormInputCheck(FORM_REVIEW_VOUCHERS, (unionId, in, errors) -> in.rows(FINDINGS).forEach(row ->
        requireNote(row, ISSUE, errors, "请写明 " + row.text(VOUCHER_NO) + " 的问题 / say what is wrong with "
            + row.text(VOUCHER_NO))));
  }

  @Bean
  FormInputCheck recheckFindingsCheck() {
    return new FormInputCheck(FORM_RECHECK_FINDINGS, (unionId, in, errors) -> in.rows(RECHECKS).forEach(row ->
        requireNote(row, OPEN, errors, "请说明仍未解决的原因 / say why the finding stays open")));
  }

  private static void requireNote(Row row, String result, FieldErrors errors, String message) {
    if (result.equals(row.text(RESULT)) && row.text(NOTE) == null) {
      errors.reject(row.field(NOTE), message);
    }
  }
}
