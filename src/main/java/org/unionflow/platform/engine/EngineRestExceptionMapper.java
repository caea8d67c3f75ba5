package org.unionflow.platform.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.dao.ConcurrencyFailureException;
import org.unionflow.platform.forms.FieldError;
import org.unionflow.platform.forms.InvalidInputException;

/**
 * The engine REST reports most engine exceptions as 500. Four of them are not server errors: a refusal of bad
 * input (400, listing the refused fields), losing a race for the same task or case (409), working a task
 * someone else has just completed (404: the task is gone), and another union's case (404, as if it did not exist).
 */
@Provider
@Priority(1)
class EngineRestExceptionMapper implements ExceptionMapper<RestException> {

  static final String TASK_GONE = "任务不存在或已由他人办结 / The task is gone: it was completed or cancelled by someone else";
  private static final String ALREADY_CLAIMED = "此任务已被他人认领 / Someone else has already claimed this task";
  private static final String NOT_FOUND = "没有找到 / Not found";
  private static final String OTHER_TENANT = "belongs to no authenticated tenant";

  private final RestExceptionHandler engineDefault = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    return known(exception).orElseGet(() -> engineDefault.toResponse(exception));
  }

  /** The caller's answer when the exception, or one of its causes, is one of those that are not server errors. */
  static Optional<Response> known(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return Optional.of(badRequest(invalid));
      }
      if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException) {
        return Optional.of(conflict());
      }
      if (cause instanceof TaskAlreadyClaimedException) {
        return Optional.of(answer(Response.Status.CONFLICT, TaskAlreadyClaimedException.class, ALREADY_CLAIMED));
      }
      // the engine's own words when a task id no longer exists
      if (cause instanceof NullValueException && String.valueOf(cause.getMessage()).startsWith("Cannot find task")) {
        return Optional.of(answer(Response.Status.NOT_FOUND, NullValueException.class, TASK_GONE));
      }
      // another union's case exists for the engine, not for the caller: answered as an id that does not exist
      if (cause instanceof ProcessEngineException && String.valueOf(cause.getMessage()).contains(OTHER_TENANT)) {
        return Optional.of(answer(Response.Status.NOT_FOUND, NullValueException.class, NOT_FOUND));
      }
    }
    return Optional.empty();
  }

  /** The engine's or the domain tables' optimistic lock stopped a concurrent change of the same case. */
  static Response conflict() {
    return answer(Response.Status.CONFLICT, OptimisticLockingException.class,
        "他人刚刚办理了此任务或案件，请刷新后查看 / Someone else changed this task or case at the same moment; reload it to see where it is now");
  }

  private static Response answer(Response.Status status, Class<?> type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.getSimpleName());
    body.put("message", message);
    body.put("code", null);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static Response badRequest(InvalidInputException invalid) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", InvalidInputException.class.getSimpleName());
    // the notice a person reads beside the marked fields: their messages, not the fields' internal names
    body.put("message", "填写有误，请看标出的字段 / Invalid input, see the marked fields: " + invalid.errors().stream()
        .map(FieldError::message).distinct().collect(Collectors.joining("；")));
    body.put("code", null);
    List<Map<String, String>> fields = invalid.errors().stream()
        .map(error -> Map.of("field", error.field(), "message", error.message()))
        .toList();
    body.put("fieldErrors", fields);
    return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
