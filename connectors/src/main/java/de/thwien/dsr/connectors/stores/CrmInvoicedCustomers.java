package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.mail.InvoicedCustomers;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlStoreReader;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.RetentionCategory;
import java.util.List;

/**
 * A customer with an invoice in the CRM, found through the CRM's mapping: the rows whose e-mail columns hold the
 * address, and the records they bring, one of which is an accounting voucher (a posted invoice). No table or column
 * name of a particular CRM is written here.
 */
final class CrmInvoicedCustomers implements InvoicedCustomers {

    private final ConnectedStore crm;
    private final SqlMapping mapping;

    CrmInvoicedCustomers(ConnectedStore crm, SqlMapping mapping) {
        this.crm = crm;
        this.mapping = mapping;
    }

    @Override
    public boolean hasInvoice(String address) throws StoreUnavailableException {
        // built in ConnectedStores.of from SqlStoreReader.open: the cast cannot fail
        SqlStoreReader reader = (SqlStoreReader) crm.reader();
        for (SqlMapping.TableMapping table : mapping.tables()) {
            for (String column : table.identifiers().email()) {
                List<RecordHit> hits = reader.referencesWhere(table.table(), column, address).stream()
                        .map(reference -> new RecordHit(reference, Finding.MatchStrength.STRONG)).toList();
                if (!hits.isEmpty() && reader.find(hits).stream()
                        .anyMatch(finding -> finding.category() == RetentionCategory.ACCOUNTING_VOUCHER)) {
                    return true;
                }
            }
        }
        return false;
    }
}
