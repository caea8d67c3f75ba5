package org.unionflow.platform.engine;

import jakarta.ws.rs.ApplicationPath;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine REST API of the starter, with UnionFlow's answers to refused input (400), lost races (409), and tasks
 * gone or of another union (404).
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfig extends CamundaJerseyResourceConfig {

  /** UnionFlow's answers, for /engine-rest and the webapps' engine API alike. */
  static final Set<Class<?>> ANSWERS =
      Set.of(EngineRestExceptionMapper.class, EngineExceptionMapper.class, TaskGoneMapper.class,
          ConcurrencyConflictMapper.class);

  @Override
  protected void registerAdditionalResources() {
    registerClasses(ANSWERS);
  }
}
