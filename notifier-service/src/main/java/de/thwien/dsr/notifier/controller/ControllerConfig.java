package de.thwien.dsr.notifier.controller;

import io.smallrye.config.ConfigMapping;

/** The controller named in every notice (Art. 13(1)(a) GDPR); configuration, not code. */
@ConfigMapping(prefix = "dsr.controller")
public interface ControllerConfig {

    String name();

    String street();

    String city();

    String phone();

    String email();

    String website();

    String privacyPolicyUrl();

    /**
     * Whether the controller is a merchant (Kaufmann) bound by § 257 HGB; default in the platform's
     * {@code microprofile-config.properties}. Off, no notice cites the HGB (LEGAL.md §3).
     */
    boolean merchant();
}
