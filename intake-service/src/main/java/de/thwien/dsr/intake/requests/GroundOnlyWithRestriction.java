package de.thwien.dsr.intake.requests;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A restriction ground (Art. 18(1)) belongs to a restriction request only; on any other it would be silently
 * dropped. The violation names the field {@code restrictionGround}.
 */
@Documented
@Constraint(validatedBy = GroundOnlyWithRestrictionValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GroundOnlyWithRestriction {

    String message() default "only a RESTRICTION request has a restrictionGround";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
