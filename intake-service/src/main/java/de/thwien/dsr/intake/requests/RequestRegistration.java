package de.thwien.dsr.intake.requests;

import de.thwien.dsr.events.CaseEvents.Channel;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Opens the case of a request that reached the controller another way than the web form or the privacy mailbox, as
 * the assistant registers it: the deadline runs from its receipt instant (LEGAL.md §1, §2), not from now, and the
 * timeline names her.
 */
@ApplicationScoped
public class RequestRegistration {

    /** The channels she registers; web form and privacy mailbox open their cases by themselves. */
    public static final Set<Channel> REGISTERED_CHANNELS = EnumSet.of(Channel.LETTER, Channel.PHONE, Channel.FAX,
            Channel.IN_PERSON, Channel.OTHER_ADDRESS);

    /** How the timeline names each channel. */
    private static final Map<Channel, String> WORDS = Map.of(Channel.LETTER, "letter", Channel.PHONE, "phone call",
            Channel.FAX, "fax", Channel.IN_PERSON, "request in person", Channel.OTHER_ADDRESS,
            "mail to another address");

    private static final DateTimeFormatter BERLIN_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(DeadlineCalculator.BERLIN);

    private final RequestIntake intake;
    private final Clock clock;

    public RequestRegistration(RequestIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    /** Opens the case, or refuses ({@link UnregistrableRequest}) a channel or receipt instant she may not register. */
    public Uni<RequestAccepted> register(RegisteredRequest request, String assistant) {
        return register(UUID.randomUUID(), request, null, null, assistant);
    }

    /**
     * Opens the case under a given id (a suggestion from a watched mailbox seals its data under the key of the case
     * it will become) with the Message-ID of the mail it came as and the watched mailbox it reached, if any.
     */
    public Uni<RequestAccepted> register(UUID caseId, RegisteredRequest request, String originalMessageId,
            String watchedMailbox, String assistant) {
        Instant now = clock.instant();
        if (!REGISTERED_CHANNELS.contains(request.channel())) {
            return Uni.createFrom().failure(new UnregistrableRequest("Requests by " + request.channel()
                    + " open their cases by themselves; register one of " + REGISTERED_CHANNELS
                    + " (a mail to another of our addresses is OTHER_ADDRESS)."));
        }
        var refusal = ReceiptWindow.refusalOf(request.receivedAt(), now);
        if (refusal.isPresent()) {
            return Uni.createFrom().failure(new UnregistrableRequest("Not registered: " + refusal.get() + "."));
        }
        RequestIntake.NewRequest newRequest = new RequestIntake.NewRequest(request.type(), request.emailOrNull(),
                request.name(), request.languageOrDefault(), request.note(), request.channel(), request.receivedAt(),
                originalMessageId, request.restrictionGround());
        String how = WORDS.get(request.channel()) + (watchedMailbox == null ? "" : " (" + watchedMailbox + ")")
                + " received " + BERLIN_MINUTES.format(request.receivedAt());
        return intake.openCase(newRequest, new RequestIntake.Registration(caseId, assistant,
                "Registered by " + assistant + " at " + BERLIN_MINUTES.format(now) + ": " + how));
    }
}
