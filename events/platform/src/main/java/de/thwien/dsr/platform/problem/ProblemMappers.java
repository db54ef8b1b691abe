package de.thwien.dsr.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a REST endpoint into problem+json. Details never echo input values
 * (they may be personal data) and never carry a stack trace.
 */
public class ProblemMappers {

    /** The answer to a change that lost against another one at the same moment (optimistic locking). */
    public static final String CONCURRENT_CHANGE = "The record was changed at the same moment; reload it and try again.";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException exception, UriInfo uri) {
        List<Problem.Violation> violations = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .collect(Collectors.toList());
        return Problem.of(Response.Status.BAD_REQUEST, "The request has invalid fields.")
                .withViolations(violations).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception, UriInfo uri) {
        String refusal = exception instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum() && !invalid.getPath().isEmpty()
                ? "The body's field '" + path(invalid) + "' must be one of: " + java.util.Arrays.stream(
                        invalid.getTargetType().getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", ")) + "."
                : strictBodyRefusal(exception);
        if (refusal != null) {
            return Problem.of(Response.Status.BAD_REQUEST, refusal).at(uri.getPath()).toResponse();
        }
        String where = exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? "field '" + path(mapping) + "'"
                : exception.getLocation() == null ? "its nesting or size"
                : "line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr();
        return Problem.of(Response.Status.BAD_REQUEST, "The body is not valid JSON of the expected shape (at "
                + where + ").").at(uri.getPath()).toResponse();
    }

    /**
     * What {@link StrictRequestBodies} refused, in words: a field named twice, a field the body does not have, content
     * after the JSON value; null for any other unreadable body. A field's name is repeated only when it looks like one
     * (it is the sender's own text).
     */
    private static String strictBodyRefusal(JsonProcessingException exception) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return "The body has a field this request does not know: " + fieldName(unknown.getPropertyName())
                    + ". Known fields: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")) + ".";
        }
        String message = exception.getOriginalMessage();
        if (message == null) {
            return null;
        }
        if (message.startsWith("Duplicate field '") && message.endsWith("'")) {
            return "The body names the field " + fieldName(message.substring(17, message.length() - 1))
                    + " twice; which value is meant is unknown.";
        }
        if (message.startsWith("Trailing token")) {
            return "The body has content after its JSON value; send one JSON object.";
        }
        return null;
    }

    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String fieldName(String field) {
        return field != null && FIELD_NAME.matcher(field).matches() ? "'" + field + "'" : "(a field)";
    }

    private static final java.util.regex.Pattern FIELD_NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    /** Quarkus maps this subtype itself (to plain JSON); the exact type makes ours win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException exception, UriInfo uri) {
        return unreadableJson(exception, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response response = exception.getResponse();
        if (response.getMediaType() != null && Problem.MEDIA.isCompatible(response.getMediaType())) {
            return response;
        }
        Response.StatusType status = response.getStatusInfo();
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), null).at(uri.getPath()).toResponse();
    }

    /**
     * A service refused in the words of its domain: the status of its kind, its message as the detail, its class as
     * the type ({@link Problem#REFUSAL_TYPE}).
     */
    @ServerExceptionMapper
    public Response refused(Refusal refusal, UriInfo uri) {
        int status = refusal.kind().status();
        String title = refusal.title() != null ? refusal.title() : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Problem.of(status, title, refusal.getMessage())
                .ofType(Problem.REFUSAL_TYPE + refusal.getClass().getSimpleName()).at(uri.getPath()).toResponse();
    }

    /** Two writers changed the same row (optimistic locking): the later one may simply retry. */
    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class})
    public Response concurrentChange(Exception exception, UriInfo uri) {
        return Problem.of(Response.Status.CONFLICT, CONCURRENT_CHANGE).at(uri.getPath()).toResponse();
    }

    /** Form and query values with broken percent-encoding (e.g. {@code %ZZ}) fail while they are decoded. */
    @ServerExceptionMapper
    public Response undecodable(IllegalArgumentException exception, UriInfo uri) {
        if (exception.getMessage() != null && exception.getMessage().startsWith("Failed to decode")) {
            return Problem.of(Response.Status.BAD_REQUEST, "The request has malformed percent-encoding.")
                    .at(uri.getPath()).toResponse();
        }
        return unexpected(exception, uri);
    }

    /** A body whose Content-Type names a charset Java does not know, or none it can read, fails as it is decoded. */
    @ServerExceptionMapper
    public Response unknownCharset(java.io.UnsupportedEncodingException exception, UriInfo uri) {
        return Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "The charset of the request's Content-Type is"
                + " unknown or malformed.").at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception exception, UriInfo uri) {
        // the message may contain personal data: log the type and a reference only
        String reference = UUID.randomUUID().toString();
        LOG.errorf("unexpected %s at %s, problem reference %s", exception.getClass().getName(), uri.getPath(),
                reference);
        LOG.debug("unexpected failure " + reference, exception);
        return Problem.of(500, "Internal Server Error", "Something went wrong on our side (reference "
                + reference + ").").at(uri.getPath()).toResponse();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // drop the method and parameter names of the resource method ("submit.request.email" -> "email")
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }
}
