package de.thwien.dsr.subjectindex.search;

import de.thwien.dsr.connectors.identity.Identifiers;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.subjectindex.index.CatchUpCrawls;
import de.thwien.dsr.subjectindex.locate.LocateResult;
import de.thwien.dsr.subjectindex.locate.SubjectLocator;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assistant's search: exact e-mail/phone matches are STRONG, name matches WEAK. Like a case's locate, it first
 * catches the index up to now ({@link CatchUpCrawls}), so it shows mail that arrived since the last scheduled crawl; a
 * store that could not be caught up is listed as unavailable with the reason.
 */
@Path("/api/subjects/search")
@RolesAllowed({"assistant", "admin"})
public class SubjectSearchResource {

    private final SubjectLocator locator;
    private final CatchUpCrawls catchUp;
    private final Clock clock;

    public SubjectSearchResource(SubjectLocator locator, CatchUpCrawls catchUp, Clock clock) {
        this.locator = locator;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SubjectSearchResult search(@Valid @NotNull SubjectSearchRequest request) {
        LocateResult result = locator.locate(Identifiers.of(request.email(), request.phone(), request.name()),
                catchUp.since(clock.instant()));
        Map<String, List<Finding>> byStore = new LinkedHashMap<>();
        result.storesSearched().forEach(store -> byStore.put(store, new ArrayList<>()));
        result.findings().forEach(finding -> byStore.computeIfAbsent(finding.store(), store -> new ArrayList<>())
                .add(finding));
        List<SubjectSearchResult.StoreFindings> stores = new ArrayList<>();
        byStore.forEach((store, findings) -> stores.add(new SubjectSearchResult.StoreFindings(store, findings)));
        return new SubjectSearchResult(stores, result.storesUnavailable(), result.unavailableReasons());
    }
}
