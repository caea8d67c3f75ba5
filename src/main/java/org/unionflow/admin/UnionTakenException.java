package org.unionflow.admin;

import java.util.List;
import org.unionflow.platform.forms.FieldError;
import org.unionflow.platform.forms.InvalidInputException;

/** The union (or its budget line or congress session) is there already, differently: 409 at each field. */
class UnionTakenException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  UnionTakenException(List<FieldError> differing) {
    super(differing);
  }
}
