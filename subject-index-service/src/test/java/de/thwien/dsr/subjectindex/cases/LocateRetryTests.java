package de.thwien.dsr.subjectindex.cases;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.OtherInstance;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import de.thwien.dsr.subjectindex.NameMatchDecisions;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.index.Crawler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class LocateRetryTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final EventCodec codec = new EventCodec();

    @Inject
    SealedEvents sealed;

    @Inject
    Crawler crawler;

    @Inject
    LocateRetries retries;

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "dsr.locate.retry.max-attempts")
    int maxAttempts;

    @BeforeEach
    void indexUpToDate() {
        crawler.crawlAll();
    }

    @Test
    void aStoreThatWasDownIsAskedAgainAndTheCaseLocatedCompletely() {
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            String caseId = locatedWhileTheConferenceStoreWasDown(probe);

            retries.retryDue();

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(located(probe, caseId)).hasSize(2)
                    .last().satisfies(second -> {
                        assertThat(second.storesUnavailable()).isEmpty();
                        assertThat(second.personal().findings()).anyMatch(f -> f.store().equals("conference"));
                    }));
            retries.retryDue(); // nothing due any more: no third event
            assertThat(located(probe, caseId)).hasSize(2);
        }
    }

    @Test
    void noRetryWhileAnotherInstanceRetriesAndTheRetryHappensAfterwards() {
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            String caseId = locatedWhileTheConferenceStoreWasDown(probe);

            try (OtherInstance retrying = OtherInstance.running(SingleInstanceJob.named(LocateRetries.JOB, pool), pool)) {
                retries.retryDue();
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                        .until(() -> located(probe, caseId).size() == 1);
            }
            retries.retryDue();

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(located(probe, caseId)).hasSize(2)
                    .last().satisfies(second -> assertThat(second.storesUnavailable()).isEmpty()));
        }
    }

    @Test
    void anAccessAnswerNamesTheStoreThatWasDownAndOneFollowUpComesWhenTheRetrySucceeds() {
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            String caseId = locatedWhileTheConferenceStoreWasDown(probe, RequestType.ACCESS);
            // her namesake's records match her name only: each answer waits until the assistant rejects them
            NameMatchDecisions.rejectEveryOpenMatch(caseId);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(packages(probe, caseId)).singleElement()
                    .satisfies(first -> {
                        assertThat(first.storesUnavailable()).containsExactly("conference");
                        assertThat(first.storesSearched()).containsExactlyInAnyOrder("crm", "mail");
                        assertThat(first.followUp()).isFalse();
                    }));

            SeededStoresTestResource.bbb().answerFailed("internalError");
            try {
                retries.retryDue();
                await().atMost(PATIENCE).until(() -> located(probe, caseId).size() == 2);
            } finally {
                SeededStoresTestResource.bbb().answerFailed(null);
            }
            assertThat(packages(probe, caseId)).as("a retry that still fails sends nothing new").hasSize(1);

            retries.retryDue();
            NameMatchDecisions.rejectEveryOpenMatch(caseId);

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(packages(probe, caseId)).hasSize(2)
                    .last().satisfies(followUp -> {
                        assertThat(followUp.followUp()).isTrue();
                        assertThat(followUp.storesSearchedAgain()).containsExactly("conference");
                        assertThat(followUp.storesUnavailable()).isEmpty();
                        assertThat(followUp.recordsPerStore()).containsKey("conference");
                        assertThat(followUp.recordsPerStore().get("conference")).isPositive();
                        assertThat(followUp.packageUrl()).isNotEqualTo(packages(probe, caseId).get(0).packageUrl());
                    }));
            retries.retryDue(); // nothing due any more: no second follow-up
            await().atMost(PATIENCE).until(() -> located(probe, caseId).size() == 3);
            assertThat(packages(probe, caseId)).hasSize(2);
            assertThat(notSearched(probe, caseId)).as("the follow-up came: nothing given up").isEmpty();
        }
    }

    @Test
    void whenTheRetriesRunOutTheStoresNotSearchedAreAnnouncedOnceAndTheCaseIsNotRetriedAgain() {
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            String caseId = locatedWhileTheConferenceStoreWasDown(probe, RequestType.ACCESS);
            // her namesake's records match her name only: the first answer waits until the assistant rejects them
            NameMatchDecisions.rejectEveryOpenMatch(caseId);
            await().atMost(PATIENCE).until(() -> packages(probe, caseId).size() == 1);

            SeededStoresTestResource.bbb().answerFailed("internalError");
            try {
                for (int retry = 1; retry <= maxAttempts; retry++) {
                    retries.retryDue();
                    int expected = retry + 1;
                    await().atMost(PATIENCE).until(() -> located(probe, caseId).size() == expected);
                }
            } finally {
                SeededStoresTestResource.bbb().answerFailed(null);
            }

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(notSearched(probe, caseId)).singleElement()
                    .satisfies(givenUp -> {
                        assertThat(givenUp.storesNotSearched()).containsExactly("conference");
                        assertThat(givenUp.attempts()).isEqualTo(maxAttempts);
                        assertThat(givenUp.requestType()).isEqualTo(RequestType.ACCESS);
                        assertThat(givenUp.language()).isEqualTo("en");
                        assertThat(givenUp.personal().email()).isEqualTo("jana.becker@example.net");
                    }));
            assertThat(packages(probe, caseId)).as("no follow-up package").hasSize(1);

            retries.retryDue(); // the store answers again, but the case is no longer retried
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> located(probe, caseId).size() == maxAttempts + 1);
            assertThat(notSearched(probe, caseId)).hasSize(1);
        }
    }

    private String locatedWhileTheConferenceStoreWasDown(TopicProbe probe) {
        return locatedWhileTheConferenceStoreWasDown(probe, RequestType.ERASURE);
    }

    /** A new case, located while BBB answered with errors: one subject.located without the conference store. */
    private String locatedWhileTheConferenceStoreWasDown(TopicProbe probe, RequestType type) {
        String caseId = UUID.randomUUID().toString();
        EventEnvelope verified = EventEnvelope.of("/dsr/test", Instant.now(), new CaseEvents.IdentityVerified(caseId,
                type, "en", CaseEvents.VerificationMethod.EMAIL_LINK, Instant.now(),
                new Person("jana.becker@example.net", "Jana Becker")));
        SeededStoresTestResource.bbb().answerFailed("internalError");
        try {
            probe.send(Topics.CASES, caseId, codec.headers(verified), codec.encode(verified.data()));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(located(probe, caseId)).singleElement()
                    .satisfies(first -> {
                        assertThat(first.storesUnavailable()).containsExactly("conference");
                        assertThat(first.personal().findings()).noneMatch(f -> f.store().equals("conference"));
                    }));
        } finally {
            SeededStoresTestResource.bbb().answerFailed(null);
        }
        return caseId;
    }

    private List<DiscoveryEvents.SubjectLocated> located(TopicProbe probe, String caseId) {
        return probe.readAll(Topics.DISCOVERY).stream()
                .filter(record -> caseId.equals(record.key()))
                .map(this::decode)
                .map(EventEnvelope::data)
                .filter(DiscoveryEvents.SubjectLocated.class::isInstance)
                .map(DiscoveryEvents.SubjectLocated.class::cast)
                .toList();
    }

    private List<DiscoveryEvents.StoresNotSearched> notSearched(TopicProbe probe, String caseId) {
        return probe.readAll(Topics.DISCOVERY).stream()
                .filter(record -> caseId.equals(record.key()))
                .map(this::decode)
                .map(EventEnvelope::data)
                .filter(DiscoveryEvents.StoresNotSearched.class::isInstance)
                .map(DiscoveryEvents.StoresNotSearched.class::cast)
                .toList();
    }

    private List<DiscoveryEvents.AccessPackageReady> packages(TopicProbe probe, String caseId) {
        return probe.readAll(Topics.DISCOVERY).stream()
                .filter(record -> caseId.equals(record.key()))
                .map(this::decode)
                .map(EventEnvelope::data)
                .filter(DiscoveryEvents.AccessPackageReady.class::isInstance)
                .map(DiscoveryEvents.AccessPackageReady.class::cast)
                .toList();
    }

    /** The event as the consumers see it: personal data opened with the case's key. */
    private EventEnvelope decode(ConsumerRecord<String, String> record) {
        return sealed.openAndWait(record);
    }
}
