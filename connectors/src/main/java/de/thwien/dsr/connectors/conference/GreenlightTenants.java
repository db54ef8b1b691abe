package de.thwien.dsr.connectors.conference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Greenlight providers (tenants) a conference store is responsible for, each with the BigBlueButton server its
 * rooms meet on. One Greenlight v3 database can serve several tenants: every user (and through her, her rooms,
 * recordings and shares) and every invitation carries a {@code provider} column, "greenlight" in a single-tenant
 * installation. The connector finds, erases and restricts only rows of these providers, and talks to each
 * provider's own BBB: another tenant's rows belong to another controller's server and are left alone.
 */
public final class GreenlightTenants {

    /** The provider of a single-tenant Greenlight (its {@code DEFAULT_PROVIDER}). */
    public static final String SINGLE_TENANT_PROVIDER = "greenlight";

    private final Map<String, BbbClient> bbbByProvider;

    /** @param bbbByProvider in order: the first is the default provider (recordings whose provider is unknown) */
    public GreenlightTenants(Map<String, BbbClient> bbbByProvider) {
        if (bbbByProvider.isEmpty()) {
            throw new IllegalArgumentException("a conference store serves at least one Greenlight provider");
        }
        this.bbbByProvider = new LinkedHashMap<>(bbbByProvider);
    }

    /** A single-tenant Greenlight (provider "greenlight") with its one BBB. */
    public static GreenlightTenants single(BbbClient bbb) {
        return new GreenlightTenants(Map.of(SINGLE_TENANT_PROVIDER, bbb));
    }

    public Set<String> providers() {
        return bbbByProvider.keySet();
    }

    public boolean serves(String provider) {
        return bbbByProvider.containsKey(provider);
    }

    /** The BBB of a provider this store serves. */
    public BbbClient bbbOf(String provider) {
        BbbClient client = bbbByProvider.get(provider);
        if (client == null) {
            throw new IllegalArgumentException("the conference store does not serve this Greenlight provider");
        }
        return client;
    }

    /** The first configured provider's BBB: a single tenant's one server. */
    public BbbClient defaultBbb() {
        return bbbByProvider.values().iterator().next();
    }

    /** The provider whose BBB lists the recording in any state (deleted included), if any does. */
    Optional<String> providerListing(String recordId) throws BbbApiException {
        for (Map.Entry<String, BbbClient> tenant : bbbByProvider.entrySet()) {
            if (!tenant.getValue().getRecordingsByIdIncludingDeleted(List.of(recordId)).isEmpty()) {
                return Optional.of(tenant.getKey());
            }
        }
        return Optional.empty();
    }

    /** Every recording of every provider's BBB but deleted ones (routine retention's listing). */
    public List<BbbRecording> getAllRecordings() throws BbbApiException {
        List<BbbRecording> all = new ArrayList<>();
        for (BbbClient client : distinctServers()) {
            all.addAll(client.getAllRecordings());
        }
        return all;
    }

    /** Every provider's BBB answers with its secret (the health check). */
    public void checkReachable() throws BbbApiException {
        for (BbbClient client : distinctServers()) {
            client.checkReachable();
        }
    }

    private Collection<BbbClient> distinctServers() {
        return bbbByProvider.values().stream().distinct().toList();
    }
}
