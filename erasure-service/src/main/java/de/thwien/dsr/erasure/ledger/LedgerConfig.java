package de.thwien.dsr.erasure.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** The erasure ledger and the restore check (application.properties, "Erasure ledger"). */
@ConfigMapping(prefix = "dsr.ledger")
public interface LedgerConfig {

    /** How long an entry is kept: the longest a backup lives (privacy policy: 6 months) plus a margin. */
    @WithDefault("P7M")
    Period retention();

    /** How often entries older than {@link #retention()} are purged. */
    @WithDefault("24h")
    String purgeEvery();

    RestoreCheck restoreCheck();

    interface RestoreCheck {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("24h")
        String every();

        @WithDefault("5m")
        String delay();
    }
}
