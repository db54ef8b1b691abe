package de.thwien.dsr.subjectindex.search;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/** What the assistant knows about a person; at least one field. */
public record SubjectSearchRequest(
        @Size(max = 320) String email,
        @Size(max = 64) String phone,
        @Size(max = 200) String name) {

    @AssertTrue(message = "give at least one of email, phone, name")
    public boolean isAnyGiven() {
        return notBlank(email) || notBlank(phone) || notBlank(name);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
