package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.connectors.spi.ErasureBlockedException;
import de.thwien.dsr.connectors.spi.ErasureResult;
import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.connectors.spi.Mention;
import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.connectors.spi.StoreRefusedException;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.spi.StoreWriter;
import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.connectors.stores.ConnectedStores;
import de.thwien.dsr.events.Finding;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link RecordStores} over the connectors: writes through each store's {@link StoreWriter}, and
 * proves an erasure by reading the record again through its {@link StoreReader}. Writers and
 * readers are opened on first use by the connectors' {@link ConnectedStores} (and again after a failed
 * opening), so a store that is down at start-up only makes its items wait. A store without
 * configuration is unavailable.
 */
@ApplicationScoped
public class ConnectedRecordStores implements RecordStores {

    private final ConnectedStores stores;

    public ConnectedRecordStores(ConnectedStores stores) {
        this.stores = stores;
    }

    @Override
    public ErasureResult erase(String store, String reference, Set<String> spared) throws StoreFailure {
        try {
            return connected(store).writer().erase(reference, spared);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        } catch (ErasureBlockedException e) {
            throw StoreFailure.refusal(store + ": erasure blocked: " + e.getMessage(), e);
        } catch (StoreRefusedException e) {
            throw StoreFailure.refusal(e.getMessage(), e);
        }
    }

    @Override
    public List<OperatorTask> leftByErasure(String store, String reference, Set<String> spared) throws StoreFailure {
        try {
            return connected(store).writer().leftByErasure(reference, spared);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
    }

    @Override
    public String restrict(String store, String reference, LocalDate holdUntil) throws StoreFailure {
        try {
            return connected(store).writer().restrict(reference, holdUntil);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        } catch (StoreRefusedException e) {
            throw StoreFailure.refusal(e.getMessage(), e);
        }
    }

    @Override
    public void lift(String store, String reference) throws StoreFailure {
        try {
            connected(store).writer().lift(reference);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        } catch (StoreRefusedException e) {
            throw StoreFailure.refusal(e.getMessage(), e);
        }
    }

    @Override
    public String erasePart(String store, String reference, Finding.PartKind part) throws StoreFailure {
        try {
            return connected(store).writer().erasePart(reference, part);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        } catch (StoreRefusedException e) {
            throw StoreFailure.refusal(e.getMessage(), e);
        }
    }

    @Override
    public String redact(String store, String reference, Mention mention) throws StoreFailure {
        try {
            return connected(store).writer().redact(reference, mention);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        } catch (StoreRefusedException e) {
            throw StoreFailure.refusal(e.getMessage(), e);
        }
    }

    /** Reads the record again: any of its fields (a mail's subject, text, display names) naming her. */
    @Override
    public boolean stillMentions(String store, String reference, Mention mention) throws StoreFailure {
        try {
            return connected(store).reader().export(reference).fields().values().stream()
                    .anyMatch(value -> mention.isIn(String.valueOf(value)));
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
    }

    /** Reads the record again: only a mail has parts, its body is the text its export shows. */
    @Override
    public boolean partStillPresent(String store, String reference, Finding.PartKind part) throws StoreFailure {
        try {
            ExportedRecord record = connected(store).reader().export(reference);
            Object body = record.fields().get("body");
            return part == Finding.PartKind.BODY ? body != null && !String.valueOf(body).isBlank()
                    : !record.fields().isEmpty();
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
    }

    /**
     * Reads the record again. Gone: no row / no message; for a NULLIFY table, every column the
     * erase rule sets holds its placeholder; for a DELETE table whose rule redacts the rows the store
     * forbids to delete (Odoo's audit trail), a row left whose set columns hold exactly their placeholders.
     */
    @Override
    public boolean stillPresent(String store, String reference) throws StoreFailure {
        ConnectedStore connected = connected(store);
        try {
            ExportedRecord record = connected.reader().export(reference);
            return stillPersonal(connected.mapping().orElse(null), reference, record.fields());
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
        if (table.isEmpty() || table.get().erase() == null) {
            return true;
        }
        SqlMapping.Erase erase = table.get().erase();
        if (erase.mode() == SqlMapping.EraseMode.DELETE) {
            return erase.redactWhen().isEmpty() || !erase.set().entrySet().stream()
                    .allMatch(set -> Objects.equals(fields.get(set.getKey()) == null ? null
                            : String.valueOf(fields.get(set.getKey())), set.getValue()));
        }
        return erase.set().entrySet().stream()
                .anyMatch(set -> fields.get(set.getKey()) != null
                        && !Objects.equals(String.valueOf(fields.get(set.getKey())), set.getValue()));
    }

    @Override
    public String restorableIdentity(String store, String reference) throws StoreFailure {
        try {
            return connected(store).reader().restorableIdentity(reference);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
    }

    @Override
    public void restorableIdentities(String store, java.util.function.BiConsumer<String, String> sink)
            throws StoreFailure {
        try {
            connected(store).reader().restorableIdentities(sink);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
    }

    @Override
    public boolean isRestricted(String store, String reference) throws StoreFailure {
        try {
            return connected(store).writer().isRestricted(reference);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
    }

    @Override
    public java.util.Map<String, String> rectifiableFields(String store, String reference) throws StoreFailure {
        try {
            return connected(store).writer().rectifiableFields(reference);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
    }

    @Override
    public void rectify(String store, String reference, java.util.Map<String, String> corrected) throws StoreFailure {
        try {
            connected(store).writer().rectify(reference, corrected);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        } catch (StoreRefusedException e) {
            throw StoreFailure.refusal(e.getMessage(), e);
        }
    }

    private ConnectedStore connected(String store) throws StoreFailure {
        return stores.store(store).orElseThrow(() ->
                new StoreFailure(store + " unavailable: no connector with write credentials is configured"));
    }
}
