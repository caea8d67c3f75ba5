package org.unionflow.audit;

import static org.unionflow.audit.AuditProcess.*;

import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.forms.FormInputCheck;

/** The fund audit's own rules for what its forms submit, beyond the constraints the forms declare. */
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
}
