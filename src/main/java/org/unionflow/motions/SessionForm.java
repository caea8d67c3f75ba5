package org.unionflow.motions;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A congress session to open, e.g. "3rd congress, 2nd session / 三届二次" with its term. */
record SessionForm(@NotBlank @Size(max = 200) String name, @NotNull LocalDate opensOn, @NotNull LocalDate closesOn) {

  @AssertTrue(message = "闭幕日期须晚于开幕日期 / must be after the opening date")
  boolean isClosesOn() {
    return opensOn == null || closesOn == null || closesOn.isAfter(opensOn);
  }
}
