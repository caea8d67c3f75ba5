package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.members.MemberService;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.forms.FormInputCheck;
import org.unionflow.platform.forms.Submitted;

/** The visit's own rules for what its forms submit, beyond the constraints the forms declare. */
@Configuration
@RequiredArgsConstructor
class VisitFormChecks {

  /** How far back an event may be reported, and how far ahead (weddings and retirements are known early). */
  static final int MAX_DAYS_BEFORE_REPORT = 365;
  static final int MAX_DAYS_AHEAD = 90;
  // the ledger's planned_visitors and visitors columns
  static final int MAX_VISITORS = 300;

  private final Clock clock;

  @Bean
  FormInputCheck reportVisitEventCheck(MemberService members) {
    return new FormInputCheck(FORM_REPORT_EVENT, (unionId, in, errors) -> {
      String staffNo = in.text(MEMBER_STAFF_NO);
      if (unionId != null && members.findByStaffNo(unionId, staffNo).isEmpty()) {
        errors.reject(MEMBER_STAFF_NO, "本工会没有工号为 " + staffNo + " 的会员 / no member with staff number " + staffNo + " in this union");
      }
      LocalDate eventDate = in.date(EVENT_DATE);
      LocalDate today = LocalDate.now(clock);
      if (eventDate.isBefore(today.minusDays(MAX_DAYS_BEFORE_REPORT))) {
        errors.reject(EVENT_DATE, "已超过 " + MAX_DAYS_BEFORE_REPORT + " 天 / is more than " + MAX_DAYS_BEFORE_REPORT + " days ago");
      } else if (eventDate.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
        errors.reject(EVENT_DATE, "不能晚于 " + MAX_DAYS_AHEAD + " 天之后 / is more than " + MAX_DAYS_AHEAD + " days ahead");
      }
      if (EventType.HOSPITALISATION.name().equals(in.text(EVENT_TYPE)) && in.integer(DAYS_IN_HOSPITAL) == null) {
        errors.reject(DAYS_IN_HOSPITAL, "住院须填写住院天数 / is required for a hospital stay");
      }
    });
  }

  @Bean
  FormInputCheck planVisitCheck() {
    return new FormInputCheck(FORM_PLAN_VISIT, (unionId, in, errors) -> {
      if (in.date(PLANNED_DATE).isBefore(LocalDate.now(clock))) {
        errors.reject(PLANNED_DATE, "不能早于今天 / must be today or later");
      }
      checkVisitors(in, PLANNED_OFFICERS, PLANNED_VISITORS, errors);
    });
  }

  @Bean
  FormInputCheck recordVisitCheck() {
    return new FormInputCheck(FORM_RECORD_VISIT, (unionId, in, errors) -> {
      LocalDate visitDate = in.date(VISIT_DATE);
      LocalDate eventDate = in.date(EVENT_DATE);
      if (visitDate.isAfter(LocalDate.now(clock))) {
        errors.reject(VISIT_DATE, "不能晚于今天 / cannot be in the future");
      } else if (visitDate.isBefore(eventDate)) {
        errors.reject(VISIT_DATE, "不能早于事件日期 " + eventDate + " / cannot be before the event date " + eventDate);
      }
      BigDecimal money = in.money(MONEY_HANDED_OVER);
      BigDecimal standard = BigDecimal.valueOf(in.integer(STANDARD_AMOUNT)).setScale(2);
      if (money != null && money.compareTo(standard) > 0) {
        errors.reject(MONEY_HANDED_OVER, "超过本事项慰问金标准 " + standard.toPlainString() + " 元 / exceeds the standard of "
            + standard.toPlainString() + " yuan for this event");
      }
      if (in.flag(HARDSHIP_FOUND) && in.text(HARDSHIP_NOTE) == null) {
        errors.reject(HARDSHIP_NOTE, "请说明走访发现的困难 / describe the hardship the visit found");
      }
      checkVisitors(in, VISITING_OFFICERS, VISITORS, errors);
    });
  }

  @Bean
  FormInputCheck payCondolenceMoneyCheck() {
    return new FormInputCheck(FORM_PAY_CONDOLENCE_MONEY, (unionId, in, errors) -> {
      LocalDate paidOn = in.date(PAID_ON);
      if (paidOn.isAfter(LocalDate.now(clock))) {
        errors.reject(PAID_ON, "不能晚于今天 / cannot be in the future");
      } else if (paidOn.isBefore(in.date(VISIT_DATE))) {
        errors.reject(PAID_ON, "不能早于走访日期 " + in.date(VISIT_DATE) + " / cannot be before the visit date " + in.date(VISIT_DATE));
      }
    });
  }

  /** Someone visits, and the ledger's visitors text (officers' names and the others) fits its column. */
  private static void checkVisitors(Submitted in, String officersField, String othersField, FieldErrors errors) {
    List<String> officers = in.chosenLabels(officersField, OFFICER_CHOICES);
    if (officers.isEmpty() && in.text(othersField) == null) {
      errors.reject(officersField, "选择走访的工会干部或填写其他走访人员 / choose the visiting officers or name the others");
    } else if (VisitService.visitors(officers, in.text(othersField)).length() > MAX_VISITORS) {
      errors.reject(othersField, "走访人员合计最多 " + MAX_VISITORS + " 个字 / all visitors together must have at most "
          + MAX_VISITORS + " characters");
    }
  }
}
