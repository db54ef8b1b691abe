package de.thwien.dsr.subjectindex.cases;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Retrying a locate that found stores unavailable. */
@ConfigMapping(prefix = "dsr.locate.retry")
public interface LocateConfig {

    /** Wait before the first retry; doubled for each further attempt. */
    @WithDefault("PT5M")
    Duration after();

    /** Attempts before giving up (the last subject.located still lists the store as unavailable). */
    @WithDefault("10")
    int maxAttempts();
}
