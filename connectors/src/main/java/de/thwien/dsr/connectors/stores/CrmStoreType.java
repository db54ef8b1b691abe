package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.sql.SqlErasureProof;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlStoreReader;
import de.thwien.dsr.connectors.sql.SqlStoreWriter;
import de.thwien.dsr.events.StoreId;
import java.net.URI;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The CRM/ERP with customers and invoices (Odoo 17 by default), a mapped SQL store: its YAML mapping says which
 * rows are erased, nullified or restricted and which columns may be corrected. It tells the mail store which
 * addresses belong to invoiced customers.
 */
public final class CrmStoreType implements StoreType {

    private static final String ODOO_DATA_DIR = "/var/lib/odoo";

    @Override
    public String id() {
        return StoreId.CRM.id();
    }

    @Override
    public Set<StoreCapability> capabilities() {
        return EnumSet.of(StoreCapability.READ, StoreCapability.ERASE, StoreCapability.RESTRICT,
                StoreCapability.LIFT, StoreCapability.RECTIFY);
    }

    @Override
    public String displayName(Locale language) {
        return StoreId.CRM.displayName(language);
    }

    @Override
    public Optional<ConnectedStore> connect(StoreSettings settings, StoreFeatures others) {
        return settings.crm().map(crm -> {
            SqlMapping mapping = SqlConnections.mapping(crm);
            DataSource dataSource = SqlConnections.dataSource(crm);
            String storageRoot = crm.storageRoot().orElse(odooFilestore(crm.jdbcUrl()));
            ConnectedStore store = new ConnectedStore(this, () -> SqlStoreReader.open(mapping, dataSource),
                    () -> SqlStoreWriter.open(mapping, dataSource, storageRoot),
                    () -> SqlConnections.selectOne(mapping.store(), dataSource))
                    .named(mapping.store()).provingErasureBy(new SqlErasureProof(mapping));
            return store.offering(new CrmInvoicedCustomers(store, mapping));
        });
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
}
