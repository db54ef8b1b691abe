package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.platform.security.OnBehalfOf;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;

/**
 * The assistant's Art. 16 work on a RECTIFICATION case: the located records with the fields their store can change
 * and their current values; per record corrected values, "no change needed" with a reason, or a supplementary
 * statement; then execution, which writes the corrections with proof and sends the answer. All audited.
 */
@Path("/api/cases/{caseId}/rectification")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class RectificationResource {

    /**
     * Field name → corrected value, for fields the record's store declares rectifiable. {@code
     * confirmedRequesterControls}: the assistant checked that the requester controls a corrected e-mail address or
     * phone number that identifies another person's records (e.g. the requester confirmed it from that address).
     */
    public record Correction(@NotNull @NotEmpty @Size(max = 20) Map<String, String> values,
            Boolean confirmedRequesterControls) {
    }

    /** The reason for no change, or the supplementary statement, in the request's language. */
    public record Text(@NotBlank @Size(max = 4000) String text) {
    }

    private final Rectifications rectifications;
    private final SecurityIdentity identity;

    public RectificationResource(Rectifications rectifications, SecurityIdentity identity) {
        this.rectifications = rectifications;
        this.identity = identity;
    }

    @GET
    public Uni<RectificationView> get(@PathParam("caseId") UUID caseId) {
        return rectifications.view(caseId);
    }

    @POST
    @Path("/items/{itemId}/correct")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RectificationView.Item> correct(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf, @NotNull @Valid Correction body) {
        return rectifications.correct(caseId, itemId, body.values(),
                Boolean.TRUE.equals(body.confirmedRequesterControls()), actor(onBehalfOf));
    }

    @POST
    @Path("/items/{itemId}/no-change")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RectificationView.Item> noChange(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf, @NotNull @Valid Text body) {
        return rectifications.noChange(caseId, itemId, body.text(), actor(onBehalfOf));
    }

    @POST
    @Path("/items/{itemId}/statement")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RectificationView.Item> statement(@PathParam("caseId") UUID caseId, @PathParam("itemId") long itemId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf, @NotNull @Valid Text body) {
        return rectifications.supplement(caseId, itemId, body.text(), actor(onBehalfOf));
    }

    /** Writes the corrections with proof; when all are proved, completes the plan and sends the answer. */
    @POST
    @Path("/execute")
    public Uni<RectificationView> execute(@PathParam("caseId") UUID caseId,
            @HeaderParam(OnBehalfOf.HEADER) String onBehalfOf) {
        return rectifications.execute(caseId, actor(onBehalfOf));
    }

    private String actor(String onBehalfOf) {
        return OnBehalfOf.actor(identity, onBehalfOf);
    }
}
