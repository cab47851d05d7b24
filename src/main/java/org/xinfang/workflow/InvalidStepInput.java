package org.xinfang.workflow;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A form was submitted with a value the rules do not allow. The engine rolls the step back, the
 * task stays open and Tasklist shows this message to the handler, inside the engine's own words
 * about a failed task listener.
 */
public class InvalidStepInput extends BadUserRequestException {

  public InvalidStepInput(String field, String reason) {
    super(field + "：" + reason);
  }

  /** The engine quotes a failed listener's exception as text: let that be only the message. */
  @Override
  public String toString() {
    return getMessage();
  }
}
