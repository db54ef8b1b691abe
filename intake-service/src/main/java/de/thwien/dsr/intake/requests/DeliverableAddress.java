package de.thwien.dsr.intake.requests;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An e-mail address our notices can reach ({@code MailAddressRule}); the message names the reason
 * ({@code ValidationMessages.properties}, one key per refusal). Null and blank are left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = DeliverableAddressValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface DeliverableAddress {

    String message() default "{dsr.address.NOT_AN_ADDRESS}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
