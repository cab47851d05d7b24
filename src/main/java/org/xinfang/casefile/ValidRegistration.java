package org.xinfang.casefile;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The rules of a registration that involve more than one field; see {@link RegistrationRules}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RegistrationRules.class)
public @interface ValidRegistration {

  String message() default "登记内容不一致";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
