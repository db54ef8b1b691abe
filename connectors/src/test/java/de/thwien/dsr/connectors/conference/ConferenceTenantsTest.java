package de.thwien.dsr.connectors.conference;

import de.thwien.dsr.connectors.TestInfra;
import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreRefusedException;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlMappingLoader;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.infra.bbb.BbbApiSimulator;
import de.thwien.dsr.infra.bbb.BbbApiSimulator.SimulatedRecording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One Greenlight 3.8.1 database serving two tenants (Greenlight's {@code provider} column): the seed's "greenlight"
 * on one BBB and "kanzlei" on another, and Jana Becker with the same address in both. A store is responsible only
 * for the providers it is configured with, and talks to each provider's own BBB.
 */
class ConferenceTenantsTest {

    private static final SqlMapping GREENLIGHT = SqlMappingLoader.fromClasspath(
            ConferenceReader.GREENLIGHT_MAPPING_RESOURCE);
    private static final String JANA = "users/00000000-0000-0000-0000-0000000000a1";
    private static final String JANA_AT_KANZLEI_ID = "00000000-0000-0000-0000-0000000001a1";
    private static final String JANA_AT_KANZLEI = "users/" + JANA_AT_KANZLEI_ID;
    private static final String KANZLEI_ROOM_ID = "00000000-0000-0000-0000-0000000001b1";

    private String schema;
    private BbbApiSimulator greenlightBbb;
    private BbbApiSimulator kanzleiBbb;

    @BeforeEach
    void twoTenantsInOneGreenlight() {
        schema = TestInfra.freshSchema("conference/greenlight/schema.sql", "conference/greenlight/seed.sql");
        TestInfra.execute(schema, """
                insert into users (id, name, email, provider, created_at, updated_at, language, verified, status)
                values ('%s', 'Jana Becker', 'jana.becker@example.net', 'kanzlei',
                        '2023-03-01 09:00:00', '2023-03-01 09:00:00', 'de', true, 0);
                insert into rooms (id, user_id, name, friendly_id, meeting_id, created_at, updated_at)
                values ('%s', '%s', 'Mandantengespräche', 'kan-abc-def-ghi', 'meeting-kanzlei-1',
                        '2023-03-01 09:05:00', '2023-03-01 09:05:00');
                insert into recordings (room_id, name, record_id, created_at, updated_at, visibility, length,
                                        participants, recorded_at)
                values ('%s', 'Beratung', 'rec-kanzlei-0001', '2024-03-05 11:00:00', '2024-03-05 11:00:00',
                        'Published', 25, 2, '2024-03-05 10:00:00');
                """.formatted(JANA_AT_KANZLEI_ID, KANZLEI_ROOM_ID, JANA_AT_KANZLEI_ID, KANZLEI_ROOM_ID));
        // different secrets: a call to the wrong tenant's server fails its checksum
        greenlightBbb = BbbApiSimulator.start("greenlight-secret");
        GreenlightSeed.into(greenlightBbb);
        kanzleiBbb = BbbApiSimulator.start("kanzlei-secret");
        kanzleiBbb.addRecording(new SimulatedRecording("rec-kanzlei-0001", "meeting-kanzlei-1", "Beratung", true,
                Instant.parse("2024-03-05T10:00:00Z"), Instant.parse("2024-03-05T10:25:00Z"), 2));
    }

    @AfterEach
    void stopBbbs() {
        greenlightBbb.close();
        kanzleiBbb.close();
    }

    @Test
    void aStoreForOneTenantNeitherIndexesNorFindsTheSamePersonsAccountOfTheOtherTenant() throws Exception {
        ConferenceReader reader = ConferenceReader.open(GREENLIGHT.withSchema(schema), TestInfra.dataSource(schema),
                onlyGreenlight());
        List<IndexedRecord> indexed = new ArrayList<>();

        reader.crawl(CrawlCursor.START, indexed::add);
        List<Finding> found = reader.find(List.of(new RecordHit(JANA, MatchStrength.STRONG),
                new RecordHit(JANA_AT_KANZLEI, MatchStrength.STRONG)));

        assertThat(indexed).extracting(IndexedRecord::reference).contains(JANA).doesNotContain(JANA_AT_KANZLEI);
        assertThat(found).extracting(Finding::reference).contains(JANA, "recordings/rec-jana-0001")
                .doesNotContain(JANA_AT_KANZLEI, "rooms/" + KANZLEI_ROOM_ID, "recordings/rec-kanzlei-0001");
    }

    @Test
    void aStoreForOneTenantErasesItsAccountAndRefusesTheOtherTenantsLeavingItUntouched() throws Exception {
        ConferenceWriter writer = ConferenceWriter.open(GREENLIGHT.withSchema(schema), TestInfra.dataSource(schema),
                onlyGreenlight(), ConferenceWriter.OperatorWork.DEFAULT);

        writer.erase(JANA);

        assertThatThrownBy(() -> writer.erase(JANA_AT_KANZLEI)).isInstanceOf(StoreRefusedException.class)
                .hasMessageContaining("kanzlei");
        assertThatThrownBy(() -> writer.restrict(JANA_AT_KANZLEI, LocalDate.of(2030, 1, 1)))
                .isInstanceOf(StoreRefusedException.class);
        assertThat(writer.leftByErasure(JANA_AT_KANZLEI, java.util.Set.of())).isEmpty();
        assertThat(usersWithAddress()).containsExactly(Map.entry("kanzlei", 0));
        assertThat(count("select count(*) from recordings where record_id = 'rec-kanzlei-0001'")).isOne();
        assertThat(greenlightBbb.recording("rec-jana-0001")).isEmpty();
        assertThat(kanzleiBbb.recording("rec-kanzlei-0001")).isPresent();
    }

    @Test
    void aStoreForBothTenantsFindsEachAccountWithItsRecordingsConfirmedOnThatTenantsBbb() throws Exception {
        ConferenceReader reader = ConferenceReader.open(GREENLIGHT.withSchema(schema), TestInfra.dataSource(schema),
                bothTenants());

        List<Finding> found = reader.find(List.of(new RecordHit(JANA, MatchStrength.STRONG),
                new RecordHit(JANA_AT_KANZLEI, MatchStrength.STRONG)));

        assertThat(found).extracting(Finding::reference).contains(JANA, JANA_AT_KANZLEI, "rooms/" + KANZLEI_ROOM_ID);
        assertThat(found).filteredOn(finding -> finding.reference().equals("recordings/rec-kanzlei-0001"))
                .singleElement().extracting(Finding::summary).asString().endsWith("on BigBlueButton, published");
        assertThat(found).filteredOn(finding -> finding.reference().equals("recordings/rec-jana-0001"))
                .singleElement().extracting(Finding::summary).asString().endsWith("on BigBlueButton, published");
    }

    @Test
    void aStoreForBothTenantsErasesEachAccountWithItsOwnBbbAndNamesTheServerInTheOperatorsTask() throws Exception {
        ConferenceWriter writer = ConferenceWriter.open(GREENLIGHT.withSchema(schema), TestInfra.dataSource(schema),
                bothTenants(), ConferenceWriter.OperatorWork.DEFAULT);

        writer.erase(JANA);
        List<OperatorTask> kanzleiTasks = writer.erase(JANA_AT_KANZLEI).operatorTasks();

        assertThat(usersWithAddress()).isEmpty();
        assertThat(greenlightBbb.recording("rec-jana-0001")).isEmpty();
        assertThat(kanzleiBbb.recording("rec-kanzlei-0001")).isEmpty();
        assertThat(greenlightBbb.recording("rec-lukas-0001")).isPresent();
        assertThat(kanzleiTasks).extracting(OperatorTask::instruction).containsExactly(
                "bbb-record --delete rec-kanzlei-0001  # on the BBB server " + kanzleiBbb.apiUrl().getHost());
    }

    @Test
    void aConsentWithdrawalUnpublishesTheRecordingsOfTheServedTenantsOnly() throws Exception {
        ConferenceWriter writer = ConferenceWriter.open(GREENLIGHT.withSchema(schema), TestInfra.dataSource(schema),
                onlyGreenlight(), ConferenceWriter.OperatorWork.DEFAULT);

        assertThat(writer.unpublishRecordingsOfAddress("jana.becker@example.net")).containsExactly("rec-jana-0001");
        assertThat(kanzleiBbb.recording("rec-kanzlei-0001").orElseThrow().published()).isTrue();
    }

    private GreenlightTenants onlyGreenlight() {
        return new GreenlightTenants(Map.of("greenlight", client(greenlightBbb, "greenlight-secret")));
    }

    private GreenlightTenants bothTenants() {
        Map<String, BbbClient> tenants = new LinkedHashMap<>();
        tenants.put("greenlight", client(greenlightBbb, "greenlight-secret"));
        tenants.put("kanzlei", client(kanzleiBbb, "kanzlei-secret"));
        return new GreenlightTenants(tenants);
    }

    private static BbbClient client(BbbApiSimulator simulator, String secret) {
        return new BbbClient(simulator.apiUrl(), secret, BbbChecksum.SHA256, Duration.ofSeconds(5));
    }

    /** Provider and status of the accounts with Jana's address, any case. */
    private Map<String, Integer> usersWithAddress() throws Exception {
        Map<String, Integer> users = new LinkedHashMap<>();
        try (Connection connection = TestInfra.dataSource(schema).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select provider, status from users"
                        + " where lower(email) = 'jana.becker@example.net' order by provider")) {
            while (rows.next()) {
                users.put(rows.getString(1), rows.getInt(2));
            }
        }
        return users;
    }

    private long count(String sql) throws Exception {
        try (Connection connection = TestInfra.dataSource(schema).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
