package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.conference.BbbChecksum;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a deployment's stores are reached: the {@code dsr.stores.*} settings every service that reads
 * or writes the stores shares (subject-index with read-only, erasure with write credentials). Plain
 * interfaces, so that a service's configuration mapping is this type and nothing else, and tests can
 * implement them with records. A store without settings is not connected. Optional values have the
 * defaults {@link ConnectedStores} names.
 */
public interface StoreSettings {

    Optional<SqlStore> crm();

    Optional<Mail> mail();

    Optional<Conference> conference();

    /**
     * The settings of store types beyond these three, by the type's id ({@link StoreType#id()}):
     * {@code dsr.stores.plugins.<id>.<key>=<value>}, read by that type only. A type without settings here is not
     * connected.
     */
    Map<String, Map<String, String>> plugins();

    /** A relational store read and written through a YAML mapping. */
    interface SqlStore {
        String jdbcUrl();

        String username();

        String password();

        /** Schema holding the tables; defaults to the mapping's. */
        Optional<String> schema();

        /** Mapping: a classpath resource, or a file path starting with {@code file:}. */
        String mapping();

        /**
         * The directory on the store's server holding the files its rows name (Odoo: {@code
         * <data_dir>/filestore/<database>}; Greenlight: ActiveStorage's Disk root), for the exact path of a file the
         * operator deletes by hand. Defaults per store in {@link ConnectedStores}.
         */
        Optional<String> storageRoot();
    }

    /**
     * Greenlight's database (a mapped SQL store) and the BigBlueButton API holding the recordings. One Greenlight
     * database can serve several tenants (its {@code provider} column); the store touches only the rows of the
     * providers configured here, each with its own BBB. Without {@code provider} and {@code tenants} it is the
     * single tenant "greenlight" on {@code bbb}.
     */
    interface Conference extends SqlStore {
        /** The BBB of {@link #provider()}. */
        Bbb bbb();

        /** The Greenlight provider (tenant) whose rooms meet on {@link #bbb()}; default "greenlight". */
        Optional<String> provider();

        /** Further providers of the same Greenlight database this store serves, by name, each with its BBB. */
        Map<String, Bbb> tenants();
    }

    interface Bbb {
        /** BBB API base URL, ending in {@code /bigbluebutton/api/}. */
        URI url();

        String secret();

        /** Default SHA256. */
        Optional<BbbChecksum> checksum();

        /** Default 10 s. */
        Optional<Duration> timeout();

        /**
         * The BBB server removes deleted recordings' raw media itself (a cron job running {@code bbb-record
         * --delete}); default false: each erased recording becomes an operator task with the exact command.
         */
        Optional<Boolean> purgesDeletedRecordings();
    }

    interface Mail {
        /** Accounts by their short name (used in references). */
        Map<String, Account> accounts();

        /** Sender domains of the phone provider's voicemail mails; default sipgate.de. */
        Optional<List<String>> voicemailSenderDomains();

        /** Where restricted mail is moved; default DSR-Restricted. */
        Optional<String> restrictedFolder();

        /** Default 20 s. */
        Optional<Duration> timeout();
    }

    interface Account {
        String host();

        int port();

        /** Default true. */
        Optional<Boolean> ssl();

        /** The account's login, or a Dovecot master login {@code user*master}. */
        String login();

        String password();

        /** The account's own address (mail from it is outbound). */
        String address();
    }
}
