package org.unionflow.platform.engine;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine REST API of the starter, with UnionFlow's answers to refused input (400), lost races (409), and tasks
 * gone or of another union (404).
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(EngineRestExceptionMapper.class);
    register(EngineExceptionMapper.class);
    register(TaskGoneMapper.class);
    register(ConcurrencyConflictMapper.class);
    register(OtherUnionMapper.class);
  }
}
