package org.unionflow.platform.cases;

import java.util.Map;
import java.util.Optional;

/**
 * How one process's cases are shown to people: a title for the task cards (business key, who or what the case
 * is about) and labels for the codes its forms would otherwise show. One bean per process.
 */
public interface CaseDisplay {

  /** The process variable the Tasklist filters show on every card and the forms show in their headers. */
  String CASE_TITLE = "caseTitle";

  /** The key of the process whose cases this shows. */
  String processKey();

  /**
   * The variables to show, {@link #CASE_TITLE} among them, read from the case's record; empty while the case has
   * no record yet.
   */
  Optional<Map<String, String>> variables(String unionId, String businessKey);

  /** Joins the parts of a title the same way in every process. */
  static String title(Object... parts) {
    StringBuilder title = new StringBuilder();
    for (Object part : parts) {
      if (part != null) {
        title.append(title.isEmpty() ? "" : " · ").append(part);
      }
    }
    return title.toString();
  }
}
