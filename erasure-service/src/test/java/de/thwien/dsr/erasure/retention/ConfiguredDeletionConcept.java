package de.thwien.dsr.erasure.retention;

import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/** The deletion concept exactly as application.properties configures it, without booting Quarkus. */
public final class ConfiguredDeletionConcept {

    private ConfiguredDeletionConcept() {
    }

    /** The policy of a merchant, as by default. */
    public static RetentionPolicy policy() {
        return policy(true);
    }

    /** The policy of a controller who is ({@code merchant}) or is not a merchant bound by § 257 HGB. */
    public static RetentionPolicy policy(boolean merchant) {
        URL properties = ConfiguredDeletionConcept.class.getResource("/application.properties");
        try {
            SmallRyeConfig config = new SmallRyeConfigBuilder()
                    .withSources(new PropertiesConfigSource(properties, 100))
                    .withMapping(DeletionConceptConfig.class)
                    .withValidateUnknown(false)
                    .build();
            return config.getConfigMapping(DeletionConceptConfig.class).toPolicy(merchant);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
