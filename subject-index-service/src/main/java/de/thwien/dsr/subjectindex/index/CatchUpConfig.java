package de.thwien.dsr.subjectindex.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Catching the index up before a case's locate. */
@ConfigMapping(prefix = "dsr.index.catch-up")
public interface CatchUpConfig {

    /**
     * How long a locate waits, all stores together, for a crawl that another instance or thread is running; a store
     * still being crawled after that is reported unavailable (and located again by the retry).
     */
    @WithDefault("PT30S")
    Duration patience();
}
