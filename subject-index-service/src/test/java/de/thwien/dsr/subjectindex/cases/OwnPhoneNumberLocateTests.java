package de.thwien.dsr.subjectindex.cases;

import de.thwien.dsr.connectors.identity.Identifiers;
import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.index.Crawler;
import de.thwien.dsr.subjectindex.index.CatchUpCrawls;
import de.thwien.dsr.subjectindex.locate.SubjectLocator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A requester's own customer record says which phone numbers are hers: a record that carries only such a number (a
 * sipgate voicemail) is hers too. A number in someone else's record pulls in nothing of theirs.
 */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class OwnPhoneNumberLocateTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** His CRM record has the number the first demo voicemail comes from. */
    private static final Person LUKAS = new Person("lukas.mueller@example.com", "Lukas Müller");
    /** Her namesake's CRM record has the number the second demo voicemail comes from. */
    private static final Person JANA = new Person("jana.becker@example.net", "Jana Becker");

    private final EventCodec codec = new EventCodec();

    @Inject
    SealedEvents sealed;

    @Inject
    Crawler crawler;

    @Inject
    SubjectLocator locator;

    @Inject
    CatchUpCrawls catchUp;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void indexUpToDate() {
        crawler.crawlAll();
    }

    @Test
    void aVoicemailFromThePhoneNumberOfTheRequestersCustomerRecordIsHersStrong() {
        List<Finding> findings = locatedFindings(LUKAS);

        assertThat(findings).filteredOn(finding -> finding.category() == RetentionCategory.VOICEMAIL)
                .singleElement().satisfies(voicemail -> {
                    assertThat(voicemail.store()).isEqualTo("mail");
                    assertThat(voicemail.matchStrength()).isEqualTo(Finding.MatchStrength.STRONG);
                    assertThat(voicemail.dataCategories()).contains("phone", "voice-recording");
                });
        assertThat(findings).extracting(finding -> finding.store() + "|" + finding.reference())
                .as("each record once").doesNotHaveDuplicates();
        assertThat(findings).extracting(Finding::reference).contains("res_partner/3");
    }

    @Test
    void aPhoneNumberOnlyInSomeoneElsesRecordPullsInNoneOfTheirRecords() {
        // the namesake's number does lead to the second voicemail: leaving it out below is the rule, not chance
        assertThat(locator.locate(Identifiers.ofPhone("+49 89 1234567"), catchUp.since(Instant.now())).findings())
                .anySatisfy(finding -> assertThat(finding.category()).isEqualTo(RetentionCategory.VOICEMAIL));

        List<Finding> findings = locatedFindings(JANA);

        assertThat(findings).as("her namesake's voicemail")
                .noneMatch(finding -> finding.category() == RetentionCategory.VOICEMAIL);
        assertThat(findings).filteredOn(finding -> finding.reference().equals("res_partner/2"))
                .as("her namesake's record stays a name match")
                .allSatisfy(finding -> assertThat(finding.matchStrength()).isEqualTo(Finding.MatchStrength.WEAK));
        assertThat(findings).filteredOn(finding -> finding.reference().equals("res_partner/1"))
                .singleElement().satisfies(own -> assertThat(own.matchStrength())
                        .isEqualTo(Finding.MatchStrength.STRONG));
    }

    /** An erasure request (no access answer waits on name matches): the findings its locate announces. */
    private List<Finding> locatedFindings(Person person) {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            EventEnvelope verified = EventEnvelope.of("/dsr/test", Instant.now(), new CaseEvents.IdentityVerified(
                    caseId, RequestType.ERASURE, "de", CaseEvents.VerificationMethod.EMAIL_LINK, Instant.now(),
                    person));
            probe.send(Topics.CASES, caseId, codec.headers(verified), codec.encode(verified.data()));
            DiscoveryEvents.SubjectLocated located = await().atMost(PATIENCE).until(() -> probe
                    .readAll(Topics.DISCOVERY).stream()
                    .filter(record -> caseId.equals(record.key()))
                    .map(record -> sealed.openAndWait(record).data())
                    .filter(DiscoveryEvents.SubjectLocated.class::isInstance)
                    .map(DiscoveryEvents.SubjectLocated.class::cast)
                    .findFirst().orElse(null), Objects::nonNull);
            return located.personal().findings();
        }
    }
}
