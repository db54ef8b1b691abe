package de.thwien.dsr.notifier.delivery;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.keyring.SealedFields;
import de.thwien.dsr.platform.keyring.SealedFields.ScopeCipher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The notice archive at rest: a notice's recipient, name and texts are sealed with the data key of its case (an
 * Art. 13 notice: of its contact), so shredding that key at the end of the case record's retention makes the
 * archived notices unreadable together with the case's events. The subject (kind and case reference) and the
 * SHA-256 of the text stay readable as proof that a notice was sent. The assistant's deadline digest names no
 * requester and belongs to no case: it is kept as written.
 */
@ApplicationScoped
public class SealedNotices {

    /** Shown in the delivery log for a notice whose key was shredded. */
    public static final String SHREDDED = "[shredded]";

    private final SealedFields fields;

    public SealedNotices(SealedFields fields) {
        this.fields = fields;
    }

    /** The notice's content as it goes out (or went out); {@code shredded} when it can no longer be read. */
    public record Content(String recipient, String recipientName, String text, String html, boolean shredded) {
    }

    /** Seals a delivery written before the archive was sealed (see {@link #isLegacyPlaintext}); no-op otherwise. */
    public Uni<Void> sealLegacy(NoticeDelivery delivery) {
        if (!isSealed(delivery.kind) || !isLegacyPlaintext(delivery)) {
            return Uni.createFrom().voidItem();
        }
        return seal(delivery, new Content(delivery.recipient, delivery.recipientName, delivery.bodyText,
                delivery.bodyHtml, false)).replaceWithVoid();
    }

    /** Sets the delivery's personal columns to the sealed form of {@code content}. */
    Uni<NoticeDelivery> seal(NoticeDelivery delivery, Content content) {
        if (!isSealed(delivery.kind)) {
            write(delivery, content);
            return Uni.createFrom().item(delivery);
        }
        return fields.forSealing(scopeOf(delivery)).map(cipher -> {
            write(delivery, new Content(cipher.seal("recipient", content.recipient()),
                    cipher.seal("recipient_name", content.recipientName()),
                    cipher.seal("body_text", content.text()), cipher.seal("body_html", content.html()), false));
            return delivery;
        });
    }

    /** The delivery's content in plaintext; never changes the (managed) entity. */
    public Uni<Content> open(NoticeDelivery delivery) {
        if (!isSealed(delivery.kind) || isLegacyPlaintext(delivery)) {
            return Uni.createFrom().item(new Content(delivery.recipient, delivery.recipientName, delivery.bodyText,
                    delivery.bodyHtml, false));
        }
        return fields.forOpening(scopeOf(delivery)).map(cipher -> cipher.shredded()
                ? new Content(SHREDDED, null, SHREDDED, SHREDDED, true)
                : new Content(open(cipher, "recipient", delivery.recipient),
                        open(cipher, "recipient_name", delivery.recipientName),
                        open(cipher, "body_text", delivery.bodyText), open(cipher, "body_html", delivery.bodyHtml),
                        false));
    }

    /** Keeps a bounce's diagnostic code sealed like the recipient (it may quote the address); null stays null. */
    public Uni<Void> sealBounceDiagnostic(NoticeDelivery delivery, String diagnostic) {
        if (diagnostic == null || !isSealed(delivery.kind)) {
            delivery.bounceDiagnostic = diagnostic;
            return Uni.createFrom().voidItem();
        }
        return fields.forSealing(scopeOf(delivery)).invoke(cipher ->
                delivery.bounceDiagnostic = cipher.seal("bounce_diagnostic", diagnostic)).replaceWithVoid();
    }

    /** The bounce's diagnostic code in plaintext; {@link #SHREDDED} once the case's key is gone, null if none. */
    public Uni<String> openBounceDiagnostic(NoticeDelivery delivery) {
        if (delivery.bounceDiagnostic == null || !isSealed(delivery.kind)) {
            return Uni.createFrom().item(delivery.bounceDiagnostic);
        }
        return fields.forOpening(scopeOf(delivery)).map(cipher -> cipher.shredded() ? SHREDDED
                : open(cipher, "bounce_diagnostic", delivery.bounceDiagnostic));
    }

    /**
     * Written before the archive was sealed: an address always has an '@', a sealed value never (base64url).
     * {@code cases.LegacyNoticeSealing} seals such rows at start-up.
     */
    public static boolean isLegacyPlaintext(NoticeDelivery delivery) {
        return delivery.recipient != null && delivery.recipient.contains("@");
    }

    static boolean isSealed(NoticeKind kind) {
        return kind != NoticeKind.ASSISTANT_DIGEST;
    }

    private static String scopeOf(NoticeDelivery delivery) {
        return delivery.kind == NoticeKind.FIRST_CONTACT ? KeyScopes.ofContact(delivery.caseId)
                : KeyScopes.ofCase(delivery.caseId);
    }

    private static String open(ScopeCipher cipher, String field, String sealed) {
        return cipher.open(field, sealed).orElse(null);
    }

    private static void write(NoticeDelivery delivery, Content content) {
        delivery.recipient = content.recipient();
        delivery.recipientName = content.recipientName();
        delivery.bodyText = content.text();
        delivery.bodyHtml = content.html();
    }
}
