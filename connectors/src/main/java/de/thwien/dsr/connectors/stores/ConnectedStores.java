package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.conference.BbbApiException;
import de.thwien.dsr.connectors.conference.BbbChecksum;
import de.thwien.dsr.connectors.conference.BbbClient;
import de.thwien.dsr.connectors.conference.ConferenceReader;
import de.thwien.dsr.connectors.conference.ConferenceWriter;
import de.thwien.dsr.connectors.mail.ImapMailReader;
import de.thwien.dsr.connectors.mail.ImapMailWriter;
import de.thwien.dsr.connectors.mail.InvoicedCustomers;
import de.thwien.dsr.connectors.mail.MailAccount;
import de.thwien.dsr.connectors.mail.MailClassificationRules;
import de.thwien.dsr.connectors.mail.MailSettings;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlMappingLoader;
import de.thwien.dsr.connectors.sql.SqlStoreReader;
import de.thwien.dsr.connectors.sql.SqlStoreWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The stores of a deployment, built from its {@link StoreSettings}: the CRM (mapped SQL), the mail
 * accounts (IMAP) and the conference store (Greenlight's database and the BBB API). Nothing is
 * opened here; each {@link ConnectedStore} opens its reader or writer on first use.
 */
public final class ConnectedStores {

    private final List<ConnectedStore> stores;
    private final Optional<BbbClient> bbb;
    private final ConnectedStore conference;

    private ConnectedStores(List<ConnectedStore> stores, Optional<BbbClient> bbb, ConnectedStore conference) {
        this.stores = List.copyOf(stores);
        this.bbb = bbb;
        this.conference = conference;
    }

    public static ConnectedStores of(StoreSettings settings) {
        List<ConnectedStore> stores = new ArrayList<>();
        InvoicedCustomers invoicedCustomers = InvoicedCustomers.NONE;
        if (settings.crm().isPresent()) {
            SqlMapping mapping = mapping(settings.crm().get());
            DataSource dataSource = dataSource(settings.crm().get());
            String storageRoot = settings.crm().get().storageRoot()
                    .orElse(odooFilestore(settings.crm().get().jdbcUrl()));
            ConnectedStore crm = new ConnectedStore(mapping.store(), () -> SqlStoreReader.open(mapping, dataSource),
                    () -> SqlStoreWriter.open(mapping, dataSource, storageRoot), mapping,
                    () -> selectOne(mapping.store(), dataSource));
            stores.add(crm);
            invoicedCustomers = new CrmInvoicedCustomers(crm, mapping);
        }
        InvoicedCustomers customers = invoicedCustomers;
        settings.mail().ifPresent(mail -> {
            MailSettings mailSettings = mailSettings(mail);
            // keeps a few logged-in sessions per account (ImapSessions), nothing to open; asks the CRM whether a mail's counterpart has an invoice
            ImapMailReader reader = new ImapMailReader(mailSettings, customers);
            // the writer checks the restricted folder's name against each server's separator when it is opened
            stores.add(new ConnectedStore(ImapMailReader.STORE, () -> reader, () -> ImapMailWriter.open(mailSettings),
                    null, reader::checkLogins));
        });
        Optional<BbbClient> bbb = settings.conference().map(conference -> bbbClient(conference.bbb()));
        ConnectedStore conference = null;
        if (settings.conference().isPresent()) {
            SqlMapping mapping = mapping(settings.conference().get());
            DataSource dataSource = dataSource(settings.conference().get());
            BbbClient client = bbb.get();
            ConferenceWriter.OperatorWork operatorWork = new ConferenceWriter.OperatorWork(
                    settings.conference().get().bbb().purgesDeletedRecordings().orElse(false),
                    settings.conference().get().storageRoot().orElse(ConferenceWriter.GREENLIGHT_STORAGE_ROOT));
            conference = new ConnectedStore(mapping.store(), () -> ConferenceReader.open(mapping, dataSource, client),
                    () -> ConferenceWriter.open(mapping, dataSource, client, operatorWork), mapping, () -> {
                        selectOne(mapping.store(), dataSource);
                        bbbAnswers(mapping.store(), client);
                    });
            stores.add(conference);
        }
        return new ConnectedStores(stores, bbb, conference);
    }

    public List<ConnectedStore> stores() {
        return stores;
    }

    public Optional<ConnectedStore> store(String name) {
        return stores.stream().filter(store -> store.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return stores.stream().map(ConnectedStore::name).toList();
    }

    /** The BBB API of the conference store, for routine retention's listing and deleting of recordings. */
    public Optional<BbbClient> bbb() {
        return bbb;
    }

    /** The conference store's writer with its recording operations (the one its {@link ConnectedStore} opened). */
    public Optional<ConferenceWriter> conferenceWriter() throws StoreUnavailableException {
        // built in of() from ConferenceWriter.open: the cast cannot fail
        return conference == null ? Optional.empty() : Optional.of((ConferenceWriter) conference.writer());
    }

    private static void selectOne(String store, DataSource dataSource) throws StoreUnavailableException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("select 1");
        } catch (SQLException e) {
            // the SQL state only: the driver's message can name the login
            throw new StoreUnavailableException(store, "database: SQL state " + e.getSQLState(), e);
        }
    }

    private static void bbbAnswers(String store, BbbClient client) throws StoreUnavailableException {
        try {
            client.checkReachable();
        } catch (BbbApiException e) {
            throw new StoreUnavailableException(store, e.getMessage(), e);
        }
    }

    private static BbbClient bbbClient(StoreSettings.Bbb bbb) {
        return new BbbClient(bbb.url(), bbb.secret(), bbb.checksum().orElse(BbbChecksum.SHA256),
                bbb.timeout().orElse(Duration.ofSeconds(10)));
    }

    /**
     * Where Odoo keeps the files of the database the CRM connects to, as Odoo's Debian package lays it out
     * ({@code data_dir} {@value #ODOO_DATA_DIR}): {@code <data_dir>/filestore/<database>}.
     */
    static String odooFilestore(String jdbcUrl) {
        String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
        String database = path == null || path.length() <= 1 ? "<database>" : path.substring(1);
        return ODOO_DATA_DIR + "/filestore/" + database;
    }

    private static final String ODOO_DATA_DIR = "/var/lib/odoo";

    private static SqlMapping mapping(StoreSettings.SqlStore store) {
        SqlMapping mapping = store.mapping().startsWith("file:")
                ? SqlMappingLoader.fromFile(Path.of(store.mapping().substring("file:".length())))
                : SqlMappingLoader.fromClasspath(store.mapping());
        return store.schema().map(mapping::withSchema).orElse(mapping);
    }

    private static DataSource dataSource(StoreSettings.SqlStore store) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(store.jdbcUrl());
        dataSource.setUser(store.username());
        dataSource.setPassword(store.password());
        dataSource.setConnectTimeout(5);
        dataSource.setSocketTimeout(60);
        return dataSource;
    }

    private static MailSettings mailSettings(StoreSettings.Mail mail) {
        List<MailAccount> accounts = mail.accounts().entrySet().stream()
                .map(entry -> new MailAccount(entry.getKey(), entry.getValue().host(), entry.getValue().port(),
                        entry.getValue().ssl().orElse(true), entry.getValue().login(), entry.getValue().password(),
                        entry.getValue().address()))
                .toList();
        return new MailSettings(accounts,
                MailClassificationRules.defaults(mail.voicemailSenderDomains()
                        .orElse(MailClassificationRules.DEFAULT_VOICEMAIL_SENDER_DOMAINS)),
                mail.restrictedFolder().orElse("DSR-Restricted"), mail.timeout().orElse(Duration.ofSeconds(20)));
    }
}
