package de.thwien.dsr.intake.requests;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.intake.cases.Attention;
import de.thwien.dsr.intake.cases.CaseAttention;
import de.thwien.dsr.intake.cases.CasePersonalData;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.TimelineEntry;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.intake.deadlines.Deadlines;
import de.thwien.dsr.intake.links.IntakeConfig;
import de.thwien.dsr.intake.links.MailLinks;
import de.thwien.dsr.intake.links.StatusTokens;
import de.thwien.dsr.intake.verification.IdentityVerifications;
import de.thwien.dsr.platform.address.MailAddressRule;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Opens a case for a new request, announces it and asks for identity verification, in one transaction. */
@ApplicationScoped
public class RequestIntake {

    private static final Logger LOG = Logger.getLogger(RequestIntake.class);

    /**
     * A request from any channel; {@code receivedAt} is when it reached us (for mail: its arrival);
     * {@code restrictionGround}: for a restriction request, the ground she gave (Art. 18(1)), null when unknown.
     */
    public record NewRequest(RequestType type, String email, String name, String language, String message,
            CaseEvents.Channel channel, Instant receivedAt, String originalMessageId,
            RestrictionGround restrictionGround) {

        public NewRequest {
            restrictionGround = type == RequestType.RESTRICTION ? restrictionGround : null;
        }

        /** A request that names no restriction ground. */
        public NewRequest(RequestType type, String email, String name, String language, String message,
                CaseEvents.Channel channel, Instant receivedAt, String originalMessageId) {
            this(type, email, name, language, message, channel, receivedAt, originalMessageId, null);
        }
    }

    /**
     * How the case is opened: under which id and, for a request the assistant registers (a letter, a call), her
     * login and the timeline's words for it; {@code registeredBy} is null for requests that came by themselves.
     */
    public record Registration(UUID caseId, String registeredBy, String detail) {

        static Registration byItself() {
            return new Registration(UUID.randomUUID(), null, null);
        }
    }

    private final Outbox outbox;
    private final Clock clock;
    private final IntakeConfig config;
    private final IdentityVerifications verifications;
    private final CasePersonalData personalData;
    private final DeadlineCalculator deadlines = new DeadlineCalculator();

    public RequestIntake(Outbox outbox, Clock clock, IntakeConfig config, IdentityVerifications verifications,
            CasePersonalData personalData) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.verifications = verifications;
        this.personalData = personalData;
    }

    public Uni<RequestAccepted> openCase(SubmittedRequest request, CaseEvents.Channel channel) {
        return openCase(new NewRequest(request.type(), request.email(), request.name(), request.languageOrDefault(),
                request.message(), channel, clock.instant(), null, request.restrictionGround()));
    }

    @WithTransaction
    public Uni<RequestAccepted> openCase(NewRequest request) {
        return openCase(request, Registration.byItself());
    }

    /**
     * Opens the case as {@code registration} says. Without an address (a request by letter or phone) no verification
     * link can be sent: the case waits in RECEIVED for the assistant to verify the identity another way, and the
     * notifier prepares its notices for printing.
     */
    @WithTransaction
    public Uni<RequestAccepted> openCase(NewRequest request, Registration registration) {
        Instant receivedAt = request.receivedAt();
        Deadlines dates = deadlines.deadlinesFor(receivedAt);
        String token = StatusTokens.newToken();
        String statusUrl = config.publicBaseUrl() + "/status/" + token;

        DsrCase dsrCase = new DsrCase();
        dsrCase.id = registration.caseId();
        dsrCase.requestType = request.type();
        dsrCase.status = CaseStatus.RECEIVED;
        dsrCase.language = request.language();
        dsrCase.channel = request.channel();
        dsrCase.receivedAt = receivedAt;
        dsrCase.receivedOn = dates.receivedOn();
        dsrCase.dueOn = dates.dueOn();
        dsrCase.currentDueOn = dates.dueOn();
        dsrCase.extendedDueOn = dates.extendedDueOn();
        dsrCase.statusTokenHash = StatusTokens.hash(token);
        dsrCase.originalMessageId = request.originalMessageId();
        Person requester = new Person(request.email() == null ? null : deliverable(request.email()),
                blankToNull(request.name()));

        CaseEvents.RequestReceived event = new CaseEvents.RequestReceived(dsrCase.id.toString(),
                dsrCase.requestType, dsrCase.language, dsrCase.channel, receivedAt, dates.receivedOn(), dates.dueOn(),
                dates.extendedDueOn(), MailLinks.inLanguage(statusUrl, dsrCase.language), dsrCase.originalMessageId,
                requester, request.restrictionGround());

        return personalData.seal(dsrCase, requester.email(), requester.name(), request.message())
                .chain(() -> dsrCase.<DsrCase>persist())
                .chain(() -> outbox.append(event))
                .chain(envelope -> (registration.registeredBy() == null
                        ? TimelineEntry.of(dsrCase.id, receivedAt, "REQUEST_RECEIVED",
                                "Request received via " + dsrCase.channel + ", due on " + dates.dueOn(),
                                Map.of("channel", dsrCase.channel.name(), "dueOn", dates.dueOn().toString()),
                                envelope.id(), TimelineEntry.SYSTEM)
                        : TimelineEntry.of(dsrCase.id, receivedAt, "REQUEST_RECEIVED",
                                registration.detail() + ", due on " + dates.dueOn(),
                                Map.of("variant", "registered", "channel", dsrCase.channel.name(),
                                        "receivedAt", receivedAt.toString(), "dueOn", dates.dueOn().toString()),
                                envelope.id(), registration.registeredBy()))
                        .persist())
                // her answer waits for the ground: the assistant sees it on the case list and page until she chose it
                .chain(() -> dsrCase.requestType == RequestType.RESTRICTION && request.restrictionGround() == null
                        ? CaseAttention.raise(dsrCase.id, Attention.RESTRICTION_GROUND_MISSING, receivedAt)
                                .replaceWithVoid()
                        : Uni.createFrom().voidItem())
                .chain(() -> requester.email() == null ? Uni.createFrom().voidItem()
                        : verifications.request(dsrCase, clock.instant()))
                .invoke(() -> LOG.infof("case %s opened (%s), due on %s", dsrCase.id, dsrCase.requestType,
                        dates.dueOn()))
                // the same link as the mail's, so an English requester's status page opens in English
                .replaceWith(new RequestAccepted(dsrCase.id, MailLinks.inLanguage(statusUrl, dsrCase.language)));
    }

    /** The address as the notifier sends to it; every channel checks it with the same rule before. */
    private static String deliverable(String email) {
        MailAddressRule.Verdict verdict = MailAddressRule.check(email);
        if (!verdict.deliverable()) {
            throw new IllegalArgumentException("an address no notice can reach reached the intake: "
                    + verdict.refusal());
        }
        return verdict.address();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
