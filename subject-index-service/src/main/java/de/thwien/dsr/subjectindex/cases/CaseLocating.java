package de.thwien.dsr.subjectindex.cases;

import de.thwien.dsr.connectors.identity.Identifiers;
import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.subjectindex.access.NameMatchReviews;
import de.thwien.dsr.subjectindex.access.PortabilityExports;
import de.thwien.dsr.subjectindex.index.CaughtUp;
import de.thwien.dsr.subjectindex.locate.LocateResult;
import de.thwien.dsr.subjectindex.locate.SubjectLocator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Locates a verified case's subject and announces it: {@code subject.located}, for ACCESS the
 * package and {@code access.package.ready}, for PORTABILITY the Art. 20 export ({@code portability.package.ready},
 * {@link PortabilityExports}), and, when a store was unavailable, a retry row so that
 * {@link LocateRetries} locates again later. For ACCESS the first locate announces the package (the answer names
 * the stores that could not be searched and promises a follow-up); a retry announces a rebuilt package only once
 * every store was searched, as the follow-up, naming the stores searched again. A retry that still finds a store
 * unavailable announces no package: the requester already has her answer. A locate with name matches (WEAK
 * findings) builds no package until the assistant has reviewed them ({@link NameMatchReviews}). When the retries run
 * out with a store still unavailable, {@code stores.not-searched} says so (the promised follow-up will not come). Runs
 * inside the
 * caller's reactive transaction; the caller has caught the index up before that transaction ({@link CaughtUp}): a
 * store not caught up is reported unavailable.
 */
// created at start: its dsr_locate_duration_seconds is scraped (at 0) before the first case
@Startup
@ApplicationScoped
public class CaseLocating {

    private static final Logger LOG = Logger.getLogger(CaseLocating.class);

    private static final Duration[] LOCATE_BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(5)};

    private final SubjectLocator locator;
    private final Outbox outbox;
    private final NameMatchReviews accessAnswers;
    private final PortabilityExports portabilityExports;
    private final LocateConfig config;
    private final Vertx vertx;
    private final Clock clock;
    private final Timer locateDuration;

    public CaseLocating(SubjectLocator locator, Outbox outbox, NameMatchReviews accessAnswers,
            PortabilityExports portabilityExports, LocateConfig config, Vertx vertx, Clock clock,
            MeterRegistry registry) {
        this.locator = locator;
        this.outbox = outbox;
        this.accessAnswers = accessAnswers;
        this.portabilityExports = portabilityExports;
        this.config = config;
        this.vertx = vertx;
        this.clock = clock;
        this.locateDuration = Timer.builder("dsr.locate.duration")
                .description("Time to locate a case's requester in every store (index and live confirmation)")
                .serviceLevelObjectives(LOCATE_BUCKETS)
                .register(registry);
    }

    /** The first locate of a case. */
    public Uni<LocateResult> locateAndAnnounce(CaseEvents.IdentityVerified verified, CaughtUp caughtUp) {
        return locateAndAnnounce(verified, 0, List.of(), caughtUp);
    }

    /**
     * @param attempt           0 for the first locate of the case, then the retry number
     * @param unavailableBefore on a retry, the stores the first locate could not search
     */
    public Uni<LocateResult> locateAndAnnounce(CaseEvents.IdentityVerified verified, int attempt,
            List<String> unavailableBefore, CaughtUp caughtUp) {
        long started = System.nanoTime();
        // the stores are blocking; executeBlocking comes back on this context, inside the transaction. Not ordered:
        // each consumer of the channel applies one event at a time anyway, and locates of other cases (other
        // consumers, the retry job) must not queue behind this one
        return vertx.executeBlocking(Uni.createFrom().item(() -> locateDuration.record(() -> locator.locateRequester(
                        Identifiers.of(verified.personal().email(), null, verified.personal().name()), caughtUp))),
                        false)
                .call(result -> {
                    LOG.infof("case %s located (attempt %d): %d findings, stores unavailable: %s (%d ms)",
                            verified.caseId(), attempt, result.findings().size(), result.storesUnavailable(),
                            (System.nanoTime() - started) / 1_000_000);
                    Uni<Void> announced = outbox.append(new DiscoveryEvents.SubjectLocated(verified.caseId(),
                            verified.requestType(), verified.language(), result.storesSearched(),
                            result.storesUnavailable(), new DiscoveryEvents.Located(verified.personal(),
                            result.findings()))).replaceWithVoid();
                    if (verified.requestType() == RequestType.ACCESS && attempt == 0) {
                        announced = announced.chain(() -> accessAnswers.answerOrWait(verified, result, List.of()));
                    } else if (verified.requestType() == RequestType.ACCESS && result.complete()) {
                        // a row written before the stores were kept does not say which: then all were searched again
                        List<String> searchedAgain = unavailableBefore.isEmpty() ? result.storesSearched()
                                : unavailableBefore;
                        announced = announced.chain(() -> accessAnswers.answerOrWait(verified, result, searchedAgain));
                    } else if (verified.requestType() == RequestType.PORTABILITY && (attempt == 0 || result.complete())) {
                        // as the access answer: at once, naming stores not searched; again once every store was
                        announced = announced.chain(() -> portabilityExports.prepare(verified, result));
                    }
                    return announced.chain(() -> scheduleRetry(verified, result, attempt, unavailableBefore));
                });
    }

    private Uni<Void> scheduleRetry(CaseEvents.IdentityVerified verified, LocateResult result, int attempt,
            List<String> unavailableBefore) {
        if (result.complete() || attempt + 1 > config.maxAttempts()) {
            Uni<Void> givenUp = Uni.createFrom().voidItem();
            if (!result.complete()) {
                LOG.warnf("case %s: stores %s still unavailable after %d retries; the assistant has to follow up",
                        verified.caseId(), result.storesUnavailable(), attempt);
                givenUp = announceNotSearched(verified, attempt, unavailableBefore, result.storesUnavailable());
            }
            // the row goes in the transaction that announces the end: the end is announced once
            return givenUp.chain(() -> Panache.getSession()).chain(session -> session
                            .createNativeQuery("delete from locate_retry where case_id = :caseId")
                            .setParameter("caseId", verified.caseId())
                            .executeUpdate())
                    .replaceWithVoid();
        }
        Duration wait = config.after().multipliedBy(1L << Math.min(attempt, 10));
        return Panache.getSession().chain(session -> session
                        // the stores of the first locate are kept: the follow-up names them
                        .createNativeQuery("insert into locate_retry (case_id, request_type, language, email, name,"
                                + " attempts, next_attempt_at, stores_unavailable) values (:caseId, :type, :language,"
                                + " :email, :name, :attempts, :next, :unavailable)"
                                + " on conflict (case_id) do update set attempts = excluded.attempts,"
                                + " next_attempt_at = excluded.next_attempt_at")
                        .setParameter("caseId", verified.caseId())
                        .setParameter("type", verified.requestType().name())
                        .setParameter("language", verified.language())
                        .setParameter("email", verified.personal().email())
                        .setParameter("name", verified.personal().name())
                        .setParameter("attempts", attempt)
                        .setParameter("next", clock.instant().plus(wait).atOffset(ZoneOffset.UTC))
                        .setParameter("unavailable", String.join(",", result.storesUnavailable()))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * The stores the answer promised a follow-up about and those the last attempt could not search: the requester
     * gets neither's records, so the notice names both.
     */
    private Uni<Void> announceNotSearched(CaseEvents.IdentityVerified verified, int attempts,
            List<String> unavailableBefore, List<String> unavailableNow) {
        Set<String> notSearched = new LinkedHashSet<>(unavailableBefore);
        notSearched.addAll(unavailableNow);
        return outbox.append(new DiscoveryEvents.StoresNotSearched(verified.caseId(), verified.requestType(),
                verified.language(), List.copyOf(notSearched), attempts, verified.personal())).replaceWithVoid();
    }
}
