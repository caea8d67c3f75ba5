package org.unionflow.platform.cases;

import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.unionflow.platform.CaseRecord;
import org.unionflow.platform.engine.ThisCase;

/**
 * How one process's cases are shown to people: a title for the task cards (business key, who or what the case
 * is about) and labels for the codes its forms would otherwise show. One bean per process, reading the case's
 * record of type {@code R}.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class CaseDisplay<R extends CaseRecord> {

  /** The process variable the Tasklist filters show on every card and the forms show in their headers. */
  public static final String CASE_TITLE = "caseTitle";
  /** The label of a case's category, where its process has one. */
  public static final String CATEGORY_LABEL = "categoryLabel";

  /** Finds a case's record by its id. */
  @FunctionalInterface
  protected interface Records<R> {
    Optional<R> findById(Long id);
  }

  private final String processKey;
  /** The process variable that holds the id of the case's record once the case has one. */
  private final String recordIdVariable;
  private final Records<R> records;

  /** The key of the process whose cases this shows. */
  public String processKey() {
    return processKey;
  }

  /**
   * The variables to show, {@link #CASE_TITLE} among them, read from the case's record; empty while the case has
   * no record yet. Found by its id, so a record the step has just loaded or written is not read again.
   */
  public Optional<Map<String, String>> variables(DelegateExecution execution) {
    if (!(execution.getVariable(recordIdVariable) instanceof Long id)) {
      return Optional.empty();
    }
    return records.findById(id)
        .map(record -> describe(execution, ThisCase.verify(record, execution)));
  }

  /** The variables of a case whose record exists; the case's own variables give its business key and the like. */
  protected abstract Map<String, String> describe(DelegateExecution execution, R record);

  /** Joins the parts of a title the same way in every process. */
  public static String title(Object... parts) {
    StringBuilder title = new StringBuilder();
    for (Object part : parts) {
      if (part != null) {
        title.append(title.isEmpty() ? "" : " · ").append(part);
      }
    }
    return title.toString();
  }
}
