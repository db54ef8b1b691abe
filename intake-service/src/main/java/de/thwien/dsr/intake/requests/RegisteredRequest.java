package de.thwien.dsr.intake.requests;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.platform.problem.RefusesUnknownFields;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A request the assistant registers because it reached the controller by letter, phone, fax, in person or at
 * another of its addresses. The address is optional: without one, notices are prepared for printing.
 */
@GroundOnlyWithRestriction
@RefusesUnknownFields
public record RegisteredRequest(
        @NotNull(message = "choose the kind of request") RequestType type,
        @NotNull(message = "choose how the request reached us") CaseEvents.Channel channel,
        @NotNull(message = "the receipt instant is required") Instant receivedAt,
        @DeliverableAddress
        @Size(max = 254, message = "must be at most 254 characters") String email,
        @Size(max = 200, message = "must be at most 200 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String name,
        @Pattern(regexp = "de|en", message = "must be de or en") String language,
        @Size(max = 10000, message = "must be at most 10000 characters")
        @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String note,
        /** For a restriction request: the ground it names (Art. 18(1)), null when it names none. */
        RestrictionGround restrictionGround) implements GroundedRequest {

    /** A request that names no restriction ground. */
    public RegisteredRequest(RequestType type, CaseEvents.Channel channel, Instant receivedAt, String email,
            String name, String language, String note) {
        this(type, channel, receivedAt, email, name, language, note, null);
    }

    /** German unless the request was in English (LEGAL.md §5: the language of the request). */
    public String languageOrDefault() {
        return language == null ? "de" : language;
    }

    /** The address, or null when none is known. */
    public String emailOrNull() {
        return email == null || email.isBlank() ? null : email.strip();
    }
}
