package de.thwien.dsr.erasure.retention;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.thwien.dsr.erasure.retention.rules.PartHolds;
import de.thwien.dsr.erasure.retention.rules.RetentionDecision;
import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.platform.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.List;

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
     * defaults to today (UTC) by the service clock. {@code parts}: the parts of a record with holds of their own
     * (a mail's body and its attached invoice, LEGAL.md §3); the record is then held until its last part's hold ends.
     */
    public record EvaluationRequest(@NotBlank String category, LocalDate documentDate, Instant documentTimestamp,
            LocalDate asOf, @Size(max = 2) List<@NotNull @Valid RecordPart> parts) {

        @AssertTrue(message = "each part kind at most once")
        public boolean isEachPartOnce() {
            return parts == null || parts.stream().map(RecordPart::kind).distinct().count() == parts.size();
        }

        @AssertTrue(message = "documentDate or documentTimestamp is required")
        public boolean isDated() {
            return documentDate != null || documentTimestamp != null;
        }

        LocalDate date() {
            return documentDate != null ? documentDate : documentTimestamp.atZone(BERLIN).toLocalDate();
        }
    }

    /** One part of the record: {@code kind} BODY or ATTACHMENTS, and its retention category. */
    public record RecordPart(@NotNull Finding.PartKind kind, @NotBlank String category) {
    }

    /**
     * {@code routinelyErasableAt}: given a timestamp, the moment routine erasure removes the record; {@code parts}:
     * given parts, each part's own answer.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvaluationResult(String decision, LocalDate holdUntil, LocalDate erasableFrom, String legalBasis,
            Instant routinelyErasableAt, List<PartResult> parts) {

        static EvaluationResult of(RetentionDecision decision, Instant routinelyErasableAt, List<PartResult> parts) {
            return decision.restricts()
                    ? new EvaluationResult("RESTRICT", decision.holdUntil(), decision.erasableFrom(),
                            decision.legalBasis(), routinelyErasableAt, parts)
                    : new EvaluationResult("ERASE", null, null, null, routinelyErasableAt, parts);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PartResult(Finding.PartKind kind, String category, String decision, LocalDate holdUntil,
            LocalDate erasableFrom, String legalBasis) {

        static PartResult of(Finding.PartKind kind, String category, RetentionDecision decision) {
            return decision.restricts()
                    ? new PartResult(kind, category, "RESTRICT", decision.holdUntil(), decision.erasableFrom(),
                            decision.legalBasis())
                    : new PartResult(kind, category, "ERASE", null, null, null);
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
            return unknownCategory("category");
        }
        List<RecordPart> parts = request.parts() == null ? List.of() : request.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (!policy.knows(parts.get(i).category())) {
                return unknownCategory("parts[" + i + "].category");
            }
        }
        LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
        Instant routinelyErasableAt = request.documentTimestamp() == null ? null
                : policy.routinelyErasableAt(request.category(), request.documentTimestamp(), BERLIN);
        if (parts.isEmpty()) {
            RetentionDecision decision = policy.evaluate(request.category(), request.date(), asOf);
            return Response.ok(EvaluationResult.of(decision, routinelyErasableAt, null)).build();
        }
        PartHolds holds = PartHolds.evaluate(policy,
                parts.stream().map(part -> new Finding.Part(part.kind(), part.category())).toList(), request.date(), asOf);
        List<PartResult> results = parts.stream()
                .map(part -> PartResult.of(part.kind(), part.category(), holds.of(part.kind()))).toList();
        return Response.ok(EvaluationResult.of(holds.wholeRecord(), routinelyErasableAt, results)).build();
    }

    private Response unknownCategory(String field) {
        return Problem.of(Response.Status.BAD_REQUEST,
                        "unknown category; known: " + String.join(", ", policy.categories().stream().sorted().toList()))
                .withViolations(List.of(new Problem.Violation(field, "unknown category")))
                .at("/api/retention/evaluate")
                .toResponse();
    }
}
