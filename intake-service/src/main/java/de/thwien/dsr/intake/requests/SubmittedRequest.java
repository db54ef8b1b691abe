package de.thwien.dsr.intake.requests;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.platform.problem.RefusesUnknownFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A request as submitted through the web form API. */
@GroundOnlyWithRestriction
@RefusesUnknownFields
public record SubmittedRequest(
        @NotNull(message = "choose the kind of request") @KindOfRequest RequestType type,
        @NotBlank(message = "an e-mail address is required")
        @DeliverableAddress
        @Size(max = 254, message = "must be at most 254 characters") String email,
        @Size(max = 200, message = "must be at most 200 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String name,
        @Pattern(regexp = "de|en", message = "must be de or en") String language,
        @Size(max = 10000, message = "must be at most 10000 characters")
        // line breaks are welcome in a message; NUL is not text (and PostgreSQL cannot store it)
        @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String message,
        /** Honeypot: hidden from people by the form, so only bots fill it. */
        @Size(max = 500, message = "must be at most 500 characters") String website,
        /** For a restriction request: why she asks (Art. 18(1)(a)–(d)); left out, the assistant chooses it. */
        RestrictionGround restrictionGround) implements GroundedRequest {

    /** A request that names no restriction ground. */
    public SubmittedRequest(RequestType type, String email, String name, String language, String message,
            String website) {
        this(type, email, name, language, message, website, null);
    }

    /** German unless the requester chose English (LEGAL.md §5: the language of the request). */
    public String languageOrDefault() {
        return language == null ? "de" : language;
    }
}
