package de.thwien.dsr.intake.requests;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.intake.links.IntakeConfig;
import de.thwien.dsr.intake.links.StatusTokens;
import de.thwien.dsr.platform.address.MailAddressRule;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The web form's way in, for its JSON API and its page alike: a bot that filled the honeypot gets an answer that
 * looks accepted and opens nothing; a client, mailbox or domain over its limit ({@link SubmissionLimits}, one set for
 * both ways in) is refused with {@link TooManySubmissions}; every other valid request opens its case.
 */
@ApplicationScoped
public class SubmissionGuard {

    private static final Logger LOG = Logger.getLogger(SubmissionGuard.class);

    private final RequestIntake intake;
    private final IntakeConfig config;
    private final Clock clock;
    private final SubmissionLimits limits;

    public SubmissionGuard(RequestIntake intake, IntakeConfig config, Clock clock) {
        this.intake = intake;
        this.config = config;
        this.clock = clock;
        this.limits = new SubmissionLimits(config.rateLimits().perClientAddress(), config.rateLimits().perEmail(),
                config.rateLimits().perDomain(), config.rateLimits().window());
    }

    /** Opens the case of a request already validated ({@link SubmittedRequest}'s constraints) from a client. */
    public Uni<RequestAccepted> submit(SubmittedRequest request, String clientAddress) {
        if (request.website() != null && !request.website().isBlank()) {
            // the honeypot field is invisible to people: a bot filled it. Look accepted, open nothing.
            LOG.info("web-form submission with the honeypot field filled ignored");
            return Uni.createFrom().item(new RequestAccepted(UUID.randomUUID(),
                    config.publicBaseUrl() + "/status/" + StatusTokens.newToken()));
        }
        Instant now = clock.instant();
        // validated: the rule gives the address in the form the notifier sends to
        String address = MailAddressRule.check(request.email()).address();
        Optional<Duration> wait = limits.tryAcquire(clientAddress, address, now);
        if (wait.isPresent()) {
            return Uni.createFrom().failure(new TooManySubmissions(Math.max(1, wait.get().toSeconds())));
        }
        return intake.openCase(request, CaseEvents.Channel.WEB_FORM);
    }
}
