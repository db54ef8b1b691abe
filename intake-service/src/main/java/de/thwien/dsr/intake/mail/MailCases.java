package de.thwien.dsr.intake.mail;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.mail.classification.RequestClassifier;
import de.thwien.dsr.intake.mail.classification.RestrictionGrounds;
import de.thwien.dsr.intake.requests.RequestIntake;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Opens the case of a request mail once. A mail is the same mail when Message-ID (as {@link MessageIdKey}) and
 * {@link MailDigest} match a case's: polled again after a crash between commit and move, it finds that case. A
 * different mail that reuses a Message-ID (another sender, another text) gets a case of its own.
 */
@ApplicationScoped
public class MailCases {

    private static final int MAX_MESSAGE_CHARS = 100_000;

    /** What became of a mail; {@code caseId} is null when it already had its case. */
    public record Outcome(Kind kind, UUID caseId) {
    }

    public enum Kind { OPENED, ALREADY_KNOWN, OPENED_FOR_REUSED_MESSAGE_ID }

    private final RequestIntake intake;
    private final MailDigest digests;
    private final Clock clock;
    private final RequestClassifier classifier = new RequestClassifier();
    private final RestrictionGrounds grounds = new RestrictionGrounds();

    public MailCases(RequestIntake intake, MailDigest digests, Clock clock) {
        this.intake = intake;
        this.digests = digests;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Outcome> open(RequestMail mail) {
        String key = mail.key();
        String digest = digests.of(mail);
        // a case from before digests were kept (null) is taken for the same mail, as it was then
        return DsrCase.count("mailKey = ?1 and (mailDigest = ?2 or mailDigest is null)", key, digest)
                .chain(same -> same > 0
                        ? Uni.createFrom().item(new Outcome(Kind.ALREADY_KNOWN, null))
                        : DsrCase.count("mailKey", key).chain(reused -> intake.openCase(requestOf(mail))
                                .chain(accepted -> DsrCase.<DsrCase>findById(accepted.caseId()))
                                .invoke(dsrCase -> {
                                    dsrCase.mailKey = key;
                                    dsrCase.mailDigest = digest;
                                })
                                .map(dsrCase -> new Outcome(reused > 0 ? Kind.OPENED_FOR_REUSED_MESSAGE_ID
                                        : Kind.OPENED, dsrCase.id))));
    }

    private RequestIntake.NewRequest requestOf(RequestMail mail) {
        RequestClassifier.Classification classification = classifier.classify(mail.subject(), mail.text());
        String message = (mail.subject() == null ? "" : mail.subject() + "\n\n") + mail.text();
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS);
        }
        Instant receivedAt = mail.receivedAt() == null ? clock.instant() : mail.receivedAt();
        return new RequestIntake.NewRequest(classification.type(), mail.fromAddress(), mail.fromName(),
                classification.language(), message, CaseEvents.Channel.EMAIL, receivedAt, mail.messageId(),
                classification.type() == RequestType.RESTRICTION ? grounds.of(mail.subject(), mail.text()) : null);
    }
}
