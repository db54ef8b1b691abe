package de.thwien.dsr.intake.mail;

import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import de.thwien.dsr.platform.keyring.SealedFields;
import de.thwien.dsr.platform.keyring.SealedFields.ScopeCipher;
import de.thwien.dsr.intake.cases.Attention;
import de.thwien.dsr.intake.cases.CaseAttention;
import de.thwien.dsr.intake.cases.CaseReference;
import de.thwien.dsr.intake.cases.CaseWorkflow;
import de.thwien.dsr.intake.cases.MailReachability;
import de.thwien.dsr.intake.cases.RequesterData;
import de.thwien.dsr.intake.cases.TimelineEntry;
import de.thwien.dsr.platform.mail.AutomaticMail;
import de.thwien.dsr.intake.mail.classification.MailReference;
import de.thwien.dsr.intake.mail.classification.QuotedMail;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Replies belong to their case. A mail that names a case ({@link ReplyMatcher}) is attached to it: sealed with the
 * case's data key like the case file, a timeline entry without personal data, the badge {@link Attention#NEW_REPLY}
 * for a person's reply (not for an out-of-office reply). No new case, no acknowledgement: nothing is sent. A mail
 * that names a case by its reference from another address waits in triage, sealed with the named case's key, for
 * the assistant ({@link ReplyTriage}). Delivery reports are not replies: they are left to the steps after this one.
 *
 * <p>A mail is the same mail by Message-ID and {@link MailDigest} (a triage item by the server's name for it): polled
 * again after a crash between commit and move, it is found and only moved.
 */
@ApplicationScoped
public class CaseReplies {

    /** What became of a mail that names a case. */
    public enum Kind { ATTACHED, AUTOMATIC_REPLY, TRIAGED, ALREADY_KNOWN }

    /** What became of a mail, the case it names, and whether it goes to the triage folder. */
    public record Outcome(Kind kind, UUID caseId, boolean triaged) {
    }

    /** An attached reply as the assistant reads it; without its texts when the case's key is shredded. */
    public record ReplyView(UUID id, Instant receivedAt, boolean automatic, boolean fromRequester,
            RequesterData.Readability personalData, String senderEmail, String senderName, String subject,
            String newText, String text) {
    }

    static final int MAX_TEXT_CHARS = 100_000;
    static final String SENDER_EMAIL = "sender_email";
    static final String SENDER_NAME = "sender_name";
    static final String SUBJECT = "subject";
    static final String NEW_TEXT = "new_text";
    static final String FULL_TEXT = "full_text";
    private static final Logger LOG = Logger.getLogger(CaseReplies.class);

    private final ReplyMatcher matcher;
    private final MailDigest digests;
    private final SealedFields sealedFields;
    private final CaseWorkflow workflow;
    private final MailboxConfig config;
    private final Clock clock;

    public CaseReplies(ReplyMatcher matcher, MailDigest digests, SealedFields sealedFields, CaseWorkflow workflow,
            MailboxConfig config, Clock clock) {
        this.matcher = matcher;
        this.digests = digests;
        this.sealedFields = sealedFields;
        this.workflow = workflow;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The poller's step before the automatic-mail check: the mail's outcome if it names a case, empty if it is
     * left to the next steps (it names no case, it is a delivery report, it cannot be read, an automatic mail names
     * a case only by a reference from another address, or the case's key is shredded). Blocking.
     *
     * @throws MessagingException when the connection to the mailbox is lost meanwhile (not the mail's fault)
     */
    Optional<Outcome> take(Message message, MailHeaders headers, Optional<AutomaticMail.Reason> automatic,
            String mailboxRef) throws MessagingException {
        if (automatic.filter(reason -> reason == AutomaticMail.Reason.DELIVERY_REPORT).isPresent()) {
            return Optional.empty();
        }
        MailReference reference = MailReference.of(headers, headers.subject());
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        RequestMail mail;
        try {
            mail = RequestMail.of(message);
        } catch (RequestMail.Unreadable e) {
            // the next steps read it again and send it where an unreadable mail goes
            return Optional.empty();
        }
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> matcher
                    .match(reference, mail.fromAddress())
                    .chain(match -> match.isEmpty() || automatic.isPresent()
                            && match.get().how() == ReplyMatcher.How.FROM_OTHER_ADDRESS
                            ? Uni.createFrom().item(Optional.<Outcome>empty())
                            : record(mail, match.get(), automatic, mailboxRef))));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("reply not recorded", e);
        }
    }

    private Uni<Optional<Outcome>> record(RequestMail mail, ReplyMatcher.Match match,
            Optional<AutomaticMail.Reason> automatic, String mailboxRef) {
        String key = mail.key();
        String digest = digests.of(mail);
        boolean triaged = match.how() == ReplyMatcher.How.FROM_OTHER_ADDRESS;
        Uni<Long> known = triaged ? MailIntakeFailure.count("mailboxRef", mailboxRef)
                : CaseReply.count("mailKey = ?1 and mailDigest = ?2", key, digest);
        return known.chain(count -> count > 0
                ? Uni.createFrom().item(Optional.of(new Outcome(Kind.ALREADY_KNOWN, match.caseId(), triaged)))
                : store(mail, match, automatic, mailboxRef, key, digest));
    }

    private Uni<Optional<Outcome>> store(RequestMail mail, ReplyMatcher.Match match,
            Optional<AutomaticMail.Reason> automatic, String mailboxRef, String key, String digest) {
        Instant now = clock.instant();
        CaseReply reply = new CaseReply();
        reply.id = UUID.randomUUID();
        reply.caseId = match.caseId();
        reply.mailKey = key;
        reply.mailDigest = digest;
        reply.receivedAt = mail.receivedAt() == null ? now : mail.receivedAt();
        reply.recordedAt = now;
        reply.automatic = automatic.isPresent();
        reply.fromRequester = match.fromRequester();
        reply.attached = match.how() != ReplyMatcher.How.FROM_OTHER_ADDRESS;
        return sealedFields.forSealing(scopeOf(reply)).chain(cipher -> {
            if (cipher.shredded()) {
                // the case's record is gone for good: the mail is taken as one that names no case
                LOG.infof("mail names case %s, whose data key is shredded: not attached", reply.caseId);
                return Uni.createFrom().item(Optional.<Outcome>empty());
            }
            String text = bounded(mail.text());
            String newText = QuotedMail.newTextOf(text);
            reply.newTextChars = newText.length();
            reply.senderEmail = cipher.seal(field(reply, SENDER_EMAIL), mail.fromAddress());
            reply.senderName = cipher.seal(field(reply, SENDER_NAME), mail.fromName());
            reply.subject = cipher.seal(field(reply, SUBJECT), mail.subject());
            reply.newText = cipher.seal(field(reply, NEW_TEXT), newText);
            reply.fullText = cipher.seal(field(reply, FULL_TEXT), text);
            if (!reply.attached) {
                return triage(reply, mail, mailboxRef, now).map(Optional::of);
            }
            return reply.persist().chain(() -> reply.automatic
                    ? TimelineEntry.of(reply.caseId, now, "AUTOMATIC_REPLY",
                            "Automatic reply (" + automatic.get() + ")",
                            Map.of("automaticReason", automatic.get().name()), null, TimelineEntry.SYSTEM).persist()
                            .replaceWith(new Outcome(Kind.AUTOMATIC_REPLY, reply.caseId, false))
                    : TimelineEntry.of(reply.caseId, now, "REPLY_RECEIVED", receivedDetail(reply),
                            receivedFacts(reply, null), null, TimelineEntry.SYSTEM).persist()
                            .chain(() -> CaseAttention.raise(reply.caseId, Attention.NEW_REPLY, now))
                            .chain(() -> reply.fromRequester ? MailReachability.reached(reply.caseId,
                                    MailReachability.Proof.REPLIED, now) : Uni.createFrom().voidItem())
                            .replaceWith(new Outcome(Kind.ATTACHED, reply.caseId, false)))
                    .invoke(outcome -> LOG.infof("mail attached to case %s (%s)", reply.caseId, outcome.kind()))
                    .map(Optional::of);
        });
    }

    /** Lists a mail from another address that names a case, for the assistant; its content waits sealed. */
    private Uni<Outcome> triage(CaseReply reply, RequestMail mail, String mailboxRef, Instant now) {
        MailIntakeFailure item = new MailIntakeFailure();
        item.kind = MailIntakeFailure.Kind.REPLY_FROM_OTHER_ADDRESS;
        item.caseId = reply.caseId;
        item.mailboxRef = mailboxRef;
        item.messageId = mail.key();
        item.folder = config.triageFolder();
        item.reason = "names case " + reference(reply.caseId) + " from another address than the requester's";
        item.receivedAt = reply.receivedAt;
        item.recordedAt = now;
        return item.<MailIntakeFailure>persist().chain(() -> {
            reply.triageId = item.id;
            return reply.persist();
        }).chain(() -> TimelineEntry.of(reply.caseId, now, "REPLY_IN_TRIAGE", "A mail naming this case came from"
                + " another address than the requester's; it waits in triage (" + item.id + ")",
                Map.of("triageItem", String.valueOf(item.id)), null, TimelineEntry.SYSTEM).persist())
                .invoke(() -> LOG.infof("mail naming case %s from another address: triage item %d", reply.caseId,
                        item.id))
                .replaceWith(new Outcome(Kind.TRIAGED, reply.caseId, true));
    }

    /** The attached replies of a case, oldest first, opened with its key. 404 problem+json for no such case. */
    @WithSession
    public Uni<List<ReplyView>> of(UUID caseId) {
        return workflow.read(caseId).chain(dsrCase -> CaseReply.<CaseReply>list(
                        "caseId = ?1 and attached = true order by receivedAt, recordedAt", caseId))
                .chain(replies -> replies.isEmpty() ? Uni.createFrom().item(List.<ReplyView>of())
                        : sealedFields.forOpening(KeyScopes.ofCase(caseId.toString()))
                                .map(cipher -> replies.stream().map(reply -> opened(reply, cipher)).toList()));
    }

    /** The mails waiting in triage by their triage item, each opened with the key of the case it names. */
    @WithSession
    public Uni<Map<Long, ReplyView>> inTriage() {
        return CaseReply.<CaseReply>list("attached = false and triageId is not null order by receivedAt")
                .chain(waiting -> {
                    Map<Long, ReplyView> byItem = new HashMap<>();
                    // one after the other: the lookups share the session
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (CaseReply reply : waiting) {
                        chain = chain.chain(() -> open(reply).invoke(view -> byItem.put(reply.triageId, view)))
                                .replaceWithVoid();
                    }
                    return chain.replaceWith(byItem);
                });
    }

    /** One reply opened with its case's key (for triage and follow-up cases); in the caller's session. */
    Uni<ReplyView> open(CaseReply reply) {
        return sealedFields.forOpening(scopeOf(reply)).map(cipher -> opened(reply, cipher));
    }

    /** The assistant has read the case's new reply: the badge goes, the timeline says who read it. */
    @WithTransaction
    public Uni<Void> markRead(UUID caseId, String assistant) {
        return workflow.load(caseId).chain(dsrCase -> CaseAttention.clear(caseId, Attention.NEW_REPLY))
                .chain(cleared -> cleared ? TimelineEntry.of(caseId, clock.instant(), "REPLY_READ",
                        "New reply read", Map.of(), null, assistant).persist().replaceWithVoid()
                        : Uni.createFrom().voidItem());
    }

    /** The reply's size and whether it came from the requester's address, and how it came to the case. */
    static Map<String, String> receivedFacts(CaseReply reply, String how) {
        String also = (reply.fromRequester ? "" : "fromOtherAddress") + (how == null ? ""
                : (reply.fromRequester ? "" : ",") + how);
        return Map.of("characters", String.valueOf(reply.newTextChars), "also", also);
    }

    static String receivedDetail(CaseReply reply) {
        return "Reply by mail, " + reply.newTextChars + " characters"
                + (reply.fromRequester ? "" : ", from another address than the requester's");
    }

    /** The short reference our notices quote ({@code DSR-} and the first eight hex digits of the case id). */
    static String reference(UUID caseId) {
        return CaseReference.of(caseId);
    }

    private static ReplyView opened(CaseReply reply, ScopeCipher cipher) {
        if (cipher.shredded()) {
            return withoutTexts(reply, RequesterData.Readability.ERASED);
        }
        try {
            return new ReplyView(reply.id, reply.receivedAt, reply.automatic, reply.fromRequester,
                    RequesterData.Readability.READABLE,
                    cipher.open(field(reply, SENDER_EMAIL), reply.senderEmail).orElse(null),
                    cipher.open(field(reply, SENDER_NAME), reply.senderName).orElse(null),
                    cipher.open(field(reply, SUBJECT), reply.subject).orElse(null),
                    cipher.open(field(reply, NEW_TEXT), reply.newText).orElse(null),
                    cipher.open(field(reply, FULL_TEXT), reply.fullText).orElse(null));
        } catch (PersonalDataCipher.UnreadableException | IllegalStateException e) {
            // changed in the table or copied from another reply: show that, never the value
            LOG.warnf("case %s: reply %s cannot be opened (%s)", reply.caseId, reply.id, e.getClass().getSimpleName());
            return withoutTexts(reply, RequesterData.Readability.UNREADABLE);
        }
    }

    private static ReplyView withoutTexts(CaseReply reply, RequesterData.Readability readability) {
        return new ReplyView(reply.id, reply.receivedAt, reply.automatic, reply.fromRequester, readability, null,
                null, null, null, null);
    }

    private static String bounded(String text) {
        String value = text == null ? "" : text;
        return value.length() <= MAX_TEXT_CHARS ? value : value.substring(0, MAX_TEXT_CHARS);
    }

    private static String scopeOf(CaseReply reply) {
        return KeyScopes.ofCase(reply.caseId.toString());
    }

    /** Each value bound to its reply and field: copied into another reply or column, it does not open. */
    private static String field(CaseReply reply, String name) {
        return "reply/" + reply.id + "/" + name;
    }
}
