package org.unionflow.motions;

import java.time.LocalDate;

/** What a department writes into its reply. */
record ReplyDraft(String content, ReplyOutcome outcome, LocalDate scheduledDate, String explanation) {
}
