package de.thwien.dsr.intake.requester;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.intake.links.IntakeConfig;
import de.thwien.dsr.intake.links.StatusTokens;
import de.thwien.dsr.intake.requests.RequestAccepted;
import de.thwien.dsr.intake.requests.RequestIntake;
import de.thwien.dsr.intake.requests.SubmissionLimits;
import de.thwien.dsr.intake.requests.SubmittedRequest;
import de.thwien.dsr.platform.address.MailAddressRule;
import de.thwien.dsr.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/** The public web-form API: anyone may submit a request, nothing about other cases is revealed. */
@Path("/api/requests")
public class RequestResource {

    private static final Logger LOG = Logger.getLogger(RequestResource.class);

    private final RequestIntake intake;
    private final IntakeConfig config;
    private final Clock clock;
    private final SubmissionLimits limits;

    public RequestResource(RequestIntake intake, IntakeConfig config, Clock clock) {
        this.intake = intake;
        this.config = config;
        this.clock = clock;
        this.limits = new SubmissionLimits(config.rateLimits().perClientAddress(), config.rateLimits().perEmail(),
                config.rateLimits().perDomain(), config.rateLimits().window());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a data-subject request",
            description = "Opens a case and answers 202 with the case id and the requester's status link; "
                    + "400 for an address no notice can reach (see README, address rule); "
                    + "429 with Retry-After when one client, one mailbox or one domain gets too many.")
    public Uni<Response> submit(@NotNull(message = "a JSON body is required") @Valid SubmittedRequest request,
            @Context HttpServerRequest http) {
        if (request.website() != null && !request.website().isBlank()) {
            // the honeypot field is invisible to people: a bot filled it. Look accepted, open nothing.
            LOG.info("web-form submission with the honeypot field filled ignored");
            return Uni.createFrom().item(Response.accepted(new RequestAccepted(UUID.randomUUID(),
                    config.publicBaseUrl() + "/status/" + StatusTokens.newToken())).build());
        }
        Instant now = clock.instant();
        String clientAddress = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        // validated: the rule gives the address in the form the notifier sends to
        String address = MailAddressRule.check(request.email()).address();
        Optional<Duration> wait = limits.tryAcquire(clientAddress, address, now);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            return Uni.createFrom().item(Response.status(429).type(Problem.MEDIA)
                    .header("Retry-After", seconds)
                    .entity(Problem.of(429, "Too Many Requests",
                            "Too many requests in a short time. Please try again in " + seconds + " seconds.")
                            .at("/api/requests"))
                    .build());
        }
        return intake.openCase(request, CaseEvents.Channel.WEB_FORM)
                .map(accepted -> Response.accepted(accepted).build());
    }
}
