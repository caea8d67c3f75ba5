package org.unionflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The layers as rules: {@code platform} is the floor and knows no feature; {@code trail} stands on the floor
 * and knows no process (payments reach it through its own {@code CasePayments}); the register pages
 * ({@code registers}) sit on top like the demo data, so neither floor nor trail may know them; the top-level
 * packages form no cycle. Production code only: tests may reach across packages to set up a case.
 */
@AnalyzeClasses(packages = "org.unionflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  private static final String[] FEATURES = {"org.unionflow.visits..", "org.unionflow.motions..",
      "org.unionflow.aid..", "org.unionflow.fund..", "org.unionflow.expenses..", "org.unionflow.audit..",
      "org.unionflow.members..", "org.unionflow.demo..", "org.unionflow.registers..", "org.unionflow.admin..",
      "org.unionflow.county.."};

  @ArchTest
  static final ArchRule floorKnowsNoFeature = noClasses().that().resideInAPackage("org.unionflow.platform..")
      .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
      .orShould().dependOnClassesThat().resideInAPackage("org.unionflow.trail..")
      .because("platform is the floor every feature stands on");

  @ArchTest
  static final ArchRule trailKnowsNoFeature = noClasses().that().resideInAPackage("org.unionflow.trail..")
      .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
      .because("the trail records every process and so may know none of them");

  /** The glue is one way everywhere: {@code @Bean} lambdas in each process's {@code …Delegates}/{@code …TaskListeners}. */
  @ArchTest
  static final ArchRule glueIsBeansOfTheProcessConfigurations = noClasses().that()
      .resideInAnyPackage(FEATURES).should().implement(JavaDelegate.class).orShould().implement(TaskListener.class)
      .because("a process's delegates and task listeners are @Bean methods of its …Delegates and …TaskListeners");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("org.unionflow.(*)..").should().beFreeOfCycles();

}
