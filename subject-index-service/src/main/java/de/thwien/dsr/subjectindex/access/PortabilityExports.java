package de.thwien.dsr.subjectindex.access;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.subjectindex.access.archive.AccessPackageWriter;
import de.thwien.dsr.subjectindex.access.archive.PortableRecords;
import de.thwien.dsr.subjectindex.locate.LocateResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the Art. 20 export of a PORTABILITY case: the records she provided that are processed on consent or contract
 * ({@link PortableRecords}), as JSON and CSV ({@link AccessPackageWriter#writePortable}), stored and linked as an
 * access package is ({@link AccessPackages}), and announces it ({@code portability.package.ready}). STRONG findings
 * only: a name match may be a namesake's, and the export has no review of its own (the access answer has).
 */
@ApplicationScoped
public class PortabilityExports {

    private static final Logger LOG = Logger.getLogger(PortabilityExports.class);

    private final AccessPackages packages;
    private final Outbox outbox;

    public PortabilityExports(AccessPackages packages, Outbox outbox) {
        this.packages = packages;
        this.outbox = outbox;
    }

    private record Stored(AccessPackages.Link link, AccessPackageWriter.PortableExport export) {
    }

    /** Builds, stores and announces the export; runs inside the caller's reactive transaction. */
    public Uni<Void> prepare(CaseEvents.IdentityVerified verified, LocateResult located) {
        List<Finding> strong = AccessPackages.strong(located);
        return packages.onBuilders(() -> {
                    AccessPackageWriter.PortableExport[] export = new AccessPackageWriter.PortableExport[1];
                    AccessPackages.Link link = packages.store(verified.caseId(), verified.language(),
                            AccessPackages.PORTABLE_EXPORT,
                            (out, spool, now) ->
                            export[0] = AccessPackageWriter.writePortable(out, verified.caseId(), verified.language(),
                                    verified.personal(), now, strong, located.storesUnavailable(), packages::export,
                                    spool));
                    return new Stored(link, export[0]);
                })
                .invoke(stored -> LOG.infof("portability export for case %s stored with %d records",
                        verified.caseId(), stored.export().recordsPerStore().values().stream()
                                .mapToInt(Integer::intValue).sum()))
                .chain(stored -> outbox.append(new DiscoveryEvents.PortabilityPackageReady(verified.caseId(),
                        verified.language(), stored.link().url(), stored.link().expiresAt(), verified.personal(),
                        located.storesSearched(), unavailable(located, stored.export()),
                        recordsPerStore(located, stored.export()))))
                .replaceWithVoid();
    }

    /** Every searched store that answered, with the number of its records in the export (0 for none). */
    private static Map<String, Integer> recordsPerStore(LocateResult located,
            AccessPackageWriter.PortableExport export) {
        Map<String, Integer> records = new TreeMap<>();
        located.storesSearched().stream().filter(store -> !export.failedStores().contains(store))
                .forEach(store -> records.put(store, export.recordsPerStore().getOrDefault(store, 0)));
        return records;
    }

    private static List<String> unavailable(LocateResult located, AccessPackageWriter.PortableExport export) {
        List<String> unavailable = new ArrayList<>(located.storesUnavailable());
        export.failedStores().stream().filter(store -> !unavailable.contains(store)).forEach(unavailable::add);
        return unavailable;
    }
}
