package de.thwien.dsr.intake.cases;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The assistant's view of cases. */
@Path("/api/cases")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<CaseView> get(@PathParam("id") UUID id) {
        return DsrCase.<DsrCase>findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("no such case"))
                .chain(dsrCase -> TimelineEntry.ofCase(id).map(timeline -> CaseView.of(dsrCase, timeline)));
    }
}
