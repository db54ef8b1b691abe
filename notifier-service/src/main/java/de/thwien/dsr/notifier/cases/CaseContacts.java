package de.thwien.dsr.notifier.cases;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.keyring.SealedFields;
import de.thwien.dsr.platform.keyring.SealedFields.ScopeCipher;
import de.thwien.dsr.notifier.delivery.MessageIds;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The notifier's projection of cases (case id to language, recipient and request Message-ID), kept
 * from {@code request.received} so that later notices of the case reach the same person in the
 * same language and thread to the request mail. Runs inside the consuming event's transaction.
 *
 * <p>The requester's address and name are sealed at rest with the case's data key: once it is shredded,
 * the case has no readable contact any more.
 */
@ApplicationScoped
public class CaseContacts {

    private final SealedFields fields;

    public CaseContacts(SealedFields fields) {
        this.fields = fields;
    }

    /**
     * The readable contact of a case; {@code email} and {@code name} are null once the case's key is shredded.
     * {@code byPost} when the request was registered without an address: its notices are prepared for printing.
     */
    public record Contact(String caseId, String language, String email, String name, String originalMessageId,
            boolean byPost) {
    }

    public Uni<Void> remember(CaseEvents.RequestReceived received) {
        return CaseContact.<CaseContact>findById(received.caseId()).chain(existing -> {
            if (existing != null) {
                // a case is opened once; a second request.received for it changes nothing
                return Uni.createFrom().voidItem();
            }
            return fields.forSealing(KeyScopes.ofCase(received.caseId())).chain(cipher -> {
                CaseContact contact = new CaseContact();
                contact.caseId = received.caseId();
                contact.requestType = received.requestType().name();
                contact.language = received.language() == null ? "de" : received.language();
                contact.email = cipher.seal("email", received.personal().email());
                contact.name = cipher.seal("name", received.personal().name());
                contact.originalMessageId = MessageIds.safe(received.originalMessageId()).orElse(null);
                contact.receivedAt = received.receivedAt();
                return contact.persist().replaceWithVoid();
            });
        });
    }

    /**
     * The assistant set the kind of a request the software could not assign: every later notice of the case words
     * the request as that kind. A case whose {@code request.received} was not seen has no contact to change.
     */
    public Uni<Void> classify(CaseEvents.RequestClassified classified) {
        return CaseContact.<CaseContact>findById(classified.caseId()).invoke(contact -> {
            if (contact != null) {
                contact.requestType = classified.requestType().name();
            }
        }).replaceWithVoid();
    }

    /**
     * The requester's identity was verified: from now on notices may greet her by the name she gave. A case whose
     * {@code request.received} was not seen has no contact to mark.
     */
    public Uni<Void> markVerified(CaseEvents.IdentityVerified verified) {
        return CaseContact.<CaseContact>findById(verified.caseId()).invoke(contact -> {
            if (contact != null && contact.verifiedAt == null) {
                contact.verifiedAt = verified.verifiedAt();
            }
        }).replaceWithVoid();
    }

    /** Whether the case's requester has been verified; false for an unknown case. */
    public Uni<Boolean> isVerified(String caseId) {
        return CaseContact.<CaseContact>findById(caseId).map(contact -> contact != null && contact.verifiedAt != null);
    }

    /** The type of the case's request, or null when its {@code request.received} has not been seen. */
    public Uni<RequestType> requestTypeOf(String caseId) {
        return CaseContact.<CaseContact>findById(caseId)
                .map(contact -> contact == null ? null : RequestType.valueOf(contact.requestType));
    }

    /** The request a case was opened for: its type and when it was received (null in rows older than the column). */
    public record OpenedRequest(RequestType type, Instant receivedAt) {
    }

    /** The request of the case, or null when its {@code request.received} has not been seen. */
    public Uni<OpenedRequest> openedRequestOf(String caseId) {
        return CaseContact.<CaseContact>findById(caseId).map(contact -> contact == null ? null
                : new OpenedRequest(RequestType.valueOf(contact.requestType), contact.receivedAt));
    }

    /** The case's contact, or null when its {@code request.received} has not been seen. */
    public Uni<Contact> find(String caseId) {
        return CaseContact.<CaseContact>findById(caseId).chain(contact -> {
            if (contact == null) {
                return Uni.createFrom().nullItem();
            }
            if (isLegacyPlaintext(contact)) {
                return Uni.createFrom().item(contactOf(contact, contact.email, contact.name));
            }
            return fields.forOpening(KeyScopes.ofCase(caseId)).map(cipher -> contactOf(contact,
                    open(cipher, "email", contact.email), open(cipher, "name", contact.name)));
        });
    }

    /** Seals a contact written before contacts were sealed (see {@link #isLegacyPlaintext}); no-op otherwise. */
    public Uni<Void> sealLegacy(CaseContact contact) {
        if (!isLegacyPlaintext(contact)) {
            return Uni.createFrom().voidItem();
        }
        return fields.forSealing(KeyScopes.ofCase(contact.caseId)).invoke(cipher -> {
            contact.email = cipher.seal("email", contact.email);
            contact.name = cipher.seal("name", contact.name);
        }).replaceWithVoid();
    }

    /** An address always has an '@', a sealed value never (base64url). */
    static boolean isLegacyPlaintext(CaseContact contact) {
        return contact.email != null && contact.email.contains("@");
    }

    private static Contact contactOf(CaseContact contact, String email, String name) {
        // an address sealed under a shredded key is null when opened, but its column is not
        return new Contact(contact.caseId, contact.language, email, name, contact.originalMessageId,
                contact.email == null);
    }

    private static String open(ScopeCipher cipher, String field, String sealed) {
        return cipher.open(field, sealed).orElse(null);
    }
}
