package org.unionflow.audit;

/** Ids of the {@code fundAudit} process, its messages, forms and variables, for code and tests alike. */
public final class AuditProcess {

  public static final String KEY = "fundAudit";
  public static final String MAJORITY = "auditReportMajority";
  public static final String BUSINESS_KEY_PREFIX = "AUD";
  public static final String AUDIT_REQUESTED_MESSAGE = "fundAuditRequested";

  // element ids
  public static final String AUDIT_REQUESTED = "auditRequested";
  public static final String SEMESTER_AUDITS_DUE = "semesterAuditsDue";
  public static final String START_SEMESTER_AUDITS = "startSemesterAudits";
  public static final String SEMESTER_AUDITS_STARTED = "semesterAuditsStarted";
  public static final String OPEN_AUDIT = "openAudit";
  public static final String PREPARE_AUDIT_PACKAGE = "prepareAuditPackage";
  public static final String DRAW_SAMPLE = "drawSample";
  public static final String REVIEW_VOUCHERS = "reviewVouchers";
  public static final String COLLECT_FINDINGS = "collectFindings";
  public static final String RECTIFY_FINDINGS = "rectifyFindings";
  public static final String RECHECK_FINDINGS = "recheckFindings";
  public static final String DRAFT_AUDIT_REPORT = "draftAuditReport";
  public static final String VOTE_ON_AUDIT_REPORT = "voteOnAuditReport";
  public static final String COUNT_REPORT_VOTES = "countReportVotes";
  public static final String PUBLISH_AUDIT_REPORT = "publishAuditReport";
  public static final String AUDIT_REPORT_PUBLISHED = "auditReportPublished";

  // form ids (forms/*.form)
  public static final String FORM_PREPARE_AUDIT_PACKAGE = "prepareAuditPackage";
  public static final String FORM_REVIEW_VOUCHERS = "reviewVouchers";
  public static final String FORM_RECTIFY_FINDINGS = "rectifyFindings";
  public static final String FORM_RECHECK_FINDINGS = "recheckFindings";
  public static final String FORM_DRAFT_AUDIT_REPORT = "draftAuditReport";
  public static final String FORM_VOTE_ON_AUDIT_REPORT = "voteOnAuditReport";

  // variables: the request (the audit committee, or the semester timer)
  public static final String PERIOD_START = "periodStart";
  public static final String PERIOD_END = "periodEnd";
  public static final String INITIATOR = "initiator";
  public static final String STARTED_AUDITS = "startedAudits";
  // variables: set by the process
  public static final String AUDIT_ID = "auditId";
  public static final String AUDITORS = "auditors";
  public static final String AUDITOR = "auditor";
  public static final String PACKAGE_SUMMARY = "packageSummary";
  public static final String OPEN_FINDINGS = "openFindings";
  // the options naming the rows of the lists below (each a form field's valuesKey)
  public static final String VOUCHER_CHOICES = "voucherChoices";
  public static final String FINDING_CHOICES = "findingChoices";
  public static final String RESPONDED_FINDING_CHOICES = "respondedFindingChoices";
  public static final String REPORT_PASSED = "reportPassed";
  public static final String REPORT_OUTCOME = "reportOutcome";
  public static final String VOTES_FOR = "votesFor";
  public static final String VOTES_AGAINST = "votesAgainst";
  // variables: task forms
  public static final String PACKAGE_CONFIRMED = "packageConfirmed";
  public static final String TREASURER_REMARKS = "treasurerRemarks";
  // the lists (dynamic lists: the process prefills one row per voucher or finding) and their rows' items
  public static final String FINDINGS = "findings";
  public static final String RESPONSES = "responses";
  public static final String RECHECKS = "rechecks";
  public static final String VOUCHER_NO = "voucherNo";
  public static final String FINDING = "finding";
  public static final String RESULT = "result";
  public static final String NOTE = "note";
  public static final String RESPONSE = "response";
  public static final String CONCLUSION = "conclusion";
  public static final String VOTE = "vote";
  public static final String VOTE_COMMENT = "voteComment";

  // values
  public static final String FIRST_HALF = "H1";
  public static final String SECOND_HALF = "H2";
  public static final String FOR = "FOR";
  public static final String AGAINST = "AGAINST";
  public static final String OK = "OK";
  public static final String ISSUE = "ISSUE";
  public static final String RESOLVED = "RESOLVED";
  public static final String OPEN = "OPEN";

  private AuditProcess() {
  }
}
