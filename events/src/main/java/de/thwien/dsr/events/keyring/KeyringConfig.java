package de.thwien.dsr.events.keyring;

import io.smallrye.config.ConfigMapping;

/** The keyring's master key: it wraps every data key, so the keyring table alone reveals none of them. */
@ConfigMapping(prefix = "dsr.keyring")
public interface KeyringConfig {

    /**
     * Base64 of 32 random bytes (e.g. {@code openssl rand -base64 32}), the same in every service; from the
     * environment ({@code DSR_KEYRING_MASTER_KEY}) in production, never from a committed file.
     */
    String masterKey();
}
