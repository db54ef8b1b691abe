package de.thwien.dsr.subjectindex.stores;

import de.thwien.dsr.connectors.conference.BbbChecksum;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stores this service indexes, with read-only credentials; a store without configuration is not used. */
@ConfigMapping(prefix = "dsr.stores")
public interface StoresConfig {

    Optional<Crm> crm();

    Optional<Mail> mail();

    Optional<Conference> conference();

    /** A relational store read through a YAML mapping. */
    interface SqlStore {
        String jdbcUrl();

        String username();

        String password();

        /** Schema holding the tables; defaults to the mapping's. */
        Optional<String> schema();

        /** Mapping: a classpath resource, or a file path starting with {@code file:}. */
        String mapping();
    }

    interface Crm extends SqlStore {
    }

    interface Conference extends SqlStore {
        Bbb bbb();
    }

    interface Bbb {
        /** BBB API base URL, ending in {@code /bigbluebutton/api/}. */
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
        /** Accounts by their short name (used in references). */
        Map<String, Account> accounts();

        /** Sender domains of the phone provider's voicemail mails. */
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

        /** The account's login, or a Dovecot master login {@code user*master}. */
        String login();

        String password();

        /** The account's own address (mail from it is outbound). */
        String address();
    }
}
