package de.thwien.dsr.intake.verification;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The requester's verification link. GET only looks (mail scanners prefetch links), POST confirms. The
 * requester-facing page comes later; a browser opening the link gets a minimal confirmation form.
 */
@Path("/api/verification/{token}")
public class VerificationResource {

    private final IdentityVerifications verifications;

    public VerificationResource(IdentityVerifications verifications) {
        this.verifications = verifications;
    }

    public record Confirmed(String status) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "State of a verification link: PENDING, ALREADY_USED or EXPIRED")
    public Uni<IdentityVerifications.LinkStatus> inspect(@PathParam("token") String token) {
        return verifications.inspect(token);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<String> page(@PathParam("token") String token) {
        return verifications.inspect(token).map(status -> switch (status.state()) {
            case PENDING -> "<!doctype html><html lang=\"de\"><meta charset=\"utf-8\"><title>Identität bestätigen</title>"
                    + "<form method=\"post\"><p>Bitte bestätigen Sie Ihre Anfrage. / Please confirm your request.</p>"
                    + "<button type=\"submit\">Bestätigen / Confirm</button></form></html>";
            case ALREADY_USED -> "<!doctype html><html lang=\"de\"><meta charset=\"utf-8\"><title>Bereits bestätigt</title>"
                    + "<p>Dieser Link wurde bereits verwendet. / This link has already been used.</p></html>";
            case EXPIRED -> "<!doctype html><html lang=\"de\"><meta charset=\"utf-8\"><title>Link abgelaufen</title>"
                    + "<p>Dieser Link ist abgelaufen. / This link has expired.</p></html>";
        });
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the identity with the link's token",
            description = "200 once; 409 for a used link, 410 for an expired one, 404 for an unknown one.")
    public Uni<Confirmed> confirm(@PathParam("token") String token) {
        return verifications.confirm(token).map(dsrCase -> new Confirmed("VERIFIED"));
    }
}
