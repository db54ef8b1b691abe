package de.thwien.dsr.platform.keyring;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** The keyring's master key: it wraps every data key, so the keyring table alone reveals none of them. */
@ConfigMapping(prefix = "dsr.keyring")
public interface KeyringConfig {

    /**
     * Base64 of 32 random bytes (e.g. {@code openssl rand -base64 32}), the same in every service; from the
     * environment ({@code DSR_KEYRING_MASTER_KEY}) in production, never from a committed file.
     */
    String masterKey();

    /**
     * During a master-key rotation (README, "Crypto-shredding"): the master keys used before, in the same form and
     * the same in every service ({@code DSR_KEYRING_PREVIOUS_MASTER_KEYS}, comma-separated). They only open the data
     * keys they wrapped until {@link KeyRotation} has re-wrapped them under {@link #masterKey()}; nothing new is
     * wrapped under them.
     */
    Optional<List<String>> previousMasterKeys();
}
