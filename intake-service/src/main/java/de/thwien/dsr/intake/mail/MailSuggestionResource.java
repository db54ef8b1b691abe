package de.thwien.dsr.intake.mail;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Requests found in watched mailboxes (info@, thomas@ ...), for the assistant to open as cases. */
@Path("/api/mail-suggestions")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class MailSuggestionResource {

    private final MailSuggestions suggestions;
    private final SecurityIdentity identity;

    public MailSuggestionResource(MailSuggestions suggestions, SecurityIdentity identity) {
        this.suggestions = suggestions;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Mails in watched mailboxes that read like a data-subject request and have no case yet")
    public Uni<List<MailSuggestions.Row>> list() {
        return suggestions.open();
    }

    @POST
    @Path("/{id}/case")
    @Operation(summary = "Open the suggested request as a case, received when the mail arrived (channel OTHER_ADDRESS)")
    public Uni<Response> openCase(@PathParam("id") UUID id) {
        return suggestions.openCase(id, identity.getPrincipal().getName())
                .map(accepted -> Response.created(URI.create("/api/cases/" + accepted.caseId()))
                        .entity(new OpenedCase(accepted.caseId())).build());
    }

    /** The case opened; the requester's status link goes to her in the acknowledgement, not to the assistant. */
    public record OpenedCase(UUID caseId) {
    }
}
