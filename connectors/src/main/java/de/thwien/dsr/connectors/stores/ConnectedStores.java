package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.conference.BbbApiException;
import de.thwien.dsr.connectors.conference.BbbChecksum;
import de.thwien.dsr.connectors.conference.BbbClient;
import de.thwien.dsr.connectors.conference.ConferenceReader;
import de.thwien.dsr.connectors.conference.ConferenceWriter;
import de.thwien.dsr.connectors.conference.GreenlightTenants;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private final Optional<GreenlightTenants> tenants;
    private final ConnectedStore conference;

    private ConnectedStores(List<ConnectedStore> stores, Optional<GreenlightTenants> tenants,
            ConnectedStore conference) {
        this.stores = List.copyOf(stores);
        this.tenants = tenants;
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
        Optional<GreenlightTenants> tenants = settings.conference().map(ConnectedStores::tenants);
        ConnectedStore conference = null;
        if (settings.conference().isPresent()) {
            SqlMapping mapping = mapping(settings.conference().get());
            DataSource dataSource = dataSource(settings.conference().get());
            GreenlightTenants served = tenants.get();
            ConferenceWriter.OperatorWork operatorWork = new ConferenceWriter.OperatorWork(
                    everyBbbPurgesDeletedRecordings(settings.conference().get()),
                    settings.conference().get().storageRoot().orElse(ConferenceWriter.GREENLIGHT_STORAGE_ROOT));
            conference = new ConnectedStore(mapping.store(), () -> ConferenceReader.open(mapping, dataSource, served),
                    () -> ConferenceWriter.open(mapping, dataSource, served, operatorWork), mapping, () -> {
                        selectOne(mapping.store(), dataSource);
                        bbbAnswers(mapping.store(), served);
                    });
            stores.add(conference);
        }
        return new ConnectedStores(stores, tenants, conference);
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

    /**
     * The BBB API of the conference store's first provider (a single-tenant Greenlight's one server). With several
     * tenants, {@link #conferenceTenants()} has every provider's.
     */
    public Optional<BbbClient> bbb() {
        return tenants.map(GreenlightTenants::defaultBbb);
    }

    /** The Greenlight providers the conference store serves with their BBB servers (routine retention lists all). */
    public Optional<GreenlightTenants> conferenceTenants() {
        return tenants;
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

    private static void bbbAnswers(String store, GreenlightTenants tenants) throws StoreUnavailableException {
        try {
            tenants.checkReachable();
        } catch (BbbApiException e) {
            throw new StoreUnavailableException(store, e.getMessage(), e);
        }
    }

    /** The configured provider with {@code bbb} first, then the {@code tenants} in name order. */
    private static GreenlightTenants tenants(StoreSettings.Conference conference) {
        Map<String, BbbClient> bbbByProvider = new LinkedHashMap<>();
        bbbByProvider.put(conference.provider().orElse(GreenlightTenants.SINGLE_TENANT_PROVIDER),
                bbbClient(conference.bbb()));
        new TreeMap<>(conference.tenants()).forEach((provider, bbb) -> bbbByProvider.put(provider, bbbClient(bbb)));
        return new GreenlightTenants(bbbByProvider);
    }

    /** An operator task per deleted recording unless every provider's BBB server purges them itself. */
    private static boolean everyBbbPurgesDeletedRecordings(StoreSettings.Conference conference) {
        return conference.bbb().purgesDeletedRecordings().orElse(false) && conference.tenants().values().stream()
                .allMatch(bbb -> bbb.purgesDeletedRecordings().orElse(false));
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
