package de.thwien.dsr.intake.links;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the intake. */
@ConfigMapping(prefix = "dsr.intake")
public interface IntakeConfig {

    /** Public base URL of the requester pages, used to build status links (no trailing slash). */
    String publicBaseUrl();

    /** Web-form flood protection. */
    RateLimits rateLimits();

    interface RateLimits {
        /** Accepted submissions per client address and window. */
        @WithDefault("10")
        int perClientAddress();

        /** Accepted submissions per requester e-mail address and window. */
        @WithDefault("3")
        int perEmail();

        /**
         * Accepted submissions per requester domain (the part after the @) and window, so that our mailbox cannot be
         * used to flood one organisation; high enough for the big mail providers.
         */
        @WithDefault("30")
        int perDomain();

        @WithDefault("PT1H")
        Duration window();
    }
}
