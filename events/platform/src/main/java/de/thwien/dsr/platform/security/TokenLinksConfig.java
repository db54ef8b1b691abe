package de.thwien.dsr.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The requester's links whose only key is a random token in the path (status, verification, access package).
 * A client whose guesses miss (404) too often within the window gets 429 on all of them until the window ends.
 */
@ConfigMapping(prefix = "dsr.token-links")
public interface TokenLinksConfig {

    /** Path prefixes of token links, e.g. {@code /api/status/}; none: no guessing limit. */
    Optional<List<String>> pathPrefixes();

    /** Unknown tokens one client address may try within {@link #window()}. */
    @WithDefault("20")
    int maxMisses();

    @WithDefault("PT15M")
    Duration window();
}
