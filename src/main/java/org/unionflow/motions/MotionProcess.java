package org.unionflow.motions;

/** Ids of the {@code congressMotion} process, its forms and variables, for code and tests alike. */
public final class MotionProcess {

  public static final String KEY = "congressMotion";
  public static final String BUSINESS_KEY_PREFIX = "MOT";
  public static final String HANDLING_PERIODS = "motionHandling";

  // element ids
  public static final String SUBMIT_MOTION = "submitMotion";
  public static final String REGISTER_MOTION = "registerMotion";
  public static final String CHECK_SIGNATURES = "checkSignatures";
  public static final String AMEND_MOTION = "amendMotion";
  public static final String CONFIRM_CO_SIGNING = "confirmCoSigning";
  public static final String COUNT_CO_SIGNINGS = "countCoSignings";
  public static final String REVIEW_MOTION = "reviewMotion";
  public static final String ANSWER_SUGGESTION = "answerSuggestion";
  public static final String SUGGESTION_ANSWERED = "suggestionAnswered";
  public static final String MOTION_MERGED = "motionMerged";
  public static final String MOTION_REJECTED = "motionRejected";
  public static final String DECIDE_HANDLING_PERIODS = "decideHandlingPeriods";
  public static final String ASSIGN_DEPARTMENTS = "assignDepartments";
  public static final String HANDLE_IN_DEPARTMENTS = "handleInDepartments";
  public static final String DRAFT_REPLY = "draftReply";
  public static final String SIGN_OFF_REPLY = "signOffReply";
  public static final String DEADLINE_APPROACHING = "deadlineApproaching";
  public static final String REMIND_DEPARTMENTS = "remindDepartments";
  public static final String DEPARTMENTS_REMINDED = "departmentsReminded";
  public static final String DEADLINE_PASSED = "deadlinePassed";
  public static final String SUPERVISE_OVERDUE_MOTION = "superviseOverdueMotion";
  public static final String SUPERVISION_DONE = "supervisionDone";
  public static final String RECORD_ANSWER = "recordAnswer";
  public static final String GIVE_FEEDBACK = "giveFeedback";
  public static final String FEEDBACK_OVERDUE = "feedbackOverdue";
  public static final String RECORD_NO_FEEDBACK = "recordNoFeedback";
  public static final String DECIDE_FINAL_OUTCOME = "decideFinalOutcome";
  public static final String PUBLISH_RESULT = "publishResult";
  public static final String MOTION_ARCHIVED = "motionArchived";

  // form ids (forms/*.form)
  public static final String FORM_SUBMIT_MOTION = "submitMotion";
  public static final String FORM_AMEND_MOTION = "amendMotion";
  public static final String FORM_CONFIRM_CO_SIGNING = "confirmCoSigning";
  public static final String FORM_REVIEW_MOTION = "reviewMotion";
  public static final String FORM_ANSWER_SUGGESTION = "answerSuggestion";
  public static final String FORM_DRAFT_REPLY = "draftReply";
  public static final String FORM_SIGN_OFF_REPLY = "signOffReply";
  public static final String FORM_SUPERVISE_OVERDUE_MOTION = "superviseOverdueMotion";
  public static final String FORM_GIVE_FEEDBACK = "giveFeedback";
  public static final String FORM_DECIDE_FINAL_OUTCOME = "decideFinalOutcome";

  // variables: submit and amend forms
  public static final String TITLE = "title";
  public static final String CATEGORY = "category";
  public static final String REASONS = "reasons";
  public static final String MEASURES = "measures";
  public static final String CO_SIGNERS = "coSigners";
  // variables: set by the process
  public static final String PROPOSER = "proposer";
  public static final String MOTION_ID = "motionId";
  public static final String SESSION_NAME = "sessionName";
  public static final String SIGNATURES_VALID = "signaturesValid";
  public static final String SIGNATURE_PROBLEM = "signatureProblem";
  /** The co-signers asked to confirm, by user id; each confirmation task's own one is {@link #CO_SIGNER}. */
  public static final String CO_SIGNER_IDS = "coSignerIds";
  public static final String CO_SIGNER = "coSigner";
  /** The co-signers by name, for the forms that show the motion. */
  public static final String CO_SIGNERS_LABEL = "coSignersLabel";
  public static final String DEPARTMENTS = "departments";
  public static final String DEPARTMENT = "department";
  public static final String SUGGESTION_DEPARTMENT = "suggestionDepartment";
  public static final String DEADLINE_DAYS = "deadlineDays";
  public static final String REMINDER_DAYS_BEFORE = "reminderDaysBefore";
  public static final String FEEDBACK_DAYS = "feedbackDays";
  public static final String DEADLINE_AT = "deadlineAt";
  public static final String REMINDER_AT = "reminderAt";
  public static final String FEEDBACK_WAIT = "feedbackWait";
  public static final String REPLY_ROUND = "replyRound";
  public static final String REPLIES_SUMMARY = "repliesSummary";
  public static final String SEND_BACK = "sendBack";
  public static final String COMMITTEE_DECIDES = "committeeDecides";
  // variables: task forms
  public static final String CO_SIGNING = "coSigning";
  public static final String CO_SIGNING_COMMENT = "coSigningComment";
  public static final String DECISION = "decision";
  public static final String DECISION_REASON = "decisionReason";
  public static final String HANDLING_DEPARTMENTS = "handlingDepartments";
  public static final String DEADLINE = "deadline";
  public static final String LEAD_DEPARTMENT = "leadDepartment";
  public static final String MERGE_INTO = "mergeInto";
  // variables: the options the forms offer (the start form's from a bean, the tasks' set when they are created)
  public static final String REPRESENTATIVE_CHOICES = "representativeChoices";
  public static final String DEPARTMENT_CHOICES = "departmentChoices";
  public static final String MERGE_CHOICES = "mergeChoices";
  public static final String REPLY_CONTENT = "replyContent";
  public static final String REPLY_OUTCOME = "replyOutcome";
  public static final String SCHEDULED_DATE = "scheduledDate";
  public static final String EXPLANATION = "explanation";
  public static final String SIGN_OFF = "signOff";
  public static final String SIGN_OFF_COMMENT = "signOffComment";
  public static final String FEEDBACK = "feedback";
  public static final String FEEDBACK_COMMENT = "feedbackComment";
  public static final String FINAL_DECISION = "finalDecision";
  public static final String FINAL_REASON = "finalReason";
  public static final String SUPERVISION_NOTE = "supervisionNote";

  private MotionProcess() {
  }
}
