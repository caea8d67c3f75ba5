package org.unionflow.visits;

/** Ids of the {@code fiveMandatoryVisits} process, its forms and variables, for code and tests alike. */
public final class VisitProcess {

  public static final String KEY = "fiveMandatoryVisits";
  public static final String BUSINESS_KEY_PREFIX = "VIS";
  public static final String DECISION = "visitStandard";

  // element ids
  public static final String REPORT_EVENT = "reportEvent";
  public static final String REGISTER_VISIT = "registerVisit";
  public static final String DECIDE_VISIT_STANDARD = "decideVisitStandard";
  public static final String FIX_VISIT_STANDARD = "fixVisitStandard";
  public static final String MAKE_VISIT = "makeVisit";
  public static final String PLAN_VISIT = "planVisit";
  public static final String RECORD_VISIT = "recordVisit";
  public static final String VISIT_OVERDUE = "visitOverdue";
  public static final String SUPERVISE_OVERDUE_VISIT = "superviseOverdueVisit";
  public static final String PAY_CONDOLENCE_MONEY = "payCondolenceMoney";
  public static final String BOOK_CONDOLENCE_MONEY = "bookCondolenceMoney";
  public static final String WRITE_VISIT_LEDGER = "writeVisitLedger";
  public static final String REFER_HARDSHIP = "referHardship";
  public static final String VISIT_RECORDED = "visitRecorded";
  public static final String HARDSHIP_REFERRED = "hardshipReferred";
  public static final String SUPERVISION_DONE = "supervisionDone";

  // form ids (forms/*.form)
  public static final String FORM_REPORT_EVENT = "reportVisitEvent";
  public static final String FORM_PLAN_VISIT = "planVisit";
  public static final String FORM_RECORD_VISIT = "recordVisit";
  public static final String FORM_PAY_CONDOLENCE_MONEY = "payCondolenceMoney";
  public static final String FORM_SUPERVISE_OVERDUE_VISIT = "superviseOverdueVisit";

  // variables: start form
  public static final String MEMBER_STAFF_NO = "memberStaffNo";
  public static final String EVENT_TYPE = "eventType";
  public static final String EVENT_DATE = "eventDate";
  public static final String DAYS_IN_HOSPITAL = "daysInHospital";
  public static final String DETAILS = "details";
  public static final String REPORTER = "reporter";
  public static final String INITIATOR = "initiator";
  // variables: set by the process
  public static final String VISIT_ID = "visitId";
  public static final String MEMBER_NAME = "memberName";
  public static final String DEADLINE_DAYS = "deadlineDays";
  public static final String VISIT_DEADLINE = "visitDeadline";
  public static final String LEAD_GROUP = "leadGroup";
  public static final String STANDARD_AMOUNT = "standardAmount";
  public static final String GIFT = "gift";
  public static final String MUST_ATTEND = "mustAttend";
  public static final String PAYMENT_DUE = "paymentDue";
  public static final String VOUCHER_NO = "voucherNo";
  // variables: task forms
  public static final String PLANNED_DATE = "plannedDate";
  public static final String PLANNED_VISITORS = "plannedVisitors";
  public static final String VISIT_DATE = "visitDate";
  public static final String VISITORS = "visitors";
  public static final String PLANNED_OFFICERS = "plannedOfficers";
  public static final String VISITING_OFFICERS = "visitingOfficers";
  // the union's officers a plan or record form offers by name (set when the task is created)
  public static final String OFFICER_CHOICES = "officerChoices";
  public static final String SITUATION = "situation";
  public static final String MONEY_HANDED_OVER = "moneyHandedOver";
  public static final String HARDSHIP_FOUND = "hardshipFound";
  public static final String HARDSHIP_NOTE = "hardshipNote";
  public static final String PAID_ON = "paidOn";
  public static final String PAYMENT_METHOD = "paymentMethod";
  public static final String SUPERVISION_NOTE = "supervisionNote";

  private VisitProcess() {
  }
}
