package de.thwien.dsr.erasure.plans;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** How erasure plans are made and executed; documented in application.properties. */
@ConfigMapping(prefix = "dsr.erasure")
public interface ErasureConfig {

    /** Retention categories processed on consent (Art. 6(1)(a)); a finding whose basis names 6(1)(a) counts too. */
    @WithDefault("conference-recording")
    Set<String> consentBasedCategories();

    Execution execution();

    Deferred deferred();

    Routine routine();

    /** The scheduled erasure of restricted records whose hold has ended. */
    interface Deferred {
        @WithDefault("24h")
        String every();

        @WithDefault("30s")
        String delay();

        /**
         * How often a store may refuse a due erasure for good (not: be unavailable) before it is
         * handed to the assistant instead of being tried again.
         */
        @WithDefault("3")
        int maxRefusals();
    }

    /** Routine retention from the privacy policy: conference recordings past their maximum storage. */
    interface Routine {
        @WithDefault("true")
        boolean enabled();

        /** Only report what would be deleted. */
        @WithDefault("false")
        boolean dryRun();

        /** Retention category whose maximum storage applies to conference recordings. */
        @WithDefault("conference-recording")
        String recordingCategory();

        @WithDefault("24h")
        String every();

        @WithDefault("1m")
        String delay();
    }

    interface Execution {
        /** How often due items are run (new, approved and retried ones). */
        @WithDefault("5s")
        String every();

        @WithDefault("5s")
        String delay();

        /** How long a claimed item is reserved for one instance before another may retry it. */
        @WithDefault("5m")
        Duration lease();

        /** First retry delay after a store failure; doubled per attempt up to {@link #maxBackoff()}. */
        @WithDefault("10s")
        Duration initialBackoff();

        @WithDefault("1h")
        Duration maxBackoff();

        @WithDefault("20")
        int batchSize();

        /**
         * How often a store may refuse an item's write for good (an IMAP server's {@code NO [CANNOT]}; not: be
         * unavailable) before it is handed to the assistant instead of being tried again.
         */
        @WithDefault("3")
        int maxRefusals();
    }
}
