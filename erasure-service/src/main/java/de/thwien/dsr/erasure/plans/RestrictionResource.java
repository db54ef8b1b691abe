package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.AccuracyCheck;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.platform.security.OnBehalfOf;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The assistant's actions on a restriction the requester asked for (Art. 18 GDPR): its ground and its lift. */
@Path("/api/cases/{caseId}/restriction")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class RestrictionResource {

    public record Ground(@NotNull RestrictionGround ground) {
    }

    /** The result of the accuracy check on ground 18(1)(a), with a short reason. */
    public record AccuracyCheckStatement(@NotNull AccuracyCheck result, @NotBlank @Size(max = 500) String reason) {
    }

    private final RestrictionLifts lifts;
    private final SecurityIdentity identity;

    public RestrictionResource(RestrictionLifts lifts, SecurityIdentity identity) {
        this.lifts = lifts;
        this.identity = identity;
    }

    @GET
    public Uni<RestrictionView> get(@PathParam("caseId") UUID caseId) {
        return lifts.view(caseId);
    }

    @PUT
    @Path("/ground")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestrictionView> ground(@PathParam("caseId") UUID caseId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf, @NotNull @Valid Ground body) {
        return lifts.chooseGround(caseId, body.ground(), OnBehalfOf.actor(identity, onBehalfOf));
    }

    /**
     * On ground Art. 18(1)(a): the assistant states the accuracy check's result (the data are accurate, or they were
     * rectified) where no rectification of her records gave it; the lift waits for it.
     */
    @PUT
    @Path("/accuracy-check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestrictionView> accuracyCheck(@PathParam("caseId") UUID caseId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf, @NotNull @Valid AccuracyCheckStatement body) {
        return lifts.stateAccuracyCheck(caseId, body.result(), body.reason().strip(),
                OnBehalfOf.actor(identity, onBehalfOf));
    }

    /**
     * Tells her first (Art. 18(3) GDPR); the stores are lifted once that notice was sent. On ground 18(1)(a) only with
     * the result of the accuracy check (409 naming what is missing).
     */
    @POST
    @Path("/lift")
    public Uni<RestrictionView> lift(@PathParam("caseId") UUID caseId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf) {
        return lifts.announce(caseId, OnBehalfOf.actor(identity, onBehalfOf));
    }
}
