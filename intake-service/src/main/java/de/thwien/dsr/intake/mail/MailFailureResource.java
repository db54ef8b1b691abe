package de.thwien.dsr.intake.mail;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Mails of the request mailbox that could not be read, for the assistant to open in the error folder. */
@Path("/api/mail-failures")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class MailFailureResource {

    private final MailIntakeFailures failures;

    public MailFailureResource(MailIntakeFailures failures) {
        this.failures = failures;
    }

    @GET
    @WithSession
    public Uni<List<MailIntakeFailure>> list() {
        return failures.newestFirst();
    }
}
