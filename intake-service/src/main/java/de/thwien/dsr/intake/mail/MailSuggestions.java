package de.thwien.dsr.intake.mail;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.keyring.SealedFields;
import de.thwien.dsr.platform.keyring.SealedFields.ScopeCipher;
import de.thwien.dsr.intake.cases.ActionNotAllowed;
import de.thwien.dsr.intake.cases.Masking;
import de.thwien.dsr.intake.mail.classification.RequestClassifier;
import de.thwien.dsr.intake.requests.ReceiptWindow;
import de.thwien.dsr.intake.requests.RegisteredRequest;
import de.thwien.dsr.intake.requests.RequestAccepted;
import de.thwien.dsr.intake.requests.RequestRegistration;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Requests found in watched mailboxes: recorded once as suggestions, listed for triage with the sender masked, and
 * opened as a case by the assistant with the mail's arrival as the receipt instant (channel OTHER_ADDRESS).
 */
@ApplicationScoped
public class MailSuggestions {

    private static final Logger LOG = Logger.getLogger(MailSuggestions.class);
    private static final int MAX_MESSAGE_CHARS = 100_000;
    private static final int LISTED = 200;

    /** A suggestion as triage shows it: the sender masked, the subject as written. */
    public record Row(UUID id, String mailbox, Instant receivedAt, RequestType type, String language,
            String senderMasked, String subject) {
    }

    private final SealedFields fields;
    private final RequestRegistration registration;
    private final Clock clock;

    public MailSuggestions(SealedFields fields, RequestRegistration registration, Clock clock) {
        this.fields = fields;
        this.registration = registration;
        this.clock = clock;
    }

    /** Records the mail as a suggestion unless it was suggested before; true if it is new. */
    @WithTransaction
    public Uni<Boolean> suggest(String mailbox, String mailboxRef, RequestMail mail,
            RequestClassifier.Classification classification) {
        return MailSuggestion.count("mailboxRef = ?1 or (mailbox = ?2 and mailKey = ?3)", mailboxRef, mailbox,
                mail.key()).chain(known -> {
                    if (known > 0) {
                        return Uni.createFrom().item(false);
                    }
                    MailSuggestion suggestion = new MailSuggestion();
                    suggestion.id = UUID.randomUUID();
                    suggestion.mailbox = mailbox;
                    suggestion.mailboxRef = mailboxRef;
                    suggestion.mailKey = mail.key();
                    suggestion.originalMessageId = mail.messageId();
                    suggestion.receivedAt = mail.receivedAt();
                    suggestion.requestType = classification.type();
                    suggestion.language = classification.language();
                    suggestion.suggestedAt = clock.instant();
                    String message = (mail.subject() == null ? "" : mail.subject() + "\n\n") + mail.text();
                    String bounded = message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS)
                            : message;
                    return fields.forSealing(scopeOf(suggestion)).chain(cipher -> {
                        suggestion.senderEmail = cipher.seal("sender_email", mail.fromAddress());
                        suggestion.senderName = cipher.seal("sender_name", mail.fromName());
                        suggestion.subject = cipher.seal("subject", mail.subject());
                        suggestion.message = cipher.seal("message", bounded);
                        return suggestion.persist();
                    }).invoke(() -> LOG.infof("mail in watched mailbox %s suggested as a %s request (%s)", mailbox,
                            suggestion.requestType, suggestion.id)).replaceWith(true);
                });
    }

    /**
     * The suggestions not opened yet whose request can still be registered (its longest deadline has not ended),
     * oldest first.
     */
    @WithSession
    public Uni<List<Row>> open() {
        Instant now = clock.instant();
        return MailSuggestion.<MailSuggestion>find("caseOpenedAt is null and receivedAt >= ?1 order by receivedAt",
                now.minus(120, ChronoUnit.DAYS)).page(0, LISTED).list().chain(suggestions -> {
                    List<Row> rows = new ArrayList<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (MailSuggestion suggestion : suggestions) {
                        if (ReceiptWindow.refusalOf(suggestion.receivedAt, now).isPresent()) {
                            continue;
                        }
                        chain = chain.chain(() -> fields.forOpening(scopeOf(suggestion)).invoke(cipher -> rows.add(
                                rowOf(suggestion, cipher)))).replaceWithVoid();
                    }
                    return chain.replaceWith(rows);
                });
    }

    /**
     * Opens the suggested request as a case with the mail's arrival as its receipt instant: 404 for no such
     * suggestion, 409 when it was opened already, 400 when its longest deadline has ended.
     */
    @WithTransaction
    public Uni<RequestAccepted> openCase(UUID id, String assistant) {
        return MailSuggestion.<MailSuggestion>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(SuggestionNotFound::new)
                .chain(suggestion -> {
                    if (suggestion.caseOpenedAt != null) {
                        throw new ActionNotAllowed("This suggestion was opened as case " + suggestion.id + " by "
                                + suggestion.caseOpenedBy + ".");
                    }
                    return fields.forOpening(scopeOf(suggestion)).chain(cipher -> {
                        RegisteredRequest request = new RegisteredRequest(suggestion.requestType,
                                CaseEvents.Channel.OTHER_ADDRESS, suggestion.receivedAt,
                                open(cipher, "sender_email", suggestion.senderEmail),
                                open(cipher, "sender_name", suggestion.senderName), suggestion.language,
                                open(cipher, "message", suggestion.message));
                        return registration.register(suggestion.id, request, suggestion.originalMessageId,
                                suggestion.mailbox, assistant);
                    }).invoke(() -> {
                        suggestion.caseOpenedAt = clock.instant();
                        suggestion.caseOpenedBy = assistant;
                    });
                });
    }

    private static Row rowOf(MailSuggestion suggestion, ScopeCipher cipher) {
        return new Row(suggestion.id, suggestion.mailbox, suggestion.receivedAt, suggestion.requestType,
                suggestion.language, Masking.maskEmail(open(cipher, "sender_email", suggestion.senderEmail)),
                open(cipher, "subject", suggestion.subject));
    }

    private static String open(ScopeCipher cipher, String field, String sealed) {
        return cipher.open(field, sealed).orElse(null);
    }

    /** The key of the case the suggestion would open. */
    private static String scopeOf(MailSuggestion suggestion) {
        return KeyScopes.ofCase(suggestion.id.toString());
    }
}
