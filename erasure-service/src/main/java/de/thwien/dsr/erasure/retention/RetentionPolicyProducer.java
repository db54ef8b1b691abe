package de.thwien.dsr.erasure.retention;

import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the configured deletion concept injectable, for a merchant or not (platform default: a merchant). */
public class RetentionPolicyProducer {

    @Produces
    @Singleton
    RetentionPolicy retentionPolicy(DeletionConceptConfig config,
            @ConfigProperty(name = "dsr.controller.merchant") boolean merchant) {
        return config.toPolicy(merchant);
    }
}
