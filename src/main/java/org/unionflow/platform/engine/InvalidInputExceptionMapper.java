package org.unionflow.platform.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.unionflow.platform.forms.InvalidInputException;

/**
 * Some engine REST resources (e.g. {@code /process-definition/key/{key}/start}) report any engine exception
 * as 500. A refusal of bad input is the caller's error: answer 400 and list the refused fields.
 */
@Provider
@Priority(1)
class InvalidInputExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler engineDefault = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return badRequest(invalid);
      }
    }
    return engineDefault.toResponse(exception);
  }

  private static Response badRequest(InvalidInputException invalid) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", InvalidInputException.class.getSimpleName());
    body.put("message", "Invalid input: " + invalid.getMessage());
    body.put("code", null);
    List<Map<String, String>> fields = invalid.errors().stream()
        .map(error -> Map.of("field", error.field(), "message", error.message()))
        .toList();
    body.put("fieldErrors", fields);
    return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
