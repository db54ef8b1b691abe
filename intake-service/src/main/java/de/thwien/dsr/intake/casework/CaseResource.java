package de.thwien.dsr.intake.casework;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.CaseReference;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.casework.CaseActions.Classification;
import de.thwien.dsr.intake.casework.CaseActions.Closure;
import de.thwien.dsr.intake.casework.CaseActions.Extension;
import de.thwien.dsr.intake.casework.CaseActions.Note;
import de.thwien.dsr.intake.casework.CaseActions.OtherChannel;
import de.thwien.dsr.intake.casework.CaseActions.Rejection;
import de.thwien.dsr.intake.requests.RegisteredRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The assistant's case API: JSON over {@link CaseViews} and {@link CaseActions}, which the dashboard's pages use
 * as well, so both run the same checks and write the same timeline.
 */
@Path("/api/cases")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseViews views;
    private final CaseActions actions;
    private final SecurityIdentity identity;

    public CaseResource(CaseViews views, CaseActions actions, SecurityIdentity identity) {
        this.views = views;
        this.actions = actions;
        this.identity = identity;
    }

    @GET
    @WithSession
    @Operation(summary = "Cases with filters and days left: open overdue cases first, then by current due date")
    public Uni<CaseRow.Page> list(@QueryParam("status") CaseStatus status, @QueryParam("type") RequestType type,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("dueWithinDays") @Min(value = 0, message = "must be 0 or more") Integer dueWithinDays,
            @QueryParam("q") @Size(max = CaseReference.SEARCH_MAX)
            @Pattern(regexp = CaseReference.SEARCH, message = "{dsr.caseSearch.NOT_A_REFERENCE}") String caseIdPart,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be 1 to 100")
            @Max(value = 100, message = "must be 1 to 100") int size) {
        // the limits are CaseViews.list's own, repeated here so that the API's OpenAPI document shows them
        return views.list(status, type, overdue, dueWithinDays, caseIdPart, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a request that came by letter, phone, fax, in person or to another address",
            description = "Opens a case whose deadline runs from receivedAt (not in the future, not older than the"
                    + " extended period); the address is optional: without one, notices are prepared for printing"
                    + " and the identity is verified manually. 201 with the case.")
    public Uni<Response> register(@NotNull(message = "a JSON body is required") @Valid RegisteredRequest body) {
        return actions.register(body, actor()).chain(accepted -> views.of(accepted.caseId()))
                .map(view -> Response.created(URI.create("/api/cases/" + view.id())).entity(view).build());
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<CaseView> get(@PathParam("id") UUID id) {
        return views.of(id);
    }

    @GET
    @Path("/{id}/file")
    @WithSession
    @Operation(summary = "The complete case record as JSON, for accountability")
    public Uni<CaseFile> file(@PathParam("id") UUID id) {
        return views.file(id);
    }

    @POST
    @WithSession
    @Path("/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify the requester's identity manually, with a note saying how")
    public Uni<CaseView> verifyManually(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid Note body) {
        return actions.verifyManually(id, body, actor()).chain(() -> views.of(id));
    }

    @POST
    @WithSession
    @Path("/{id}/verification-link")
    @Operation(summary = "Send the requester a new verification link; earlier links stop working",
            description = "For a case awaiting verification or whose link expired unused; 409 otherwise.")
    public Uni<CaseView> renewVerificationLink(@PathParam("id") UUID id) {
        return actions.renewVerificationLink(id, actor()).chain(() -> views.of(id));
    }

    @PUT
    @WithSession
    @Path("/{id}/type")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the kind of a request the software could not assign (UNCLASSIFIED)",
            description = "Once, while the case is open and UNCLASSIFIED (409 otherwise); UNCLASSIFIED is no kind to"
                    + " set (400); restrictionGround only with RESTRICTION. Receipt and due dates stay. The requester"
                    + " is told how her request is treated; if her identity was confirmed already, her data is"
                    + " searched now.")
    public Uni<CaseView> classify(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid Classification body) {
        return actions.classify(id, body, actor()).chain(() -> views.of(id));
    }

    @POST
    @WithSession
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CaseView> extend(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid Extension body) {
        return actions.extend(id, body, actor()).chain(() -> views.of(id));
    }

    @POST
    @WithSession
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CaseView> reject(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid Rejection body) {
        return actions.reject(id, body, actor()).chain(() -> views.of(id));
    }

    @POST
    @WithSession
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CaseView> addNote(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid Note body) {
        return actions.addNote(id, body, actor()).chain(() -> views.of(id));
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
        return actions.recordOtherChannel(id, body, actor()).chain(() -> views.of(id));
    }

    @POST
    @WithSession
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CaseView> close(@PathParam("id") UUID id, @Valid Closure body) {
        return actions.close(id, body, actor()).chain(() -> views.of(id));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
