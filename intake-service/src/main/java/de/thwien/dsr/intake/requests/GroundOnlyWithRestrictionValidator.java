package de.thwien.dsr.intake.requests;

import de.thwien.dsr.events.RequestType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link GroundOnlyWithRestriction} and reports it on the field the sender filled. */
public class GroundOnlyWithRestrictionValidator
        implements ConstraintValidator<GroundOnlyWithRestriction, GroundedRequest> {

    @Override
    public boolean isValid(GroundedRequest request, ConstraintValidatorContext context) {
        if (request == null || request.restrictionGround() == null || request.type() == null
                || request.type() == RequestType.RESTRICTION) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("restrictionGround").addConstraintViolation();
        return false;
    }
}
