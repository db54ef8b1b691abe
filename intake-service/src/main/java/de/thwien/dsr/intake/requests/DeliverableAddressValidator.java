package de.thwien.dsr.intake.requests;

import de.thwien.dsr.platform.address.MailAddressRule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DeliverableAddress} with the rule the notifier sends by. */
public class DeliverableAddressValidator implements ConstraintValidator<DeliverableAddress, String> {

    @Override
    public boolean isValid(String address, ConstraintValidatorContext context) {
        if (address == null || address.isBlank()) {
            return true;
        }
        MailAddressRule.Verdict verdict = MailAddressRule.check(address);
        if (verdict.deliverable()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{dsr.address." + verdict.refusal() + "}")
                .addConstraintViolation();
        return false;
    }
}
