package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.ObjectionPurpose;
import de.thwien.dsr.platform.security.OnBehalfOf;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The assistant's view of a case's erasure plan and decisions on its items (all audited). */
@Path("/api/cases/{caseId}/erasure-plan")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    /**
     * {@code reason}: the assistant's words; the requester reads them for {@link DeclineReason#OTHER} and
     * {@link DeclineReason#LEGAL_CLAIMS}, so they are written in the request's language.
     */
    public record Decline(@NotNull DeclineReason reasonCode, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Reclassification(@NotBlank String category, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Pin(@NotNull LocalDate until, @NotBlank @Size(max = 2000) String reason) {
    }

    /** {@code grounds}: her compelling legitimate grounds, in the request's language: the answer quotes them. */
    public record Grounds(@NotBlank @Size(max = 2000) String grounds) {
    }

    private final PlanDecisions decisions;
    private final OperatorTasks operatorTasks;
    private final SecurityIdentity identity;

    public PlanResource(PlanDecisions decisions, OperatorTasks operatorTasks, SecurityIdentity identity) {
        this.decisions = decisions;
        this.operatorTasks = operatorTasks;
        this.identity = identity;
    }

    @GET
    @WithSession
    public Uni<PlanView> get(@PathParam("caseId") UUID caseId) {
        return ErasurePlan.<ErasurePlan>findById(caseId)
                .onItem().ifNull().failWith(() -> new NotFoundException("no erasure plan for this case"))
                .chain(plan -> PlanItem.ofCase(caseId).chain(entries -> OperatorTask.ofCase(caseId)
                        .chain(tasks -> decisions.objectionDecisions(caseId)
                                .map(decided -> PlanView.of(plan, entries, tasks, decided,
                                        entry -> decisions.decidedPerPurpose(plan, entry))))));
    }

    @GET
    @Path("/audit")
    @WithSession
    public Uni<List<PlanView.AuditView>> audit(@PathParam("caseId") UUID caseId) {
        return AuditEntry.ofCase(caseId).map(entries -> entries.stream().map(PlanView.AuditView::of).toList());
    }

    @POST
    @Path("/items/{itemId}/approve")
    public Uni<PlanView.Item> approve(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf) {
        return decisions.approve(caseId, itemId, actor(onBehalfOf)).map(PlanView.Item::of);
    }

    /** Only the requester's mention is removed from the third party's record the item names; the record stays. */
    @POST
    @Path("/items/{itemId}/redact")
    public Uni<PlanView.Item> redact(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf) {
        return decisions.redact(caseId, itemId, actor(onBehalfOf)).map(PlanView.Item::of);
    }

    @POST
    @Path("/items/{itemId}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<PlanView.Item> decline(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf,
            @NotNull @Valid Decline body) {
        return decisions.decline(caseId, itemId, actor(onBehalfOf), body.reasonCode(), body.reason())
                .map(PlanView.Item::of);
    }

    @POST
    @Path("/items/{itemId}/reclassify")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<PlanView.Item> reclassify(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf,
            @NotNull @Valid Reclassification body) {
        return decisions.reclassify(caseId, itemId, actor(onBehalfOf), body.category(), body.reason())
                .map(PlanView.Item::of);
    }

    @POST
    @Path("/items/{itemId}/pin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<PlanView.Item> pin(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf,
            @NotNull @Valid Pin body) {
        return decisions.pin(caseId, itemId, actor(onBehalfOf), body.until(), body.reason()).map(PlanView.Item::of);
    }

    /** Objection (Art. 21 GDPR): the processing of the purpose stops; its records are erased or restricted. */
    @POST
    @Path("/objection/{purpose}/stop")
    public Uni<List<PlanView.Item>> stopPurpose(@PathParam("caseId") UUID caseId,
            @PathParam("purpose") ObjectionPurpose purpose, @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf) {
        return decisions.stopPurpose(caseId, purpose, actor(onBehalfOf))
                .map(entries -> entries.stream().map(PlanView.Item::of).toList());
    }

    /** Objection: the processing of the purpose continues on the compelling legitimate grounds she writes down. */
    @POST
    @Path("/objection/{purpose}/continue")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<List<PlanView.Item>> continuePurpose(@PathParam("caseId") UUID caseId,
            @PathParam("purpose") ObjectionPurpose purpose, @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf,
            @NotNull @Valid Grounds body) {
        return decisions.continuePurpose(caseId, purpose, actor(onBehalfOf), body.grounds())
                .map(entries -> entries.stream().map(PlanView.Item::of).toList());
    }

    /** The assistant confirms the operator did the task on the store's server. */
    @POST
    @Path("/operator-tasks/{taskId}/done")
    public Uni<OperatorTasks.Confirmed> operatorTaskDone(@PathParam("caseId") UUID caseId,
            @PathParam("taskId") long taskId, @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf) {
        return operatorTasks.done(caseId, taskId, actor(onBehalfOf));
    }

    /** The assistant who decided, also when the dashboard calls with its service login on her behalf. */
    private String actor(String onBehalfOf) {
        return OnBehalfOf.actor(identity, onBehalfOf);
    }
}
