package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.RestrictionEnd;
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

    /**
     * Why the restriction ends, one reason of its ground ({@link RestrictionEndRule}), with a reason in a sentence (on
     * 18(1)(d) our compelling legitimate grounds, which the notice gives her).
     */
    public record EndStatement(@NotNull RestrictionEnd end, @NotBlank @Size(max = 2000) String reason) {
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
     * The assistant states why the restriction ends, as its ground allows: (a) the data are accurate, (b) she withdrew
     * her request or consented, (c) she no longer needs the data for legal claims, (d) our grounds override hers; the
     * lift waits for it (400 a reason the ground or the assistant may not give, or one shorter than a sentence).
     */
    @PUT
    @Path("/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestrictionView> end(@PathParam("caseId") UUID caseId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf, @NotNull @Valid EndStatement body) {
        return lifts.stateEnd(caseId, body.end(), body.reason(), OnBehalfOf.actor(identity, onBehalfOf));
    }

    /**
     * Tells her first (Art. 18(3) GDPR); the stores are lifted once that notice was sent. Only with a reason that ends
     * its ground (409 naming what is missing).
     */
    @POST
    @Path("/lift")
    public Uni<RestrictionView> lift(@PathParam("caseId") UUID caseId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf) {
        return lifts.announce(caseId, OnBehalfOf.actor(identity, onBehalfOf));
    }
}
