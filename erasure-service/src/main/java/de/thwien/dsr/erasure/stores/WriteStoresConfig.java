package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.connectors.conference.BbbChecksum;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stores this service writes to, with WRITE credentials. The keys are the same as
 * subject-index-service's {@code dsr.stores.*} (there with read-only credentials), so one set of
 * store settings describes a deployment; a store without configuration stays unavailable.
 */
@ConfigMapping(prefix = "dsr.stores")
public interface WriteStoresConfig {

    Optional<SqlStore> crm();

    Optional<Mail> mail();

    Optional<Conference> conference();

    interface SqlStore {
        String jdbcUrl();

        String username();

        String password();

        /** Schema holding the tables; defaults to the mapping's. */
        Optional<String> schema();

        /** Mapping: a classpath resource, or a file path starting with {@code file:}. */
        String mapping();
    }

    interface Conference extends SqlStore {
        Bbb bbb();
    }

    interface Bbb {
        URI url();

        String secret();

        // checksum and timeout have their defaults here, not as @WithDefault: a mapping default would make
        // the Optional conference store count as configured, and the service would not start without one
        @WithName("checksum")
        Optional<BbbChecksum> configuredChecksum();

        @WithName("timeout")
        Optional<Duration> configuredTimeout();

        default BbbChecksum checksum() {
            return configuredChecksum().orElse(BbbChecksum.SHA256);
        }

        default Duration timeout() {
            return configuredTimeout().orElse(Duration.ofSeconds(10));
        }
    }

    interface Mail {
        Map<String, Account> accounts();

        @WithDefault("sipgate.de")
        List<String> voicemailSenderDomains();

        @WithDefault("DSR-Restricted")
        String restrictedFolder();

        @WithDefault("PT20S")
        Duration timeout();
    }

    interface Account {
        String host();

        int port();

        @WithDefault("true")
        boolean ssl();

        String login();

        String password();

        String address();
    }
}
