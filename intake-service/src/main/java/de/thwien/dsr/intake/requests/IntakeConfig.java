package de.thwien.dsr.intake.requests;

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

        @WithDefault("PT1H")
        Duration window();
    }
}
