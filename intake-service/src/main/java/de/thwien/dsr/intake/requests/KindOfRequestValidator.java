package de.thwien.dsr.intake.requests;

import de.thwien.dsr.events.RequestType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KindOfRequest}. */
public class KindOfRequestValidator implements ConstraintValidator<KindOfRequest, RequestType> {

    @Override
    public boolean isValid(RequestType type, ConstraintValidatorContext context) {
        return type != RequestType.UNCLASSIFIED;
    }
}
