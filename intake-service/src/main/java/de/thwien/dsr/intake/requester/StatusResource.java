package de.thwien.dsr.intake.requester;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.links.StatusTokens;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Data of the requester's status page: the token from the status link is the only key. */
@Path("/api/status/{token}")
public class StatusResource {

    /** Type, status and dates; nothing else, in particular nothing personal. */
    public record RequestStatus(RequestType type, CaseStatus status, LocalDate receivedOn, LocalDate dueOn) {
    }

    @GET
    @WithSession
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Status of one's own request, by the token of the status link")
    public Uni<RequestStatus> status(@PathParam("token") String token) {
        if (token == null || token.length() > 100) {
            return Uni.createFrom().failure(new NotFoundException("unknown status link"));
        }
        return DsrCase.<DsrCase>find("statusTokenHash", StatusTokens.hash(token)).firstResult()
                .onItem().ifNull().failWith(() -> new NotFoundException("unknown status link"))
                .map(dsrCase -> new RequestStatus(dsrCase.requestType, dsrCase.status, dsrCase.receivedOn,
                        dsrCase.currentDueOn));
    }
}
