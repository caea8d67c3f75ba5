package org.unionflow.members;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.unionflow.platform.forms.FormValidator;

/** What an officer may write about a member; the register refuses anything else field by field. */
public record MemberForm(
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits and '-' only") String staffNo,
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 100) String unionGroup,
    @Size(max = 100) String department,
    @NotNull MemberStatus status,
    @NotNull Gender gender,
    @NotNull @Past LocalDate birthDate,
    @NotNull @PastOrPresent LocalDate joinDate,
    @Pattern(regexp = "[0-9+ -]{5,32}", message = "digits, spaces, '+' and '-' only (5 to 32)") String phone) {

  /** A typo such as 0001 or 9999 is refused at the field, as in every form. */
  @AssertTrue(message = "日期应在 1900-01-01 之后 / must be after 1900-01-01")
  boolean isBirthDate() {
    return birthDate == null || !birthDate.isBefore(FormValidator.EARLIEST_DATE);
  }

  /** Nobody joins the union before they are born (or as a child). */
  @AssertTrue(message = "must be at least 16 years after the birth date")
  boolean isJoinDate() {
    return birthDate == null || joinDate == null || !joinDate.isBefore(birthDate.plusYears(16));
  }
}
