package de.thwien.dsr.subjectindex.stores;

import de.thwien.dsr.connectors.conference.BbbClient;
import de.thwien.dsr.connectors.conference.ConferenceReader;
import de.thwien.dsr.connectors.mail.ImapMailReader;
import de.thwien.dsr.connectors.mail.MailAccount;
import de.thwien.dsr.connectors.mail.MailClassificationRules;
import de.thwien.dsr.connectors.mail.MailSettings;
import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlMappingLoader;
import de.thwien.dsr.connectors.sql.SqlStoreReader;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configured stores. Built at start-up: a mapping that does not fit its live schema stops the
 * service with the mapping's message. A store that cannot be reached at start-up is opened again
 * on its next use and reported unavailable until then.
 */
@Startup
@ApplicationScoped
public class StoreRegistry {

    private static final Logger LOG = Logger.getLogger(StoreRegistry.class);

    private final List<ConfiguredStore> stores = new ArrayList<>();

    public StoreRegistry(StoresConfig config) {
        config.crm().ifPresent(crm -> stores.add(new ConfiguredStore("crm", () -> SqlStoreReader.open(
                mapping(crm), dataSource(crm)))));
        config.mail().ifPresent(mail -> {
            StoreReader reader = new ImapMailReader(mailSettings(mail)); // connects per call, nothing to open
            stores.add(new ConfiguredStore(ImapMailReader.STORE, () -> reader));
        });
        config.conference().ifPresent(conference -> stores.add(new ConfiguredStore("conference",
                () -> ConferenceReader.open(mapping(conference), dataSource(conference),
                        new BbbClient(conference.bbb().url(), conference.bbb().secret(),
                                conference.bbb().checksum(), conference.bbb().timeout())))));
        for (ConfiguredStore store : stores) {
            try {
                store.reader(); // validates a mapping now: a bad one fails start-up
            } catch (StoreUnavailableException e) {
                LOG.warnf("store %s not reachable at start-up (%s); it is tried again on use", store.name(),
                        e.getMessage());
            }
        }
        LOG.infof("stores configured: %s", names());
    }

    public List<ConfiguredStore> stores() {
        return List.copyOf(stores);
    }

    public Optional<ConfiguredStore> store(String name) {
        return stores.stream().filter(store -> store.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return stores.stream().map(ConfiguredStore::name).toList();
    }

    private static SqlMapping mapping(StoresConfig.SqlStore store) {
        SqlMapping mapping = store.mapping().startsWith("file:")
                ? SqlMappingLoader.fromFile(Path.of(store.mapping().substring("file:".length())))
                : SqlMappingLoader.fromClasspath(store.mapping());
        return store.schema().map(mapping::withSchema).orElse(mapping);
    }

    private static DataSource dataSource(StoresConfig.SqlStore store) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(store.jdbcUrl());
        dataSource.setUser(store.username());
        dataSource.setPassword(store.password());
        dataSource.setConnectTimeout(5);
        dataSource.setSocketTimeout(60);
        return dataSource;
    }

    private static MailSettings mailSettings(StoresConfig.Mail mail) {
        List<MailAccount> accounts = mail.accounts().entrySet().stream()
                .map(entry -> new MailAccount(entry.getKey(), entry.getValue().host(), entry.getValue().port(),
                        entry.getValue().ssl(), entry.getValue().login(), entry.getValue().password(),
                        entry.getValue().address()))
                .toList();
        return new MailSettings(accounts, MailClassificationRules.defaults(mail.voicemailSenderDomains()),
                mail.restrictedFolder(), mail.timeout());
    }
}
