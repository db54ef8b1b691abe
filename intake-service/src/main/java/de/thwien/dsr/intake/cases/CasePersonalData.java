package de.thwien.dsr.intake.cases;

import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import de.thwien.dsr.platform.keyring.SealedFields;
import de.thwien.dsr.platform.keyring.SealedFields.ScopeCipher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The case file encrypted at rest: the requester's address, name and message are sealed with the case's data
 * key (the key its events are sealed with), so shredding that key at the end of the case record's retention
 * makes the row unreadable too. The address is found by its {@link RequesterDigest}. Runs in the caller's
 * Hibernate Reactive session.
 */
@ApplicationScoped
public class CasePersonalData {

    static final String EMAIL = "requester_email";
    static final String NAME = "requester_name";
    static final String MESSAGE = "message";
    private static final Logger LOG = Logger.getLogger(CasePersonalData.class);

    private final SealedFields sealedFields;
    private final RequesterDigest digest;

    public CasePersonalData(SealedFields sealedFields, RequesterDigest digest) {
        this.sealedFields = sealedFields;
        this.digest = digest;
    }

    /** Seals a new case's requester data into it (creates the case's key); before the case is persisted. */
    public Uni<Void> seal(DsrCase dsrCase, String email, String name, String message) {
        return sealedFields.forSealing(scopeOf(dsrCase)).invoke(cipher -> {
            if (cipher.shredded()) {
                throw new IllegalStateException("case " + dsrCase.id + " is shredded; its data cannot be sealed");
            }
            sealInto(dsrCase, cipher, email, name, message);
        }).replaceWithVoid();
    }

    /**
     * Seals the plaintext of a row written before sealing existed. If the case's key is already shredded, its
     * retention has ended: the plaintext is dropped instead, as shredding would have made it unreadable.
     */
    Uni<Void> sealPlaintext(DsrCase dsrCase) {
        return sealedFields.forSealing(scopeOf(dsrCase)).invoke(cipher -> {
            if (cipher.shredded()) {
                dsrCase.requesterEmail = "";
                dsrCase.requesterName = null;
                dsrCase.message = null;
                dsrCase.requesterEmailDigest = null;
                dsrCase.personalDataSealed = true;
            } else {
                sealInto(dsrCase, cipher, dsrCase.requesterEmail, dsrCase.requesterName, dsrCase.message);
            }
        }).replaceWithVoid();
    }

    /** The case's requester data; erased or unreadable instead of failing. */
    public Uni<RequesterData> open(DsrCase dsrCase) {
        if (!dsrCase.personalDataSealed) {
            // written before sealing existed and not sealed yet (PlaintextCaseSealing runs at start-up)
            return Uni.createFrom().item(RequesterData.readable(dsrCase.requesterEmail, dsrCase.requesterName,
                    dsrCase.message));
        }
        return sealedFields.forOpening(scopeOf(dsrCase)).map(cipher -> open(dsrCase, cipher));
    }

    /** The requester data of each case, in order: one keyring lookup per case, one after the other. */
    public Uni<List<RequesterData>> openAll(List<DsrCase> cases) {
        List<RequesterData> opened = new ArrayList<>(cases.size());
        // one after the other: the lookups share the session
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DsrCase dsrCase : cases) {
            chain = chain.chain(() -> open(dsrCase).invoke(opened::add)).replaceWithVoid();
        }
        return chain.replaceWith(opened);
    }

    private void sealInto(DsrCase dsrCase, ScopeCipher cipher, String email, String name, String message) {
        dsrCase.requesterEmail = cipher.seal(EMAIL, email);
        dsrCase.requesterName = cipher.seal(NAME, name);
        dsrCase.message = cipher.seal(MESSAGE, message);
        // a request registered without an address (a letter, a call) has nothing to find it by
        dsrCase.requesterEmailDigest = email == null ? null : digest.of(email);
        dsrCase.personalDataSealed = true;
    }

    private static RequesterData open(DsrCase dsrCase, ScopeCipher cipher) {
        if (cipher.shredded()) {
            return RequesterData.erased();
        }
        try {
            return RequesterData.readable(cipher.open(EMAIL, dsrCase.requesterEmail).orElse(null),
                    cipher.open(NAME, dsrCase.requesterName).orElse(null),
                    cipher.open(MESSAGE, dsrCase.message).orElse(null));
        } catch (PersonalDataCipher.UnreadableException | IllegalStateException e) {
            // changed in the table, copied from another case, or no key known: show that, never the value
            LOG.warnf("case %s: requester data cannot be opened (%s)", dsrCase.id, e.getClass().getSimpleName());
            return RequesterData.unreadable();
        }
    }

    private static String scopeOf(DsrCase dsrCase) {
        return KeyScopes.ofCase(dsrCase.id.toString());
    }
}
