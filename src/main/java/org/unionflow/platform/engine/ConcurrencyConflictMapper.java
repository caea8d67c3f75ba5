package org.unionflow.platform.engine;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * A concurrent change found when the transaction commits (a domain row's version, a lock) reaches the engine
 * REST unwrapped; like the engine's own optimistic lock it means "someone else was faster": 409, not 500.
 */
@Provider
class ConcurrencyConflictMapper implements ExceptionMapper<ConcurrencyFailureException> {

  @Override
  public Response toResponse(ConcurrencyFailureException exception) {
    return EngineRestExceptionMapper.conflict();
  }
}
