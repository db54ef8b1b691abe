package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.connectors.conference.BbbClient;
import de.thwien.dsr.connectors.conference.ConferenceReader;
import de.thwien.dsr.connectors.conference.ConferenceWriter;
import de.thwien.dsr.connectors.mail.ImapMailReader;
import de.thwien.dsr.connectors.mail.ImapMailWriter;
import de.thwien.dsr.connectors.mail.MailAccount;
import de.thwien.dsr.connectors.mail.MailClassificationRules;
import de.thwien.dsr.connectors.mail.MailSettings;
import de.thwien.dsr.connectors.spi.ErasureBlockedException;
import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.spi.StoreWriter;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlMappingLoader;
import de.thwien.dsr.connectors.sql.SqlStoreReader;
import de.thwien.dsr.connectors.sql.SqlStoreWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@link RecordStores} over the connectors: writes through each store's {@link StoreWriter}, and
 * proves an erasure by reading the record again through its {@link StoreReader}. Writers and
 * readers are opened on first use (and again after a failed opening), so a store that is down at
 * start-up only makes its items wait. A store without configuration is unavailable.
 */
@ApplicationScoped
public class ConnectedRecordStores implements RecordStores {

    private static final Logger LOG = Logger.getLogger(ConnectedRecordStores.class);

    @FunctionalInterface
    interface Opener<T> {
        T open() throws StoreUnavailableException;
    }

    /** One store: its writer, its reader and, for mapped SQL stores, the mapping (erase rules). */
    static final class ConnectedStore {
        private final Opener<StoreWriter> writerOpener;
        private final Opener<StoreReader> readerOpener;
        private final SqlMapping mapping;
        private StoreWriter writer;
        private StoreReader reader;

        ConnectedStore(Opener<StoreWriter> writerOpener, Opener<StoreReader> readerOpener, SqlMapping mapping) {
            this.writerOpener = writerOpener;
            this.readerOpener = readerOpener;
            this.mapping = mapping;
        }

        synchronized StoreWriter writer() throws StoreUnavailableException {
            if (writer == null) {
                writer = writerOpener.open();
            }
            return writer;
        }

        synchronized StoreReader reader() throws StoreUnavailableException {
            if (reader == null) {
                reader = readerOpener.open();
            }
            return reader;
        }
    }

    private final Map<String, ConnectedStore> stores = new LinkedHashMap<>();

    public ConnectedRecordStores(WriteStoresConfig config) {
        config.crm().ifPresent(crm -> {
            SqlMapping mapping = mapping(crm);
            DataSource dataSource = dataSource(crm);
            stores.put(mapping.store(), new ConnectedStore(() -> SqlStoreWriter.open(mapping, dataSource),
                    () -> SqlStoreReader.open(mapping, dataSource), mapping));
        });
        config.mail().ifPresent(mail -> {
            MailSettings settings = mailSettings(mail);
            ImapMailWriter writer = new ImapMailWriter(settings);
            ImapMailReader reader = new ImapMailReader(settings);
            stores.put(ImapMailReader.STORE, new ConnectedStore(() -> writer, () -> reader, null));
        });
        config.conference().ifPresent(conference -> {
            SqlMapping mapping = mapping(conference);
            DataSource dataSource = dataSource(conference);
            WriteStoresConfig.Bbb bbb = conference.bbb();
            BbbClient client = new BbbClient(bbb.url(), bbb.secret(), bbb.checksum(), bbb.timeout());
            stores.put(mapping.store(), new ConnectedStore(() -> ConferenceWriter.open(mapping, dataSource, client),
                    () -> ConferenceReader.open(mapping, dataSource, client), mapping));
        });
        LOG.infof("stores connected for writing: %s", stores.keySet());
    }

    @Override
    public void erase(String store, String reference) throws StoreFailure {
        try {
            connected(store).writer().erase(reference);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        } catch (ErasureBlockedException e) {
            throw new StoreFailure(store + ": erasure blocked: " + e.getMessage(), e);
        }
    }

    @Override
    public String restrict(String store, String reference, LocalDate holdUntil) throws StoreFailure {
        try {
            return connected(store).writer().restrict(reference, holdUntil);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
    }

    @Override
    public void lift(String store, String reference) throws StoreFailure {
        try {
            connected(store).writer().lift(reference);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
    }

    /**
     * Reads the record again. Gone: no row / no message; for a NULLIFY table, every column the
     * erase rule sets holds its placeholder.
     */
    @Override
    public boolean stillPresent(String store, String reference) throws StoreFailure {
        ConnectedStore connected = connected(store);
        try {
            ExportedRecord record = connected.reader().export(reference);
            return stillPersonal(connected.mapping, reference, record.fields());
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
    }

    static boolean stillPersonal(SqlMapping mapping, String reference, Map<String, Object> fields) {
        if (fields.isEmpty()) {
            return false;
        }
        Optional<SqlMapping.TableMapping> table = mapping == null ? Optional.empty()
                : mapping.table(reference.substring(0, Math.max(reference.indexOf('/'), 0)));
        if (table.isEmpty() || table.get().erase() == null
                || table.get().erase().mode() != SqlMapping.EraseMode.NULLIFY) {
            return true;
        }
        return table.get().erase().set().entrySet().stream()
                .anyMatch(set -> fields.get(set.getKey()) != null
                        && !Objects.equals(String.valueOf(fields.get(set.getKey())), set.getValue()));
    }

    private ConnectedStore connected(String store) throws StoreFailure {
        ConnectedStore connected = stores.get(store);
        if (connected == null) {
            throw new StoreFailure(store + " unavailable: no connector with write credentials is configured");
        }
        return connected;
    }

    private static SqlMapping mapping(WriteStoresConfig.SqlStore store) {
        SqlMapping mapping = store.mapping().startsWith("file:")
                ? SqlMappingLoader.fromFile(Path.of(store.mapping().substring("file:".length())))
                : SqlMappingLoader.fromClasspath(store.mapping());
        return store.schema().map(mapping::withSchema).orElse(mapping);
    }

    private static DataSource dataSource(WriteStoresConfig.SqlStore store) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(store.jdbcUrl());
        dataSource.setUser(store.username());
        dataSource.setPassword(store.password());
        dataSource.setConnectTimeout(5);
        dataSource.setSocketTimeout(60);
        return dataSource;
    }

    private static MailSettings mailSettings(WriteStoresConfig.Mail mail) {
        List<MailAccount> accounts = mail.accounts().entrySet().stream()
                .map(entry -> new MailAccount(entry.getKey(), entry.getValue().host(), entry.getValue().port(),
                        entry.getValue().ssl(), entry.getValue().login(), entry.getValue().password(),
                        entry.getValue().address()))
                .toList();
        return new MailSettings(accounts, MailClassificationRules.defaults(mail.voicemailSenderDomains()),
                mail.restrictedFolder(), mail.timeout());
    }
}
