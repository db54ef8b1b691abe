package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.mail.AccountUnavailableException;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.platform.health.FailureReason;
import de.thwien.dsr.platform.health.Probe;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each connected store's health question ({@link ConnectedStore#check()}: IMAP login, {@code select 1}, BBB
 * {@code getMeetings}) as a probe of the service's wellness group, for subject-index and erasure-service alike.
 */
public final class StoreProbes {

    private StoreProbes() {
    }

    /** The probes by store name, in the stores' order. */
    public static Map<String, Probe> of(ConnectedStores stores) {
        Map<String, Probe> probes = new LinkedHashMap<>();
        stores.stores().forEach(store -> probes.put(store.name(), probe(store)));
        return probes;
    }

    private static Probe probe(ConnectedStore store) {
        return () -> {
            try {
                store.check();
            } catch (StoreUnavailableException e) {
                throw new FailureReason.ReportableFailure(words(e));
            }
        };
    }

    /** Its message names the store and the reason, never personal data; a mail account by its configured key. */
    private static String words(StoreUnavailableException e) {
        String reason = FailureReason.of(e, e.getMessage());
        return e instanceof AccountUnavailableException failed ? "account " + failed.account() + ": " + reason
                : reason;
    }
}
