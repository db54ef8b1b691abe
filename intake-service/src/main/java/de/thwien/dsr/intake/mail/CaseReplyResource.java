package de.thwien.dsr.intake.mail;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The mails attached to a case as replies, for the assistant. */
@Path("/api/cases/{id}/replies")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class CaseReplyResource {

    private final CaseReplies replies;

    public CaseReplyResource(CaseReplies replies) {
        this.replies = replies;
    }

    @GET
    @Operation(summary = "The replies attached to the case, oldest first, with their texts (none once shredded)")
    public Uni<List<CaseReplies.ReplyView>> list(@PathParam("id") UUID id) {
        return replies.of(id);
    }
}
