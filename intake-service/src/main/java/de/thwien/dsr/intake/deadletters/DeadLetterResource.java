package de.thwien.dsr.intake.deadletters;

import de.thwien.dsr.platform.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Dead letters of every topic: the assistant may read them, the owner (role admin) replays or closes them. */
@Path("/api/dead-letters")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final SecurityIdentity identity;

    public DeadLetterResource(DeadLetters deadLetters, SecurityIdentity identity) {
        this.deadLetters = deadLetters;
        this.identity = identity;
    }

    public record HandledNote(@NotBlank(message = "a note is required") @Size(max = ReceivedDeadLetter.MAX_TEXT)
            @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String note) {
    }

    @GET
    @Operation(summary = "Dead letters, newest first (at most 500); status OPEN, REPLAYED or HANDLED filters")
    public Uni<List<DeadLetter>> list(@QueryParam("status")
            @Pattern(regexp = "OPEN|REPLAYED|HANDLED", message = "must be OPEN, REPLAYED or HANDLED") String status) {
        return deadLetters.list(status == null ? null : DeadLetterStatus.valueOf(status));
    }

    @GET
    @Path("/{id}")
    public Uni<DeadLetter> get(@PathParam("id") long id) {
        return deadLetters.get(id);
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed("admin")
    @Operation(summary = "Publish the record again to its original topic with its key and headers (once: 409 after)")
    public Uni<DeadLetter> replay(@PathParam("id") long id) {
        return deadLetters.replay(id, identity.getPrincipal().getName());
    }

    @POST
    @Path("/{id}/handled")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close the dead letter without a replay, with a note saying what was done")
    public Uni<DeadLetter> markHandled(@PathParam("id") long id,
            @NotNull(message = "a JSON body is required") @Valid HandledNote body) {
        return deadLetters.markHandled(id, body.note(), identity.getPrincipal().getName());
    }

    /** Kafka did not take the replayed record: an outage, not a refusal; the dead letter stays open. */
    @ServerExceptionMapper
    public Response notAcknowledged(ReplayNotAcknowledged failure) {
        return Problem.of(503, "Service Unavailable", failure.getMessage()).toResponse();
    }
}
