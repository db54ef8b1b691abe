package de.thwien.dsr.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /**
     * The type of a service's domain refusal ({@link Refusal}): this prefix and the refusal's class name (e.g.
     * {@code urn:thwien:dsr:refusal:PlanItemConflict}), so that a caller can word it in its own language without
     * reading the English detail.
     */
    public static final String REFUSAL_TYPE = "urn:thwien:dsr:refusal:";

    /** One invalid input field and why, in words the requester can act on. */
    public record Violation(String field, String message) {
    }

    public static Problem of(Response.Status status, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    public Problem withViolations(List<Violation> violations) {
        return new Problem(type, title, status, detail, instance, violations);
    }

    public Problem ofType(String type) {
        return new Problem(type, title, status, detail, instance, violations);
    }

    /** The refusal's name of a problem type written as {@link #REFUSAL_TYPE}, or null for any other type. */
    public static String refusalCode(String type) {
        return type != null && type.startsWith(REFUSAL_TYPE) && type.length() > REFUSAL_TYPE.length()
                ? type.substring(REFUSAL_TYPE.length()) : null;
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, violations);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
