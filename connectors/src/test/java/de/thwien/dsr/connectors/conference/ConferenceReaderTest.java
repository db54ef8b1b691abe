package de.thwien.dsr.connectors.conference;

import de.thwien.dsr.connectors.TestInfra;
import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.IdentifierKind;
import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlMappingLoader;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.infra.bbb.BbbApiSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ConferenceReaderTest {

    private static final SqlMapping GREENLIGHT = SqlMappingLoader.fromClasspath(ConferenceReader.GREENLIGHT_MAPPING_RESOURCE);
    private static final String JANA_USER = "users/00000000-0000-0000-0000-0000000000a1";
    private static final String SECRET = "simulator-secret";

    private BbbApiSimulator bbb;
    private ConferenceReader conference;

    @BeforeEach
    void seededGreenlightAndBbb() throws StoreUnavailableException {
        String schema = TestInfra.freshSchema("conference/greenlight/schema.sql", "conference/greenlight/seed.sql");
        bbb = BbbApiSimulator.start(SECRET);
        GreenlightSeed.into(bbb);
        conference = ConferenceReader.open(GREENLIGHT.withSchema(schema), TestInfra.dataSource(schema),
                new BbbClient(bbb.apiUrl(), SECRET, BbbChecksum.SHA256, Duration.ofSeconds(5)));
    }

    @AfterEach
    void stopBbb() {
        bbb.close();
    }

    @Test
    void aCrawlIndexesUsersAndInvitations() throws Exception {
        List<IndexedRecord> records = new ArrayList<>();

        conference.crawl(CrawlCursor.START, records::add);

        assertThat(records).extracting(IndexedRecord::reference).hasSize(4)
                .allMatch(reference -> reference.startsWith("users/") || reference.startsWith("invitations/"));
        assertThat(records).filteredOn(record -> record.reference().equals(JANA_USER)).singleElement()
                .satisfies(jana -> assertThat(jana.identifiers())
                        .contains(new Identifier(IdentifierKind.EMAIL, "jana.becker@example.net")));
    }

    @Test
    void aUserHitBringsRoomsRecordingsAndSharedAccessesConfirmedOnBbb() throws Exception {
        List<Finding> findings = conference.find(List.of(new RecordHit(JANA_USER, MatchStrength.STRONG)));

        assertThat(findings).extracting(Finding::reference, Finding::retentionCategory, Finding::retentionStart)
                .containsExactlyInAnyOrder(
                        tuple(JANA_USER, "conference-account", LocalDate.of(2023, 1, 10)),
                        tuple("rooms/00000000-0000-0000-0000-0000000000b1", "conference-account",
                                LocalDate.of(2023, 1, 10)),
                        tuple("recordings/rec-jana-0001", "conference-recording",
                                LocalDate.of(2024, 1, 20)),
                        tuple("recordings/rec-jana-0002", "conference-recording",
                                LocalDate.of(2024, 1, 22)),
                        tuple("shared_accesses/00000000-0000-0000-0000-0000000000d1", "conference-account",
                                LocalDate.of(2024, 2, 1)));
        assertThat(findings).filteredOn(finding -> finding.reference().endsWith("rec-jana-0002")).singleElement()
                .extracting(Finding::summary).asString()
                .isEqualTo("Recording rec-jana-0002 of 2024-01-22, 12 min, 2 participants; on BigBlueButton, unpublished");
    }

    @Test
    void anAccountsSummaryNamesItsLastLoginOnlyWhenThereWasOne() throws Exception {
        String neverSignedIn = "users/00000000-0000-0000-0000-0000000000a3";

        List<Finding> findings = conference.find(List.of(new RecordHit(JANA_USER, MatchStrength.STRONG),
                new RecordHit(neverSignedIn, MatchStrength.STRONG)));

        assertThat(findings).filteredOn(finding -> finding.reference().equals(JANA_USER)).singleElement()
                .extracting(Finding::summary).asString()
                .isEqualTo("Greenlight account (greenlight), created 2023-01-10, last login 2024-02-01");
        assertThat(findings).filteredOn(finding -> finding.reference().equals(neverSignedIn)).singleElement()
                .extracting(Finding::summary).asString()
                .isEqualTo("Greenlight account (greenlight), created 2023-05-05");
    }

    @Test
    void aRecordingBbbFinishedAfterGreenlightsLastSyncIsReportedByItsRoomsMeetingIdAndExported() throws Exception {
        // no Greenlight row yet (RecordingsSync has not run): only BBB knows it, by the room's meeting id
        bbb.addRecording(new BbbApiSimulator.SimulatedRecording("rec-jana-0003", "meeting-jana-1", "Nachtrag", true,
                Instant.parse("2024-03-05T10:00:00Z"), Instant.parse("2024-03-05T10:20:00Z"), 2));

        List<Finding> findings = conference.find(List.of(new RecordHit(JANA_USER, MatchStrength.STRONG)));

        assertThat(findings).filteredOn(finding -> finding.reference().equals("recordings/rec-jana-0003"))
                .singleElement().satisfies(recording -> {
                    assertThat(recording.retentionCategory()).isEqualTo("conference-recording");
                    assertThat(recording.retentionStart()).isEqualTo(LocalDate.of(2024, 3, 5));
                    assertThat(recording.matchStrength()).isEqualTo(MatchStrength.STRONG);
                    assertThat(recording.legalBasis()).isEqualTo("Art. 6(1)(a) GDPR (consent to the recording)");
                    assertThat(recording.dataCategories()).containsExactly("recording", "voice", "image");
                    assertThat(recording.summary()).isEqualTo("Recording rec-jana-0003 of 2024-03-05, 20 min,"
                            + " 2 participants; on BigBlueButton only (no Greenlight row yet), published");
                });
        assertThat(findings).extracting(Finding::reference).doesNotContain("recordings/rec-lukas-0001")
                .doesNotHaveDuplicates();
        assertThat(conference.export("recordings/rec-jana-0003").fields())
                .containsEntry("record_id", "rec-jana-0003")
                .containsEntry("bbbPublished", true)
                .containsEntry("greenlight", "no row yet");
    }

    @Test
    void aRecordingOnlyOnBbbThatWasDeletedThereIsNeitherFoundNorExported() throws Exception {
        bbb.addRecording(new BbbApiSimulator.SimulatedRecording("rec-jana-0003", "meeting-jana-1", "Nachtrag", true,
                Instant.parse("2024-03-05T10:00:00Z"), Instant.parse("2024-03-05T10:20:00Z"), 2));
        new BbbClient(bbb.apiUrl(), SECRET, BbbChecksum.SHA256, Duration.ofSeconds(5))
                .deleteRecordings(List.of("rec-jana-0003"));

        assertThat(conference.find(List.of(new RecordHit(JANA_USER, MatchStrength.STRONG))))
                .extracting(Finding::reference).doesNotContain("recordings/rec-jana-0003");
        assertThat(conference.export("recordings/rec-jana-0003").fields()).isEmpty();
    }

    @Test
    void aRecordingGoneFromBbbIsStillReportedWithItsRow() throws Exception {
        bbb.answerFailed(null);
        new BbbClient(bbb.apiUrl(), SECRET, BbbChecksum.SHA256, Duration.ofSeconds(5))
                .deleteRecordings(List.of("rec-jana-0001"));

        List<Finding> findings = conference.find(List.of(new RecordHit(JANA_USER, MatchStrength.STRONG)));

        assertThat(findings).filteredOn(finding -> finding.reference().endsWith("rec-jana-0001")).singleElement()
                .extracting(Finding::summary).asString().endsWith("; not on BigBlueButton any more");
    }

    @Test
    void aBbbAnsweringFailedIsAStoreErrorNotNoData() {
        bbb.answerFailed("internalError");

        assertThatThrownBy(() -> conference.find(List.of(new RecordHit(JANA_USER, MatchStrength.STRONG))))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessage("conference unavailable: BigBlueButton API: internalError");
    }

    @Test
    void anExportOfARecordingCarriesItsBbbState() throws Exception {
        assertThat(conference.export("recordings/rec-jana-0001").fields())
                .containsEntry("record_id", "rec-jana-0001")
                .containsEntry("bbbPublished", true)
                .containsKey("bbbPlaybackUrl");
    }
}
