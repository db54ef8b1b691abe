package de.thwien.dsr.intake.requests;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A kind of request a requester can ask for herself: {@code UNCLASSIFIED} is what the mail classifier says of a mail
 * it could not read, not a request anyone makes. Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = KindOfRequestValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface KindOfRequest {

    String message() default "UNCLASSIFIED is no kind of request: choose the right you ask for";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
