package org.unionflow.platform.forms;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.unionflow.platform.forms.Choices.Choice;

/**
 * The options a start form field offers through its {@code valuesKey}: a case that has not started has no
 * variables, so they are computed for the caller's union each time the form is served; a submission asks
 * whether its one value is offered. Declared as Spring beans, one for each {@code valuesKey}.
 *
 * @param valuesKey the name a start form's field gives in {@code valuesKey}
 * @param inUnion   the options of one union, as they are now
 * @param offered   whether a union offers that value now, without listing them all (a union of 2,000 members)
 */
public record StartFormOptions(String valuesKey, Function<String, List<Choice>> inUnion,
    BiPredicate<String, String> offered) {

  /** Options short enough to list: a value is offered when it is among them. */
  public StartFormOptions(String valuesKey, Function<String, List<Choice>> inUnion) {
    this(valuesKey, inUnion, (unionId, value) -> inUnion.apply(unionId).stream()
        .anyMatch(choice -> choice.value().equals(value)));
  }
}
