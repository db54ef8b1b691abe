package de.thwien.dsr.subjectindex.index;

import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.platform.problem.Problem;
import de.thwien.dsr.subjectindex.stores.StoreRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Per-store crawl progress, and crawls on demand. */
@Path("/api/index")
@RolesAllowed({"assistant", "admin"})
public class IndexStatusResource {

    /**
     * @param lagSeconds   seconds since the last successful crawl (null: never crawled successfully)
     * @param recordsSoFar while {@code crawling}: the records the running crawl has read so far (null otherwise)
     * @param currentPlace while {@code crawling}: the folder or table it reads (null otherwise or when not known)
     */
    public record StoreStatus(String store, boolean crawling, Instant lastCrawlStartedAt, Instant lastCrawlFinishedAt,
            Instant lastSuccessAt, long recordsIndexed, long recordsSeenByLastCrawl, Long lagSeconds,
            String lastError, Instant lastErrorAt, Long recordsSoFar, String currentPlace) {
    }

    public record IndexStatus(List<StoreStatus> stores) {
    }

    private final StoreRegistry stores;
    private final CrawlStates states;
    private final Crawler crawler;
    private final ManagedExecutor executor;
    private final Clock clock;

    public IndexStatusResource(StoreRegistry stores, CrawlStates states, Crawler crawler, ManagedExecutor executor,
            Clock clock) {
        this.stores = stores;
        this.states = states;
        this.crawler = crawler;
        this.executor = executor;
        this.clock = clock;
    }

    @GET
    @Path("/status")
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    public IndexStatus status() throws SQLException {
        Map<String, CrawlStates.CrawlState> byStore = states.all().stream()
                .collect(Collectors.toMap(CrawlStates.CrawlState::store, Function.identity()));
        Instant now = clock.instant();
        return new IndexStatus(stores.names().stream().map(name -> {
            CrawlStates.CrawlState state = byStore.get(name);
            if (state == null) {
                boolean crawling = crawler.isRunning(name);
                return new StoreStatus(name, crawling, null, null, null, 0, 0, null, null, null, crawling ? 0L : null,
                        null);
            }
            boolean crawling = crawler.isRunning(name);
            Long lag = state.lastSucceededAt() == null ? null
                    : Duration.between(state.lastSucceededAt(), now).toSeconds();
            return new StoreStatus(name, crawling, state.lastStartedAt(), state.lastFinishedAt(),
                    state.lastSucceededAt(), state.recordsIndexed(), state.lastRecordsSeen(), lag, state.lastError(),
                    state.lastErrorAt(), crawling ? state.runningRecords() : null,
                    crawling ? state.runningPlace() : null);
        }).toList());
    }

    /** Starts an incremental crawl of every store (or one: {@code ?store=mail}); 202 at once. */
    @POST
    @Path("/crawls")
    public Response crawl(@QueryParam("store") String store) {
        List<ConnectedStore> selected = store == null ? stores.stores()
                : stores.store(store).map(List::of).orElse(List.of());
        if (selected.isEmpty()) {
            return Problem.of(404, "Unknown store", "No store is configured under that name.")
                    .toResponse();
        }
        executor.execute(() -> selected.forEach(crawler::crawl));
        return Response.accepted().build();
    }
}
