package org.unionflow.aid;

/** Ids of the {@code hardshipAid} process, its decision, forms, messages and variables, for code and tests alike. */
public final class AidProcess {

  public static final String KEY = "hardshipAid";
  public static final String BUSINESS_KEY_PREFIX = "AID";
  public static final String DECISION = "hardshipEligibility";
  public static final String APPROVAL_ROUTING = "aidApprovalRouting";

  // messages
  public static final String REFERRAL_MESSAGE = "aidReferral";
  public static final String OBJECTION_MESSAGE = "aidObjection";

  // element ids
  public static final String APPLY_FOR_AID = "applyForAid";
  public static final String REFERRAL_RECEIVED = "referralReceived";
  public static final String OPEN_CASE = "openCase";
  public static final String OPEN_REFERRED_CASE = "openReferredCase";
  public static final String COMPLETE_REFERRAL = "completeReferral";
  public static final String ASSESS_ELIGIBILITY = "assessEligibility";
  public static final String RECORD_ELIGIBILITY = "recordEligibility";
  public static final String NOT_ELIGIBLE = "notEligible";
  public static final String VERIFY_AT_HOME = "verifyAtHome";
  public static final String VERIFY_AT_HOME_AGAIN = "verifyAtHomeAgain";
  public static final String REVIEW_CASE = "reviewCase";
  public static final String CASE_REJECTED = "caseRejected";
  public static final String PROVIDE_INFORMATION = "provideInformation";
  public static final String PUBLISH_NOTICE = "publishNotice";
  public static final String AWAIT_NOTICE_OUTCOME = "awaitNoticeOutcome";
  public static final String NOTICE_PERIOD_ENDED = "noticePeriodEnded";
  public static final String OBJECTION_LODGED = "objectionLodged";
  public static final String APPROVE_AID = "approveAid";
  public static final String APPROVE_AT_HIGHER_LEVEL = "approveAtHigherLevel";
  public static final String AID_REFUSED = "aidRefused";
  public static final String AID_REFUSED_AT_HIGHER_LEVEL = "aidRefusedAtHigherLevel";
  public static final String PAY_AID = "payAid";
  public static final String BOOK_AID = "bookAid";
  public static final String UPDATE_HARDSHIP_FILE = "updateHardshipFile";
  public static final String FOLLOW_UP_DUE = "followUpDue";
  public static final String FOLLOW_UP_VISIT = "followUpVisit";
  public static final String FOLLOW_UP_DONE = "followUpDone";
  public static final String REVIEW_DUE = "reviewDue";
  public static final String REVIEW_HARDSHIP_FILE = "reviewHardshipFile";
  public static final String FILE_CLOSED = "fileClosed";

  // form ids (forms/*.form)
  public static final String FORM_APPLY_FOR_AID = "applyForAid";
  public static final String FORM_COMPLETE_APPLICATION = "completeAidApplication";
  public static final String FORM_VERIFY_AT_HOME = "verifyAtHome";
  public static final String FORM_REVIEW_CASE = "reviewAidCase";
  public static final String FORM_APPROVE_AID = "approveAid";
  public static final String FORM_PAY_AID = "payAid";
  public static final String FORM_FOLLOW_UP_VISIT = "followUpVisit";
  public static final String FORM_REVIEW_HARDSHIP_FILE = "reviewHardshipFile";

  // variables: application (start form, or completed by an officer for a referral)
  public static final String MEMBER_STAFF_NO = "memberStaffNo";
  public static final String SOURCE = "source";
  public static final String NOMINATED_BY = "nominatedBy";
  public static final String CATEGORY = "category";
  public static final String HOUSEHOLD_SIZE = "householdSize";
  public static final String INCOME_PER_HEAD = "incomePerHead";
  public static final String MEDICAL_COSTS = "medicalCosts";
  public static final String DESCRIPTION = "description";
  public static final String DOCUMENTS = "documents";
  public static final String INITIATOR = "initiator";
  // variables: a visit's referral
  public static final String REFERRAL_ID = "referralId";
  public static final String VISIT_BUSINESS_KEY = "visitBusinessKey";
  // variables: set by the process
  public static final String CASE_ID = "caseId";
  public static final String MEMBER_NAME = "memberName";
  public static final String INCOME_THRESHOLD = "incomeThreshold";
  public static final String ELIGIBLE = "eligible";
  public static final String LEVEL = "level";
  public static final String LEVEL_LABEL = "levelLabel";
  public static final String SUGGESTED_AMOUNT = "suggestedAmount";
  public static final String MAX_AMOUNT = "maxAmount";
  public static final String ELIGIBILITY_REASON = "eligibilityReason";
  public static final String NOTICE_ENDS = "noticeEnds";
  public static final String OBJECTION = "objection";
  public static final String INFORMATION_REQUESTED = "informationRequested";
  public static final String HIGHER_LEVEL_NEEDED = "higherLevelNeeded";
  public static final String APPROVAL_ROUTE_REASON = "approvalRouteReason";
  public static final String VOUCHER_NO = "voucherNo";
  public static final String FOLLOW_UP_ON = "followUpOn";
  public static final String REVIEW_ON = "reviewOn";
  public static final String FILE_OPEN = "fileOpen";
  public static final String FIRST_VERIFIER = "firstVerifier";
  // variables: task forms
  public static final String FINDINGS = "findings";
  public static final String RECOMMENDATION = "recommendation";
  public static final String DECISION_VALUE = "decision";
  public static final String APPROVED_AMOUNT = "approvedAmount";
  public static final String DECISION_REASON = "decisionReason";
  public static final String OVER_BUDGET = "overBudget";
  public static final String APPROVAL = "approval";
  public static final String APPROVAL_COMMENT = "approvalComment";
  public static final String PAID_ON = "paidOn";
  public static final String PAYMENT_METHOD = "paymentMethod";
  public static final String FOLLOW_UP_NOTE = "followUpNote";
  public static final String FILE_DECISION = "fileDecision";
  public static final String NEW_LEVEL = "newLevel";
  public static final String REVIEW_NOTE = "reviewNote";

  // decision values
  public static final String APPROVED = "APPROVED";
  public static final String REFUSED = "REFUSED";

  private AidProcess() {
  }
}
