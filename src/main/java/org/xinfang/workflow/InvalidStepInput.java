package org.xinfang.workflow;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A form was submitted with a value the rules do not allow. The engine rolls the step back and the
 * task stays open; Tasklist and the APIs answer 400 with this field and reason ({@link TaskDoor}).
 */
public class InvalidStepInput extends BadUserRequestException {

  private final String field;
  private final String reason;

  public InvalidStepInput(String field, String reason) {
    super(field + "：" + reason);
    this.field = field;
    this.reason = reason;
    StepRefusals.record(this);
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }

  /** The engine quotes a failed listener's exception as text: let that be only the message. */
  @Override
  public String toString() {
    return getMessage();
  }
}
