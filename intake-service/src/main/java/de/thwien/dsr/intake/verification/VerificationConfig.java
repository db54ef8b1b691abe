package de.thwien.dsr.intake.verification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Identity verification by e-mail link (Art. 12(6)). */
@ConfigMapping(prefix = "dsr.verification")
public interface VerificationConfig {

    /** How long a verification link stays valid. */
    @WithDefault("P7D")
    Duration validity();

    /** When an unused link is sent again as a reminder, counted from the request. */
    @WithDefault("P3D")
    Duration reminderAfter();

    /**
     * NRW working days after an unused link expired before the requester is told that her identity was not
     * confirmed; the notice goes out before the due date in any case.
     */
    @WithDefault("3")
    int unverifiedGrace();

    /** How often reminders and expiry run (a Quarkus scheduler interval such as {@code 5m}). */
    @WithDefault("5m")
    String jobInterval();
}
