package org.unionflow.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.platform.unions.UnionKind;

/**
 * A union the administrator opens: a base union under a county (with this year's budget and its first congress
 * session) or a county under a city. Budget categories not named open at 0.00.
 */
record NewUnion(
    @NotBlank @Pattern(regexp = "[a-z0-9-]{3,64}", message = "3 to 64 lower-case letters, digits or hyphens") String id,
    @NotBlank @Size(max = 200) @Pattern(regexp = ".+ / .+", message = "English / 中文") String name,
    @NotBlank String parentId,
    UnionKind kind,
    Map<BudgetCategory, @NotNull @PositiveOrZero BigDecimal> budget,
    @Valid FirstSession congressSession) {

  UnionKind kindOrBase() {
    return kind == null ? UnionKind.BASE : kind;
  }

  /** The first session of the union's workers' congress (教代会). */
  record FirstSession(@NotBlank @Size(max = 100) String name, @NotNull LocalDate opensOn,
      @NotNull LocalDate closesOn) {
  }
}
