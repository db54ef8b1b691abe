package de.thwien.dsr.notifier.controller;

import io.quarkus.qute.TemplateData;

/** The controller's details as templates see them. */
@TemplateData
public record Controller(String name, String street, String city, String phone, String email, String website,
        String privacyPolicyUrl) {

    public static Controller of(ControllerConfig config) {
        return new Controller(config.name(), config.street(), config.city(), config.phone(), config.email(),
                config.website(), config.privacyPolicyUrl());
    }
}
