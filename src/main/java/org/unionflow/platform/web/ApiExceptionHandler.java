package org.unionflow.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.unionflow.platform.forms.FieldError;
import org.unionflow.platform.forms.InvalidInputException;

/** Turns refusals into problem details; a bad field is always named in {@code fieldErrors}. */
@RestControllerAdvice(basePackages = "org.unionflow")
class ApiExceptionHandler {

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e) {
    return badRequest(e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
        .toList());
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return badRequest(e.errors());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail invalidParameter(MethodArgumentTypeMismatchException e) {
    return badRequest(List.of(new FieldError(e.getName(), "has the wrong format")));
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
  }

  private static ProblemDetail badRequest(List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Invalid input: " + errors.stream().map(FieldError::toString).reduce((a, b) -> a + "; " + b).orElse(""));
    problem.setProperty("fieldErrors", errors.stream()
        .map(error -> Map.of("field", error.field(), "message", error.message()))
        .toList());
    return problem;
  }
}
