package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.unionflow.members.MemberService;
import org.unionflow.platform.forms.FormInputCheck;

/** Hardship aid's own rules for what its forms submit, beyond the constraints the forms declare. */
@Configuration
@EnableConfigurationProperties(AidSettings.class)
@RequiredArgsConstructor
class AidFormChecks {

  private final Clock clock;

  @Bean
  FormInputCheck applyForAidCheck(MemberService members) {
    return new FormInputCheck(FORM_APPLY_FOR_AID, (unionId, in, errors) -> {
      String staffNo = in.text(MEMBER_STAFF_NO);
      if (unionId != null && members.findByStaffNo(unionId, staffNo).isEmpty()) {
        errors.reject(MEMBER_STAFF_NO, "本工会没有工号为 " + staffNo + " 的会员 / no member with staff number " + staffNo + " in this union");
      }
      if (AidSource.NOMINATION.name().equals(in.text(SOURCE)) && in.text(NOMINATED_BY) == null) {
        errors.reject(NOMINATED_BY, "请填写推荐的小组长 / name the group leader who nominates the member");
      }
    });
  }

  @Bean
  FormInputCheck reviewAidCaseCheck() {
    return new FormInputCheck(FORM_REVIEW_CASE, (unionId, in, errors) -> {
      AidDecision decision = AidDecision.valueOf(in.text(DECISION_VALUE));
      if (decision != AidDecision.APPROVE) {
        if (in.text(DECISION_REASON) == null) {
          errors.reject(DECISION_REASON, decision == AidDecision.REJECT ? "请说明不予立项的理由 / give the reason for the rejection"
              : "请说明需补充哪些材料 / say what information is missing");
        }
        return;
      }
      BigDecimal amount = in.money(APPROVED_AMOUNT);
      BigDecimal maximum = BigDecimal.valueOf(in.integer(MAX_AMOUNT)).setScale(2);
      if (amount == null || amount.signum() <= 0) {
        errors.reject(APPROVED_AMOUNT, "批准须填写大于零的金额 / an approval needs a positive amount");
      } else if (amount.compareTo(maximum) > 0 && in.text(DECISION_REASON) == null) {
        errors.reject(APPROVED_AMOUNT, "超过本案最高额 " + maximum.toPlainString() + " 元，请记录例外理由 / exceeds the maximum of "
            + maximum.toPlainString() + " yuan for this case; record the reason for the exception");
      }
    });
  }

  @Bean
  FormInputCheck approveAidCheck() {
    return new FormInputCheck(FORM_APPROVE_AID, (unionId, in, errors) -> {
      if (REFUSED.equals(in.text(APPROVAL)) && in.text(APPROVAL_COMMENT) == null) {
        errors.reject(APPROVAL_COMMENT, "请说明不同意的理由 / give the reason for refusing");
      }
    });
  }

  @Bean
  FormInputCheck payAidCheck() {
    return new FormInputCheck(FORM_PAY_AID, (unionId, in, errors) -> {
      if (in.date(PAID_ON).isAfter(LocalDate.now(clock))) {
        errors.reject(PAID_ON, "不能晚于今天 / cannot be in the future");
      }
    });
  }

  @Bean
  FormInputCheck reviewHardshipFileCheck() {
    return new FormInputCheck(FORM_REVIEW_HARDSHIP_FILE, (unionId, in, errors) -> {
      if (FileReviewDecision.CHANGE_LEVEL.name().equals(in.text(FILE_DECISION)) && in.text(NEW_LEVEL) == null) {
        errors.reject(NEW_LEVEL, "请选择新的困难等级 / choose the new level");
      }
    });
  }
}
