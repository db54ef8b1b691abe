package de.thwien.dsr.intake.cases;

import de.thwien.dsr.platform.keyring.AddressDigest;
import de.thwien.dsr.platform.keyring.AddressDigestKey;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The requester's address as {@code dsr_case.requester_email_digest} holds it, for finding a requester's cases
 * while the address itself is sealed per case ({@link AddressDigest}, under the keyring's digest key, which a master-key rotation leaves unchanged).
 */
@ApplicationScoped
public class RequesterDigest {

    private final AddressDigestKey digestKey;

    public RequesterDigest(AddressDigestKey digestKey) {
        this.digestKey = digestKey;
    }

    /** The digest of an address; the same for any spelling that differs in case or surrounding blanks. */
    public String of(String email) {
        return digestKey.digestOf(email);
    }
}
