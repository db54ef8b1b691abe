package de.thwien.dsr.subjectindex.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Art. 15 packages: encryption key, link validity and where links point. */
@ConfigMapping(prefix = "dsr.access-package")
public interface AccessPackageConfig {

    /** AES-256 key, base64 of 32 random bytes ({@code openssl rand -base64 32}). */
    String key();

    /** How long a download link works. */
    @WithDefault("P30D")
    Duration validity();

    /** Packages built at once, on their own worker pool (a locate's threads stay free). */
    @WithDefault("2")
    int builders();

    /** Base URL the requester reaches this service under; links are {@code <base>/access-packages/<token>}. */
    String publicBaseUrl();

    /**
     * The operator's own addresses and domains (an entry without {@code @} is a whole domain): in a mail of the copy,
     * any other address than these and the requester's is another person's data (Art. 15(4)).
     */
    @WithDefault("thwien.de")
    List<String> ownAddresses();

    /**
     * Names of the operator's own people who write and sign mails for the controller (the owner, the assistant): in a
     * greeting or signature they are not another person's data (Art. 15(4)), so they neither flag nor get blacked out.
     */
    Optional<List<String>> ownNames();
}
