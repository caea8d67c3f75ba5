package org.unionflow.platform.engine;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * A completion that loses the race for a task reads the task before the winner commits and its permissions
 * after, when they are gone with the task: the engine then refuses with 403. The person was allowed; the
 * task is gone, and that is what they are told (404). Every other refusal stays 403.
 */
@Provider
class TaskGoneMapper implements ExceptionMapper<AuthorizationException> {

  // /engine-rest/task/{id}/… or, in the webapps' engine API, /engine/{engine}/task/{id}/…
  private static final Pattern TASK_PATH = Pattern.compile("^/?(?:engine/[^/]+/)?task/([^/]+)/");

  private final ProcessEngineExceptionHandler engineDefault = new ProcessEngineExceptionHandler();

  @Context
  private UriInfo request;

  @Override
  public Response toResponse(AuthorizationException exception) {
    Matcher task = TASK_PATH.matcher(request.getPath());
    if (task.find() && isGone(task.group(1))) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "TaskGone");
      body.put("message", EngineRestExceptionMapper.TASK_GONE);
      body.put("code", null);
      return Response.status(Response.Status.NOT_FOUND).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    return engineDefault.toResponse(exception);
  }

  private static boolean isGone(String taskId) {
    ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    // whether it exists, not whether the caller may see it
    identity.clearAuthentication();
    try {
      return engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0;
    } finally {
      identity.setAuthentication(caller);
    }
  }
}
