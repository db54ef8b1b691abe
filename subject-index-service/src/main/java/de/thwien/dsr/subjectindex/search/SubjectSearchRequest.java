package de.thwien.dsr.subjectindex.search;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the assistant knows about a person; at least one field. */
public record SubjectSearchRequest(
        @Size(max = 320) @Pattern(regexp = NO_CONTROL, message = CONTROL_MESSAGE) String email,
        @Size(max = 64) @Pattern(regexp = NO_CONTROL, message = CONTROL_MESSAGE) String phone,
        @Size(max = 200) @Pattern(regexp = NO_CONTROL, message = CONTROL_MESSAGE) String name) {

    /** Identifiers never contain control characters; NUL would even fail the index query. */
    static final String NO_CONTROL = "[^\\p{Cntrl}]*";
    static final String CONTROL_MESSAGE = "must not contain control characters";

    @AssertTrue(message = "give at least one of email, phone, name")
    public boolean isAnyGiven() {
        return notBlank(email) || notBlank(phone) || notBlank(name);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
