package de.thwien.dsr.erasure.retention;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.thwien.dsr.erasure.retention.rules.RetentionDecision;
import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.platform.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Public, login-free evaluation of the deletion concept. It takes and returns no personal data:
 * a category and a date in, a decision out.
 */
@Path("/api/retention")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionResource {

    /**
     * The record's date, or the moment it was made ({@code documentTimestamp}, e.g. a log line's time: then its date
     * is that moment's day in Europe/Berlin, and the answer says when routine erasure removes it). {@code asOf}
     * defaults to today (UTC) by the service clock.
     */
    public record EvaluationRequest(@NotBlank String category, LocalDate documentDate, Instant documentTimestamp,
            LocalDate asOf) {

        @AssertTrue(message = "documentDate or documentTimestamp is required")
        public boolean isDated() {
            return documentDate != null || documentTimestamp != null;
        }

        LocalDate date() {
            return documentDate != null ? documentDate : documentTimestamp.atZone(BERLIN).toLocalDate();
        }
    }

    /** {@code routinelyErasableAt}: given a timestamp, the moment routine erasure removes the record. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvaluationResult(String decision, LocalDate holdUntil, LocalDate erasableFrom, String legalBasis,
            Instant routinelyErasableAt) {

        static EvaluationResult of(RetentionDecision decision, Instant routinelyErasableAt) {
            return decision.restricts()
                    ? new EvaluationResult("RESTRICT", decision.holdUntil(), decision.erasableFrom(),
                            decision.legalBasis(), routinelyErasableAt)
                    : new EvaluationResult("ERASE", null, null, null, routinelyErasableAt);
        }
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final RetentionPolicy policy;
    private final Clock clock;

    public RetentionResource(RetentionPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @POST
    @Path("/evaluate")
    public Response evaluate(@NotNull @Valid EvaluationRequest request) {
        if (!policy.knows(request.category())) {
            return Problem.of(Response.Status.BAD_REQUEST,
                            "unknown category; known: " + String.join(", ", policy.categories().stream().sorted().toList()))
                    .withViolations(java.util.List.of(new Problem.Violation("category", "unknown category")))
                    .at("/api/retention/evaluate")
                    .toResponse();
        }
        LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
        RetentionDecision decision = policy.evaluate(request.category(), request.date(), asOf);
        Instant routinelyErasableAt = request.documentTimestamp() == null ? null
                : policy.routinelyErasableAt(request.category(), request.documentTimestamp(), BERLIN);
        return Response.ok(EvaluationResult.of(decision, routinelyErasableAt)).build();
    }
}
