package de.thwien.dsr.intake.casework;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.CaseAttention;
import de.thwien.dsr.intake.cases.CasePersonalData;
import de.thwien.dsr.intake.cases.CaseWorkflow;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.TimelineEntry;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.intake.requests.RegisteredRequest;
import de.thwien.dsr.intake.requests.RequestRegistration;
import de.thwien.dsr.intake.verification.IdentityVerification;
import de.thwien.dsr.intake.verification.IdentityVerifications;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The assistant's case API. */
@Path("/api/cases")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private static final List<CaseStatus> OPEN = List.of(CaseStatus.values()).stream().filter(CaseStatus::isOpen)
            .toList();

    private final CaseWorkflow workflow;
    private final CaseActions actions;
    private final IdentityVerifications verifications;
    private final CasePersonalData personalData;
    private final RequestRegistration registration;
    private final SecurityIdentity identity;
    private final Clock clock;

    public CaseResource(CaseWorkflow workflow, CaseActions actions, IdentityVerifications verifications,
            CasePersonalData personalData, RequestRegistration registration, SecurityIdentity identity, Clock clock) {
        this.workflow = workflow;
        this.registration = registration;
        this.actions = actions;
        this.verifications = verifications;
        this.personalData = personalData;
        this.identity = identity;
        this.clock = clock;
    }

    /** Free text may span lines but not contain NUL (PostgreSQL cannot store it). */
    static final String NO_NUL = "[^\\x00]*";

    public record Note(@NotBlank(message = "a note is required") @Size(max = 2000)
            @Pattern(regexp = NO_NUL, message = "must not contain NUL characters") String note) {
    }

    public record Extension(@NotBlank(message = "the reasons for the extension are required") @Size(max = 2000)
            @Pattern(regexp = NO_NUL, message = "must not contain NUL characters") String reasons) {
    }

    public record Rejection(@NotNull(message = "choose a reason code") CaseEvents.RejectionReason reasonCode,
            @NotBlank(message = "the reasons are required") @Size(max = 2000)
            @Pattern(regexp = NO_NUL, message = "must not contain NUL characters") String reasons) {
    }

    public record OtherChannel(@NotNull(message = "choose a channel: LETTER, PHONE or OTHER") ContactChannel channel,
            @NotBlank(message = "a note is required") @Size(max = 2000)
            @Pattern(regexp = NO_NUL, message = "must not contain NUL characters") String note) {
    }

    public record Closure(@Size(max = 2000)
            @Pattern(regexp = NO_NUL, message = "must not contain NUL characters") String note) {
    }

    @GET
    @WithSession
    @Operation(summary = "Cases with filters and days left: open overdue cases first, then by current due date")
    public Uni<CaseRow.Page> list(@QueryParam("status") CaseStatus status, @QueryParam("type") RequestType type,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("dueWithinDays") @Min(value = 0, message = "must be 0 or more") Integer dueWithinDays,
            @QueryParam("q") @Size(max = 36) @Pattern(regexp = "[0-9a-fA-F-]*", message = "must be part of a case id")
            String caseIdPart,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be 1 to 100")
            @Max(value = 100, message = "must be 1 to 100") int size) {
        LocalDate today = today();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            conditions.add("status = :status");
            parameters.put("status", status);
        }
        if (type != null) {
            conditions.add("requestType = :type");
            parameters.put("type", type);
        }
        if (Boolean.TRUE.equals(overdue) || dueWithinDays != null) {
            conditions.add("status in :open");
            parameters.put("open", OPEN);
        }
        if (Boolean.TRUE.equals(overdue)) {
            conditions.add("currentDueOn < :today");
            parameters.put("today", today);
        }
        if (dueWithinDays != null) {
            conditions.add("currentDueOn >= :today and currentDueOn <= :horizon");
            parameters.put("today", today);
            parameters.put("horizon", today.plusDays(dueWithinDays));
        }
        if (caseIdPart != null && !caseIdPart.isBlank()) {
            conditions.add("str(id) like :idPart");
            parameters.put("idPart", "%" + caseIdPart.toLowerCase() + "%");
        }
        String where = String.join(" and ", conditions.isEmpty() ? List.of("1 = 1") : conditions);
        // open cases past their due date first, in the query: so on every page, not only within one
        Map<String, Object> ordered = new HashMap<>(parameters);
        ordered.put("open", OPEN);
        ordered.put("today", today);
        var query = DsrCase.<DsrCase>find("from DsrCase where " + where
                + " order by case when status in :open and currentDueOn < :today then 0 else 1 end,"
                + " currentDueOn, receivedAt, id", ordered);
        return DsrCase.count(where, parameters).chain(total -> query.page(page, size).list()
                .chain(cases -> personalData.openAll(cases).chain(requesters -> CaseAttention
                        .ofCases(cases.stream().map(dsrCase -> dsrCase.id).toList()).map(attention -> {
                            List<CaseRow> rows = new ArrayList<>(cases.size());
                            for (int i = 0; i < cases.size(); i++) {
                                rows.add(CaseRow.of(cases.get(i), requesters.get(i),
                                        attention.getOrDefault(cases.get(i).id, Set.of()), today));
                            }
                            return new CaseRow.Page(rows, page, size, total);
                        }))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a request that came by letter, phone, fax, in person or to another address",
            description = "Opens a case whose deadline runs from receivedAt (not in the future, not older than the"
                    + " extended period); the address is optional: without one, notices are prepared for printing"
                    + " and the identity is verified manually. 201 with the case.")
    public Uni<Response> register(@NotNull(message = "a JSON body is required") @Valid RegisteredRequest body) {
        return registration.register(body, actor()).chain(accepted -> get(accepted.caseId()))
                .map(view -> Response.created(URI.create("/api/cases/" + view.id())).entity(view).build());
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<CaseView> get(@PathParam("id") UUID id) {
        return workflow.read(id).chain(dsrCase -> personalData.open(dsrCase)
                .chain(requester -> CaseAttention.of(id).chain(attention -> TimelineEntry.ofCase(id)
                        .chain(timeline -> followUpsOf(id).map(followUps -> CaseView.of(dsrCase, requester,
                                attention, timeline, followUps, today()))))));
    }

    @GET
    @Path("/{id}/file")
    @WithSession
    @Operation(summary = "The complete case record as JSON, for accountability")
    public Uni<CaseFile> file(@PathParam("id") UUID id) {
        return workflow.read(id).chain(dsrCase -> personalData.open(dsrCase).chain(requester -> CaseAttention.of(id)
                .chain(attention -> TimelineEntry.ofCase(id).chain(timeline -> followUpsOf(id).chain(followUps ->
                        IdentityVerification.<IdentityVerification>findById(id).map(verification -> new CaseFile(
                                clock.instant(), CaseView.of(dsrCase, requester, attention, timeline, followUps,
                                        today()),
                                requester.message(), verification == null ? null : new CaseFile.Verification(
                                        verification.requestedAt, verification.expiresAt, verification.remindedAt,
                                        verification.verifiedAt,
                                        verification.method == null ? null : verification.method.name(),
                                        verification.expiredAt))))))));
    }

    @POST
    @WithSession
    @Path("/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify the requester's identity manually, with a note saying how")
    public Uni<CaseView> verifyManually(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid Note body) {
        return verifications.verifyManually(id, body.note(), actor()).chain(() -> get(id));
    }

    @POST
    @WithSession
    @Path("/{id}/verification-link")
    @Operation(summary = "Send the requester a new verification link; earlier links stop working",
            description = "For a case awaiting verification or whose link expired unused; 409 otherwise.")
    public Uni<CaseView> renewVerificationLink(@PathParam("id") UUID id) {
        return verifications.renewLink(id, actor()).chain(() -> get(id));
    }

    @POST
    @WithSession
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CaseView> extend(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid Extension body) {
        return actions.extend(id, body.reasons(), actor()).chain(() -> get(id));
    }

    @POST
    @WithSession
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CaseView> reject(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid Rejection body) {
        return actions.reject(id, body.reasonCode(), body.reasons(), actor()).chain(() -> get(id));
    }

    @POST
    @WithSession
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CaseView> addNote(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid Note body) {
        return actions.addNote(id, body.note(), actor()).chain(() -> get(id));
    }

    @POST
    @WithSession
    @Path("/{id}/other-channel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record how the requester is reached when mail does not reach her; clears DELIVERY_FAILED",
            description = "The note goes unsealed into the case timeline: no postal address or phone number in it"
                    + " (e.g. \"letter sent on 7 Dec\"); the address belongs in the paper file.")
    public Uni<CaseView> recordOtherChannel(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid OtherChannel body) {
        return actions.recordOtherChannel(id, body.channel(), body.note(), actor()).chain(() -> get(id));
    }

    @POST
    @WithSession
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CaseView> close(@PathParam("id") UUID id, @Valid Closure body) {
        return actions.close(id, body == null ? null : body.note(), actor()).chain(() -> get(id));
    }

    /** The cases opened as follow-ups of this one, oldest first. */
    private static Uni<List<UUID>> followUpsOf(UUID id) {
        return DsrCase.<DsrCase>list("followUpOf = ?1 order by receivedAt, id", id)
                .map(followUps -> followUps.stream().map(followUp -> followUp.id).toList());
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private LocalDate today() {
        return clock.instant().atZone(DeadlineCalculator.BERLIN).toLocalDate();
    }
}
