package de.thwien.dsr.erasure.retention;

import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

/** Makes the configured deletion concept injectable. */
public class RetentionPolicyProducer {

    @Produces
    @Singleton
    RetentionPolicy retentionPolicy(DeletionConceptConfig config) {
        return config.toPolicy();
    }
}
