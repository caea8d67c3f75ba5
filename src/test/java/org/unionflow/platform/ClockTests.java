package org.unionflow.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;

/**
 * The suite's decision on time: tests run on the real day, as the app, the engine's timers and the separately
 * started system-test apps do, and every one of them counts days in the union's zone. So the app's clock is
 * the system clock in {@link UnionDay#ZONE}, nothing moves the engine's clock, and tests take "today" from
 * {@link UnionDay} or that clock, never from the JVM's zone.
 */
@UnionFlowTest
class ClockTests {

  private static final Duration CLOSE = Duration.ofMinutes(1);

  @Autowired Clock clock;

  @Test
  void theAppsClockAndTheEnginesAreTheRealTimeInTheUnionsZone() {
    LocalDate before = UnionDay.today();
    LocalDate appsDay = LocalDate.now(clock);
    LocalDate after = UnionDay.today();

    assertThat(clock.getZone()).isEqualTo(UnionDay.ZONE);
    assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(CLOSE);
    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs()).isLessThan(CLOSE);
    assertThat(appsDay).isIn(before, after);
  }

  @Test
  void testsInTheAppsJvmTakeTheirDayFromTheUnionsCalendar() {
    JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
        .importPackages("org.unionflow");
    assertThat(tests.contain(ClockTests.class)).as("the test classes are read").isTrue();

    noClasses().that().doNotHaveFullyQualifiedName(UnionDay.class.getName())
        // the system tests talk to apps started as processes of their own, not to this JVM's clock
        .and().resideOutsideOfPackage("org.unionflow.system..")
        .should().callMethod(LocalDate.class, "now").orShould().callMethod(LocalDate.class, "now", ZoneId.class)
        .orShould().callMethod(LocalDateTime.class, "now")
        .because("the JVM's zone is not the union's: use UnionDay.today() or LocalDate.now(clock)")
        .check(tests);
  }
}
