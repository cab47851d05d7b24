package org.xinfang.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed: no control characters (a NUL byte, an escape sequence), no invisible
 * formatting characters (such as the bidirectional overrides that make text read other than it is
 * stored), no private-use, unassigned or unpaired surrogate code points. Multi-line text may hold
 * line breaks and tabs. Missing is allowed.
 *
 * <p>The one rule for every text the system takes in: request bodies and query parameters through
 * this constraint, the fields of a process form through {@link Check#isPlain} ({@code workflow.StepInputs}),
 * with the same {@link #MESSAGE}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

  /** Why a text is refused; it never quotes the text. */
  String MESSAGE = "含有不允许的控制字符或不可见字符";

  String message() default MESSAGE;

  boolean multiline() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<PlainText, String> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
      multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return isPlain(text, multiline);
    }

    /** Whether {@code text} keeps the rule; {@code null} does. */
    public static boolean isPlain(String text, boolean multiline) {
      return text == null || text.codePoints().allMatch(codePoint -> allowed(codePoint, multiline));
    }

    private static boolean allowed(int codePoint, boolean multiline) {
      if (multiline && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t')) {
        return true;
      }
      return switch (Character.getType(codePoint)) {
        case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED,
            Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
        default -> true;
      };
    }
  }
}
