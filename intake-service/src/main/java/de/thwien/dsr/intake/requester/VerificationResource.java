package de.thwien.dsr.intake.requester;

import de.thwien.dsr.intake.pages.Pages;
import de.thwien.dsr.intake.verification.IdentityVerifications;
import de.thwien.dsr.intake.verification.UnknownVerificationLink;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The requester's verification link. GET only looks (mail scanners prefetch links), POST confirms. The
 * browser opening the link gets the requester's page with a confirmation form.
 */
@Path("/api/verification/{token}")
public class VerificationResource {

    private final IdentityVerifications verifications;
    private final Pages pages;
    private final Template verificationPage;

    public VerificationResource(IdentityVerifications verifications, Pages pages,
            @Location("public/verification.html") Template verificationPage) {
        this.verifications = verifications;
        this.pages = pages;
        this.verificationPage = verificationPage;
    }

    public record Confirmed(String status) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "State of a verification link: PENDING, ALREADY_USED or EXPIRED")
    public Uni<IdentityVerifications.LinkStatus> inspect(@PathParam("token") String token) {
        return verifications.inspect(token);
    }

    /** The requester's page; its form posts to {@code /verification/{token}} (CSRF-checked, answers a page). */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> page(@PathParam("token") String token) {
        return verifications.inspect(token).map(status -> pages.render(verificationPage
                .data("state", status.state().name()).data("token", token)))
                .onFailure(UnknownVerificationLink.class).recoverWithItem(() -> pages.render(404,
                        verificationPage.data("state", "UNKNOWN").data("token", token)));
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the identity with the link's token",
            description = "200 once; 409 for a used link, 410 for an expired one, 404 for an unknown one.")
    public Uni<Confirmed> confirm(@PathParam("token") String token) {
        return verifications.confirm(token).map(dsrCase -> new Confirmed("VERIFIED"));
    }
}
