package de.thwien.dsr.subjectindex.locate;

import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.subjectindex.index.CaughtUp;
import de.thwien.dsr.subjectindex.index.CrawlStates;
import de.thwien.dsr.subjectindex.index.SubjectIndex;
import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.subjectindex.stores.StoreRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a subject: the index gives candidate records per store, each store confirms them live.
 * Blocking (JDBC, IMAP, HTTP): call it from a worker thread. A store whose confirmation fails, that was never
 * crawled successfully, or whose index was not caught up to the moment asked for ({@link CaughtUp}, from
 * {@link de.thwien.dsr.subjectindex.index.CatchUpCrawls}) is reported unavailable, never as an empty answer.
 */
@ApplicationScoped
public class SubjectLocator {

    static final String NOT_INDEXED = "not indexed yet (no successful crawl)";

    private final StoreRegistry stores;
    private final SubjectIndex index;
    private final CrawlStates states;

    public SubjectLocator(StoreRegistry stores, SubjectIndex index, CrawlStates states) {
        this.stores = stores;
        this.index = index;
        this.states = states;
    }

    /** The records matching any of the identifiers, each confirmed live: the assistant's search. */
    public LocateResult locate(Set<Identifier> identifiers, CaughtUp caughtUp) {
        return confirm(lookup(identifiers), stores.stores(), caughtUp);
    }

    /**
     * A requester's records: those matching the identifiers she gave, then those matching the further e-mail
     * addresses and phone numbers of her own customer record ({@link IdentifierExpansion}), in the stores the first
     * look searched.
     */
    public LocateResult locateRequester(Set<Identifier> given, CaughtUp caughtUp) {
        LocateResult first = locate(given, caughtUp);
        Map<String, List<String>> ownRecords = new LinkedHashMap<>();
        IdentifierExpansion.ownMasterRecords(first.findings()).forEach(finding -> ownRecords
                .computeIfAbsent(finding.store(), store -> new ArrayList<>()).add(finding.reference()));
        Set<Identifier> ownIdentifiers = new LinkedHashSet<>();
        try {
            for (Map.Entry<String, List<String>> store : ownRecords.entrySet()) {
                ownIdentifiers.addAll(index.identifiersOf(store.getKey(), store.getValue()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("subject index not readable", e);
        }
        Set<Identifier> further = IdentifierExpansion.furtherIdentifiers(ownIdentifiers, given);
        if (further.isEmpty()) {
            return first;
        }
        Map<String, List<RecordHit>> hits = IdentifierExpansion.notFoundStrongYet(lookup(further), first.findings());
        List<ConnectedStore> searched = stores.stores().stream()
                .filter(store -> first.storesSearched().contains(store.name())).toList();
        return IdentifierExpansion.merged(first, confirm(hits, searched, caughtUp));
    }

    private Map<String, List<RecordHit>> lookup(Set<Identifier> identifiers) {
        try {
            return index.lookup(identifiers);
        } catch (SQLException e) {
            throw new IllegalStateException("subject index not readable", e);
        }
    }

    private LocateResult confirm(Map<String, List<RecordHit>> hits, List<ConnectedStore> toAsk, CaughtUp caughtUp) {
        List<String> searched = new ArrayList<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (ConnectedStore store : toAsk) {
            try {
                if (!everIndexed(store.name())) {
                    unavailable.put(store.name(), NOT_INDEXED);
                    continue;
                }
                Optional<String> stale = caughtUp.whyNotCaughtUp(store.name());
                if (stale.isPresent()) {
                    unavailable.put(store.name(), stale.get());
                    continue;
                }
                List<RecordHit> storeHits = hits.getOrDefault(store.name(), List.of());
                if (!storeHits.isEmpty()) {
                    findings.addAll(store.reader().find(storeHits));
                }
                searched.add(store.name());
            } catch (StoreUnavailableException e) {
                unavailable.put(store.name(), e.getMessage());
            }
        }
        return new LocateResult(searched, List.copyOf(unavailable.keySet()), unavailable, findings);
    }

    private boolean everIndexed(String store) {
        try {
            return states.of(store).map(state -> state.lastSucceededAt() != null).orElse(false);
        } catch (SQLException e) {
            throw new IllegalStateException("crawl state not readable", e);
        }
    }
}
