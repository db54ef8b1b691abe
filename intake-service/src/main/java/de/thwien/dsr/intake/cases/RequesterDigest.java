package de.thwien.dsr.intake.cases;

import de.thwien.dsr.events.keyring.AddressDigest;
import de.thwien.dsr.events.keyring.KeyringConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The requester's address as {@code dsr_case.requester_email_digest} holds it, for finding a requester's cases
 * while the address itself is sealed per case ({@link AddressDigest}, keyed from the keyring's master key).
 */
@ApplicationScoped
public class RequesterDigest {

    private final AddressDigest digest;

    public RequesterDigest(KeyringConfig config) {
        this.digest = new AddressDigest(config.masterKey());
    }

    /** The digest of an address; the same for any spelling that differs in case or surrounding blanks. */
    public String of(String email) {
        return digest.of(email);
    }
}
