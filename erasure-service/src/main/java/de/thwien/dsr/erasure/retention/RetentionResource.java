package de.thwien.dsr.erasure.retention;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.thwien.dsr.erasure.retention.rules.RetentionDecision;
import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.platform.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Public, login-free evaluation of the deletion concept. It takes and returns no personal data:
 * a category and a date in, a decision out.
 */
@Path("/api/retention")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionResource {

    /** {@code asOf} defaults to today (UTC) by the service clock. */
    public record EvaluationRequest(@NotBlank String category, @NotNull LocalDate documentDate, LocalDate asOf) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvaluationResult(String decision, LocalDate holdUntil, LocalDate erasableFrom, String legalBasis) {

        static EvaluationResult of(RetentionDecision decision) {
            return decision.restricts()
                    ? new EvaluationResult("RESTRICT", decision.holdUntil(), decision.erasableFrom(), decision.legalBasis())
                    : new EvaluationResult("ERASE", null, null, null);
        }
    }

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
        RetentionDecision decision = policy.evaluate(request.category(), request.documentDate(), asOf);
        return Response.ok(EvaluationResult.of(decision)).build();
    }
}
