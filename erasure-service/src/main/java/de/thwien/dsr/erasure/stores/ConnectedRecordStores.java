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
import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.connectors.stores.ConnectedStores;
import de.thwien.dsr.connectors.stores.StoreCapability;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.StoreName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
    public List<StoreName> namesOf(Collection<String> names) {
        return names.stream().distinct().flatMap(name -> stores.store(name).stream())
                .map(store -> new StoreName(store.name(), store.displayName(Locale.GERMAN),
                        store.displayName(Locale.ENGLISH)))
                .toList();
    }

    @Override
    public boolean can(String store, StoreCapability capability) {
        return stores.store(store).map(connected -> connected.can(capability)).orElse(false);
    }

    @Override
    public ErasureResult erase(String store, String reference, Set<String> spared) throws StoreFailure {
        try {
            return capable(store, StoreCapability.ERASE).writer().erase(reference, spared);
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
            return capable(store, StoreCapability.RESTRICT).writer().restrict(reference, holdUntil);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        } catch (StoreRefusedException e) {
            throw StoreFailure.refusal(e.getMessage(), e);
        }
    }

    @Override
    public String lift(String store, String reference) throws StoreFailure {
        try {
            return capable(store, StoreCapability.LIFT).writer().lift(reference);
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
            return capable(store, StoreCapability.REDACT).writer().redact(reference, mention);
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
     * Reads the record again and asks the store's type whether what is left still holds personal data
     * ({@link ConnectedStore#stillPresent}): no row or message left, or only the placeholders its rules put in.
     */
    @Override
    public boolean stillPresent(String store, String reference) throws StoreFailure {
        try {
            return connected(store).stillPresent(reference);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
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

    /**
     * A store whose type cannot rectify has no field to correct (a mail as received, a recording): an empty answer, as
     * the SPI gives it, so the record gets a supplementary statement or may stay undecided; a refusal here would read
     * as "the store did not answer" and hold up the execution.
     */
    @Override
    public java.util.Map<String, String> rectifiableFields(String store, String reference) throws StoreFailure {
        ConnectedStore connected = connected(store);
        if (!connected.can(StoreCapability.RECTIFY)) {
            return java.util.Map.of();
        }
        try {
            return connected.writer().rectifiableFields(reference);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
    }

    @Override
    public void rectify(String store, String reference, java.util.Map<String, String> corrected) throws StoreFailure {
        try {
            capable(store, StoreCapability.RECTIFY).writer().rectify(reference, corrected);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        } catch (StoreRefusedException e) {
            throw StoreFailure.refusal(e.getMessage(), e);
        }
    }

    /**
     * The store, if its type declares that it can do this: a store that cannot (a guest book restricting an entry)
     * refuses for good without being asked, so the item waits for the assistant instead of being tried again.
     */
    private ConnectedStore capable(String store, StoreCapability capability) throws StoreFailure {
        ConnectedStore connected = connected(store);
        if (!connected.can(capability)) {
            throw StoreFailure.refusal(store + ": its store type cannot " + capability.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " a record", null);
        }
        return connected;
    }

    private ConnectedStore connected(String store) throws StoreFailure {
        return stores.store(store).orElseThrow(() ->
                new StoreFailure(store + " unavailable: no connector with write credentials is configured"));
    }
}
