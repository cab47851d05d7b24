package org.xinfang.casefile;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.EngineClock;

/**
 * A citizen identity number (公民身份号码) as GB 11643-1999 defines it: a six-digit address code, the
 * birth date as yyyyMMdd, a three-digit sequence number and a check character computed over the
 * first seventeen digits (ISO 7064 MOD 11-2, where 10 is written X). Missing is allowed.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CitizenIdNumber.Check.class)
public @interface CitizenIdNumber {

  String message() default "不是有效的18位公民身份号码";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<CitizenIdNumber, String> {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    @Override
    public boolean isValid(String number, ConstraintValidatorContext context) {
      if (number == null) {
        return true;
      }
      return number.matches("\\d{17}[\\dX]") && hasBirthDate(number) && checkCharacter(number) == number.charAt(17);
    }

    public static char checkCharacter(String number) {
      int sum = 0;
      for (int i = 0; i < WEIGHTS.length; i++) {
        sum += (number.charAt(i) - '0') * WEIGHTS[i];
      }
      return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static boolean hasBirthDate(String number) {
      try {
        LocalDate born = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
            Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
        return born.getYear() >= 1900 && !born.isAfter(ChinaTime.dayOf(EngineClock.now()));
      } catch (DateTimeException notADate) {
        return false;
      }
    }
  }
}
