package de.thwien.dsr.intake.pages;

import io.smallrye.config.ConfigMapping;

/** Links the requester pages point to. */
@ConfigMapping(prefix = "dsr.pages")
public interface PagesConfig {

    /** The controller's privacy policy with the Art. 13 information, linked from the request form. */
    String privacyPolicyUrl();

    /** subject-index-service's public download address for access packages (no trailing slash). */
    String accessPackageBaseUrl();
}
