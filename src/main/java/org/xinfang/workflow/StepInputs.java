package org.xinfang.workflow;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.xinfang.web.PlainText;

/** Reads what a form submitted and checks it: server-side, whatever the form already checked. */
public final class StepInputs {

  /** The longest text a form can submit: the engine stores a string variable in 4000 characters. */
  public static final int LONGEST_TEXT = 4000;

  private final VariableScope scope;

  public StepInputs(VariableScope scope) {
    this.scope = scope;
  }

  public String text(String name, String label, boolean required, int maxLength) {
    Object value = scope.getVariable(name);
    String text = value == null ? null : value.toString().strip();
    if (text == null || text.isEmpty()) {
      if (required) {
        throw new InvalidStepInput(label, "必须填写");
      }
      return null;
    }
    if (text.length() > maxLength) {
      throw new InvalidStepInput(label, "不能超过" + maxLength + "个字");
    }
    // the API's rule for text; a form's text areas may hold line breaks
    if (!PlainText.Check.isPlain(text, true)) {
      throw new InvalidStepInput(label, PlainText.MESSAGE);
    }
    return text;
  }

  public <E extends Enum<E>> E choice(String name, String label, Class<E> type) {
    String value = text(name, label, true, 40);
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(value))
        .findFirst()
        .orElseThrow(() -> new InvalidStepInput(label, "取值“" + value + "”无效"));
  }

  public String oneOf(String name, String label, String... allowed) {
    String value = text(name, label, true, 40);
    if (Arrays.asList(allowed).contains(value)) {
      return value;
    }
    throw new InvalidStepInput(label, "取值“" + value + "”无效");
  }

  public int days(String name, String label, int min, int max) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidStepInput(label, "必须填写");
    }
    long days;
    try {
      days = value instanceof Number number ? number.longValue() : Long.parseLong(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new InvalidStepInput(label, "必须是整数");
    }
    if (value instanceof Number number && number.doubleValue() != days) {
      throw new InvalidStepInput(label, "必须是整数");
    }
    if (days < min || days > max) {
      throw new InvalidStepInput(label, "必须在" + min + "到" + max + "天之间");
    }
    return (int) days;
  }
}
