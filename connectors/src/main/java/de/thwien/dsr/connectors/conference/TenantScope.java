package de.thwien.dsr.connectors.conference;

import de.thwien.dsr.connectors.spi.StoreRefusedException;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;

import java.util.Optional;

/**
 * Which of Greenlight's rows a conference store may touch and which BBB holds their recordings: the rows of the
 * providers it serves ({@link GreenlightTenants}), each provider's recordings on that provider's BBB. A row whose
 * provider cannot be read (gone, or a room without owner) counts as served: there is nothing of another tenant's to
 * protect, and a single-tenant store behaves as it always did.
 */
final class TenantScope {

    private final GreenlightTenants tenants;
    private final GreenlightRows rows;
    private final String store;

    TenantScope(GreenlightTenants tenants, GreenlightRows rows, String store) {
        this.tenants = tenants;
        this.rows = rows;
        this.store = store;
    }

    GreenlightTenants tenants() {
        return tenants;
    }

    boolean serves(String reference) throws StoreUnavailableException {
        return rows.providerOf(reference).map(tenants::serves).orElse(true);
    }

    /** @throws StoreRefusedException when the row belongs to a provider this store does not serve */
    void refuseOtherProvider(String reference) throws StoreUnavailableException, StoreRefusedException {
        Optional<String> provider = rows.providerOf(reference);
        if (provider.isPresent() && !tenants.serves(provider.get())) {
            // a provider is a tenant's name, no personal data
            throw new StoreRefusedException(store, "the record belongs to Greenlight provider '" + provider.get()
                    + "', which this conference store is not configured for", null);
        }
    }

    /**
     * The BBB of the row's provider; for a recording without a Greenlight row (not synced yet, or its rows already
     * erased) the BBB that lists it, else the first provider's.
     */
    BbbClient bbbOf(String reference) throws StoreUnavailableException {
        if (tenants.providers().size() == 1) {
            return tenants.defaultBbb();
        }
        Optional<String> provider = rows.providerOf(reference).filter(tenants::serves);
        if (provider.isEmpty() && ConferenceReader.isRecording(reference)) {
            try {
                provider = tenants.providerListing(ConferenceReader.recordId(reference));
            } catch (BbbApiException e) {
                throw new StoreUnavailableException(store, "BigBlueButton API: " + e.messageKey(), e);
            }
        }
        return provider.map(tenants::bbbOf).orElseGet(tenants::defaultBbb);
    }
}
