package de.thwien.dsr.intake.requests;

import io.smallrye.config.ConfigMapping;

/** Settings of the intake. */
@ConfigMapping(prefix = "dsr.intake")
public interface IntakeConfig {

    /** Public base URL of the requester pages, used to build status links (no trailing slash). */
    String publicBaseUrl();
}
