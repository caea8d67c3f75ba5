package org.unionflow.platform.forms;

import java.util.List;
import java.util.function.Function;
import org.unionflow.platform.forms.Choices.Choice;

/**
 * The options a start form field offers through its {@code valuesKey}: a case that has not started has no
 * variables, so they are computed for the caller's union each time the form is served and each time it is
 * submitted. Declared as Spring beans, one for each {@code valuesKey}.
 *
 * @param valuesKey the name a start form's field gives in {@code valuesKey}
 * @param inUnion   the options of one union, as they are now
 */
public record StartFormOptions(String valuesKey, Function<String, List<Choice>> inUnion) {
}
