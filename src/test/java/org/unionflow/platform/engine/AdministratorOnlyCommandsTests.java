package org.unionflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;

/**
 * The form contract refuses the administrator-only commands by their simple class name: each name must be a
 * command of the engine on the class path, so a rename in an engine upgrade fails here instead of letting the
 * renamed command through.
 */
class AdministratorOnlyCommandsTests {

  @Test
  void everyAdministratorOnlyNameIsACommandOfTheEngine() {
    JavaClasses engine = new ClassFileImporter().importPackages("org.camunda.bpm.engine.impl");
    Map<String, Set<String>> commandsByName = engine.stream()
        .filter(type -> type.isAssignableTo(Command.class) && !type.isInterface())
        .collect(Collectors.groupingBy(JavaClass::getSimpleName,
            Collectors.mapping(JavaClass::getName, Collectors.toSet())));

    assertThat(FormContractInterceptor.ADMINISTRATOR_ONLY).isNotEmpty()
        .allSatisfy(name -> assertThat(commandsByName).as("engine command %s", name).containsKey(name));
  }
}
