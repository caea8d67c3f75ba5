package org.unionflow.platform.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/** The same answers as {@link EngineRestExceptionMapper} for engine exceptions a resource does not wrap (reads). */
@Provider
@Priority(1)
class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  private final ProcessEngineExceptionHandler engineDefault = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return EngineRestExceptionMapper.known(exception).orElseGet(() -> engineDefault.toResponse(exception));
  }
}
