package de.thwien.dsr.subjectindex.search;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One e-mail address or one phone number, as typed: the index normalises it as it normalises the stores' values. */
public record IdentifierRecordsRequest(
        @Size(max = 320) @Pattern(regexp = SubjectSearchRequest.NO_CONTROL,
                message = SubjectSearchRequest.CONTROL_MESSAGE) String email,
        @Size(max = 64) @Pattern(regexp = SubjectSearchRequest.NO_CONTROL,
                message = SubjectSearchRequest.CONTROL_MESSAGE) String phone) {

    @AssertTrue(message = "give exactly one of email, phone")
    public boolean isOneGiven() {
        return notBlank(email) != notBlank(phone);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
