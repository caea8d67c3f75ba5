package org.unionflow.platform.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Working a task or case of another base union by its id is refused by the engine's tenant check with a plain
 * exception (a 500). Base unions never see each other: for that person the task does not exist (404).
 */
@Provider
@Priority(1)
class OtherUnionMapper implements ExceptionMapper<ProcessEngineException> {

  // the engine's words (ENGINE-13034) when the caller is no member of the resource's tenant
  private static final String NO_AUTHENTICATED_TENANT = "because it belongs to no authenticated tenant";

  private final ProcessEngineExceptionHandler engineDefault = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    if (String.valueOf(exception.getMessage()).contains(NO_AUTHENTICATED_TENANT)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "NotFound");
      body.put("message", "没有找到：它不属于您的工会。 / Not found: it does not belong to your union.");
      body.put("code", null);
      return Response.status(Response.Status.NOT_FOUND).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    return engineDefault.toResponse(exception);
  }
}
