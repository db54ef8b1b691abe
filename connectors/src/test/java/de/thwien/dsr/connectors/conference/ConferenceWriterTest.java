package de.thwien.dsr.connectors.conference;

import de.thwien.dsr.connectors.TestInfra;
import de.thwien.dsr.connectors.spi.ErasureBlockedException;
import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlMappingLoader;
import de.thwien.dsr.events.ErasureEvents.OperatorTaskKind;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.infra.bbb.BbbApiSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConferenceWriterTest {

    private static final SqlMapping GREENLIGHT = SqlMappingLoader.fromClasspath(ConferenceReader.GREENLIGHT_MAPPING_RESOURCE);
    private static final String SECRET = "simulator-secret";
    private static final String RECORDING = "recordings/rec-jana-0001";
    private static final String JANA_ID = "00000000-0000-0000-0000-0000000000a1";
    private static final String JANA = "users/" + JANA_ID;
    private static final String JANA_ROOM_ID = "00000000-0000-0000-0000-0000000000b1";

    private String schema;
    private BbbApiSimulator bbb;
    private ConferenceWriter writer;
    private ConferenceReader reader;

    @BeforeEach
    void seededGreenlightAndBbb() throws StoreUnavailableException {
        schema = TestInfra.freshSchema("conference/greenlight/schema.sql", "conference/greenlight/seed.sql");
        bbb = BbbApiSimulator.start(SECRET);
        GreenlightSeed.into(bbb);
        BbbClient client = new BbbClient(bbb.apiUrl(), SECRET, BbbChecksum.SHA256, Duration.ofSeconds(5));
        writer = ConferenceWriter.open(GREENLIGHT.withSchema(schema), TestInfra.dataSource(schema), client);
        reader = ConferenceReader.open(GREENLIGHT.withSchema(schema), TestInfra.dataSource(schema), client);
    }

    @AfterEach
    void stopBbb() {
        bbb.close();
    }

    @Test
    void aRecordingIsErasedOnBbbAndInGreenlight() throws Exception {
        writer.erase(RECORDING);

        assertThat(bbb.recording("rec-jana-0001")).isEmpty();
        assertThat(reader.find(List.of(new RecordHit(RECORDING, MatchStrength.STRONG)))).isEmpty();
        writer.erase(RECORDING); // again: nothing left, no error
    }

    @Test
    void erasingARecordingLeavesTheOperatorTheBbbRecordCommandThatPurgesItsRawMediaAndReportsItAgainWhenRepeated()
            throws Exception {
        // deleteRecordings only moves the recording to state deleted; its raw media stay until bbb-record --delete
        OperatorTask purge = new OperatorTask(OperatorTaskKind.PURGE_RECORDING_MEDIA, "conference",
                "bbb-record --delete rec-jana-0001");

        assertThat(writer.erase(RECORDING).operatorTasks()).containsExactly(purge);
        assertThat(writer.erase(RECORDING).operatorTasks()).containsExactly(purge);
    }

    @Test
    void aBbbServerThatPurgesDeletedRecordingsItselfLeavesTheOperatorNothingToDo() throws Exception {
        ConferenceWriter purging = ConferenceWriter.open(GREENLIGHT.withSchema(schema), TestInfra.dataSource(schema),
                new BbbClient(bbb.apiUrl(), SECRET, BbbChecksum.SHA256, Duration.ofSeconds(5)),
                new ConferenceWriter.OperatorWork(true, ConferenceWriter.GREENLIGHT_STORAGE_ROOT));

        assertThat(purging.erase(RECORDING).operatorTasks()).isEmpty();
    }

    @Test
    void erasingAnAccountLeavesItsRecordingsMediaAndTheExactPathsOfAvatarAndPresentationFilesToTheOperator()
            throws Exception {
        // ActiveStorage DiskService#path_for: <root>/<key[0..1]>/<key[2..3]>/<key>; file names never in a task
        assertThat(writer.erase(JANA).operatorTasks()).extracting(OperatorTask::instruction).containsExactlyInAnyOrder(
                "bbb-record --delete rec-jana-0001",
                "bbb-record --delete rec-jana-0002",
                "rm -f /usr/src/app/storage/q8/n2/q8n2avatarjana0000000000000",
                "rm -f /usr/src/app/storage/x7/k4/x7k4presentationjana0000000");
    }

    @Test
    void theTasksAnAccountsErasureWillLeaveAreKnownBeforeItWithoutChangingAnything() throws Exception {
        // read first, so a crash after the deletion's commit cannot lose the files' paths with their rows
        List<OperatorTask> foreseen = writer.leftByErasure(JANA, Set.of());

        assertThat(foreseen).extracting(OperatorTask::instruction).containsExactlyInAnyOrder(
                "bbb-record --delete rec-jana-0001",
                "bbb-record --delete rec-jana-0002",
                "rm -f /usr/src/app/storage/q8/n2/q8n2avatarjana0000000000000",
                "rm -f /usr/src/app/storage/x7/k4/x7k4presentationjana0000000");
        assertThat(writer.erase(JANA).operatorTasks()).containsExactlyInAnyOrderElementsOf(foreseen);
    }

    @Test
    void aRecordIdThatIsNoPlainWordIsQuotedInTheCommandTheOperatorPastesIntoHisShell() throws Exception {
        TestInfra.execute(schema, "update recordings set record_id = 'rec-jana-0001;rm -rf /'"
                + " where record_id = 'rec-jana-0001'");
        bbb.addRecording(new BbbApiSimulator.SimulatedRecording("rec-jana-0001;rm -rf /", "meeting-jana-1", "x",
                true, null, null, 3, "published"));

        assertThat(writer.erase("recordings/rec-jana-0001;rm -rf /").operatorTasks())
                .extracting(OperatorTask::instruction).containsExactly("bbb-record --delete 'rec-jana-0001;rm -rf /'");
    }

    @Test
    void aRecordingAlreadyGoneFromBbbLosesItsGreenlightRowToo() throws Exception {
        new BbbClient(bbb.apiUrl(), SECRET, BbbChecksum.SHA256, Duration.ofSeconds(5))
                .deleteRecordings(List.of("rec-jana-0001"));

        writer.erase(RECORDING);

        assertThat(reader.find(List.of(new RecordHit(RECORDING, MatchStrength.STRONG)))).isEmpty();
    }

    @Test
    void routineRetentionDeletesARecordingOnBbbAndThenItsGreenlightRows() throws Exception {
        assertThat(writer.recordingRows("rec-jana-0001")).containsExactly(RECORDING);

        assertThat(writer.deleteRecording("rec-jana-0001")).containsExactly(RECORDING);

        assertThat(bbb.recording("rec-jana-0001")).isEmpty();
        assertThat(writer.recordingRows("rec-jana-0001")).isEmpty();
        assertThat(reader.find(List.of(new RecordHit(RECORDING, MatchStrength.STRONG)))).isEmpty();
    }

    @Test
    void aRecordingBbbDoesNotDeleteKeepsItsGreenlightRows() throws Exception {
        bbb.answerFailed("internalError");

        assertThatThrownBy(() -> writer.deleteRecording("rec-jana-0001")).isInstanceOf(StoreUnavailableException.class);
        bbb.answerFailed(null);
        assertThat(bbb.recording("rec-jana-0001")).isPresent();
        assertThat(writer.recordingRows("rec-jana-0001")).containsExactly(RECORDING);
    }

    @Test
    void aFailingBbbKeepsTheRowAndIsAStoreError() throws Exception {
        bbb.answerFailed("internalError");

        assertThatThrownBy(() -> writer.erase(RECORDING)).isInstanceOf(StoreUnavailableException.class);
        bbb.answerFailed(null);
        assertThat(reader.find(List.of(new RecordHit(RECORDING, MatchStrength.STRONG)))).hasSize(1);
    }

    @Test
    void restrictingARecordingUnpublishesItAndLiftingPublishesIt() throws Exception {
        writer.restrict(RECORDING, LocalDate.of(2030, 12, 31));
        assertThat(bbb.recording("rec-jana-0001").orElseThrow().published()).isFalse();

        writer.lift(RECORDING);
        assertThat(bbb.recording("rec-jana-0001").orElseThrow().published()).isTrue();
    }

    @Test
    void greenlightShowsARestrictedRecordingAsUnpublishedAndAfterTheLiftAsItShowedItBefore() throws Exception {
        execute("update recordings set visibility = 'Public/Protected' where record_id = 'rec-jana-0001'");

        String restricted = writer.restrict(RECORDING, null);

        assertThat(visibility("rec-jana-0001")).as("Greenlight's table, not only BBB").isEqualTo("Unpublished");
        writer.lift(restricted);
        assertThat(bbb.recording("rec-jana-0001").orElseThrow().published()).isTrue();
        assertThat(visibility("rec-jana-0001")).isEqualTo("Public/Protected");
    }

    @Test
    void aRecordingRestrictedBeforeItsVisibilityWasKeptIsShownPublishedAfterTheLift() throws Exception {
        writer.restrict(RECORDING, null);

        writer.lift(RECORDING + "?published=true");

        assertThat(visibility("rec-jana-0001")).isEqualTo("Published");
    }

    @Test
    void aRecordingItsOwnerHadUnpublishedStaysUnpublishedInGreenlightThroughRestrictionAndLift() throws Exception {
        writer.lift(writer.restrict("recordings/rec-jana-0002", null));

        assertThat(visibility("rec-jana-0002")).isEqualTo("Unpublished");
    }

    @Test
    void aConsentWithdrawalUnpublishesHerRecordingsInGreenlightsTableToo() throws Exception {
        assertThat(writer.unpublishRecordingsOfAddress("jana.becker@example.net")).containsExactly("rec-jana-0001");

        assertThat(bbb.recording("rec-jana-0001").orElseThrow().published()).isFalse();
        assertThat(visibility("rec-jana-0001")).isEqualTo("Unpublished");
        assertThat(visibility("rec-lukas-0001")).as("another's recording").isEqualTo("Published");
    }

    @Test
    void liftingARecordingItsOwnerHadUnpublishedBeforeTheRestrictionLeavesItUnpublished() throws Exception {
        String restricted = writer.restrict("recordings/rec-jana-0002", null);

        String lifted = writer.lift(restricted);

        assertThat(bbb.recording("rec-jana-0002").orElseThrow().published()).isFalse();
        assertThat(lifted).isEqualTo("recordings/rec-jana-0002");
    }

    @Test
    void restrictingARestrictedRecordingAgainKeepsTheStateFromBeforeTheFirstRestriction() throws Exception {
        String restricted = writer.restrict(RECORDING, LocalDate.of(2030, 12, 31));

        String again = writer.restrict(restricted, LocalDate.of(2032, 12, 31));
        writer.lift(again);

        assertThat(bbb.recording("rec-jana-0001").orElseThrow().published()).isTrue();
    }

    @Test
    void aRecordingRestrictedWhileUnpublishedIsErasedByItsRestrictedReference() throws Exception {
        String restricted = writer.restrict("recordings/rec-jana-0002", LocalDate.of(2030, 12, 31));

        writer.erase(restricted);

        assertThat(bbb.recording("rec-jana-0002")).isEmpty();
        assertThat(rows("select count(*) from recordings where record_id = 'rec-jana-0002'")).isZero();
    }

    @Test
    void restrictingARecordingRoutineRetentionAlreadyDeletedSucceedsWithNothingToUnpublish() throws Exception {
        writer.deleteRecording("rec-jana-0001");

        String restricted = writer.restrict(RECORDING, null);

        assertThat(restricted).isEqualTo(RECORDING);
        assertThat(writer.lift(restricted)).isEqualTo(RECORDING);
        assertThat(bbb.recording("rec-jana-0001")).isEmpty();
    }

    @Test
    void aRecordingStillProcessingIsRestrictedLaterNotMarkedAsUnpublishedNow() {
        bbb.addRecording(new BbbApiSimulator.SimulatedRecording("rec-jana-0001", "meeting-jana-1", "Kundengespräch",
                false, null, null, 3, "processing"));

        assertThatThrownBy(() -> writer.restrict(RECORDING, null)).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void anAccountWhoseRecordingIsSparedInItsRestrictedFormIsNotErased() {
        assertThatThrownBy(() -> writer.erase(JANA, Set.of(RECORDING + "?published=false")))
                .isInstanceOf(ErasureBlockedException.class).hasMessageContaining("rec-jana-0001");
    }

    @Test
    void herRoomIsRestrictedInThePlanGreenlightHavingNoMarkForARoomAndAskedAgainItSucceedsAgain() throws Exception {
        // a restriction request restricts every located record: her room was retried for minutes as a store error
        String room = "rooms/" + JANA_ROOM_ID;

        assertThat(writer.restrict(room, null)).isEqualTo(room);
        assertThat(writer.restrict(room, null)).isEqualTo(room);
        assertThat(writer.lift(room)).isEqualTo(room);
        assertThat(rows("select count(*) from rooms where id = '" + JANA_ROOM_ID + "'")).isOne();
    }

    @Test
    void herAccountOffersItsNameAndEmailForRectificationAndARecordingNothing() throws Exception {
        assertThat(writer.rectifiableFields(JANA)).containsOnlyKeys("name", "email");
        assertThat(writer.rectifiableFields("rooms/" + JANA_ROOM_ID)).containsOnlyKeys("name");
        assertThat(writer.rectifiableFields(RECORDING)).isEmpty();
    }

    @Test
    void aCorrectedNameAndEmailAreWrittenToHerGreenlightAccountAndReadBackAsTheProof() throws Exception {
        writer.rectify(JANA, java.util.Map.of("name", "Jana Neumann", "email", "jana.neumann@example.org"));

        assertThat(writer.rectifiableFields(JANA)).containsEntry("name", "Jana Neumann")
                .containsEntry("email", "jana.neumann@example.org");
        assertThat(rows("select count(*) from users where id = '" + JANA_ID + "' and name = 'Jana Neumann'"
                + " and email = 'jana.neumann@example.org'")).isOne();
    }

    @Test
    void anEmailAnotherAccountHasIsRefusedForGoodAndNothingIsWritten() throws Exception {
        // Greenlight's unique index on (email, provider): Lukas Müller's address cannot become Jana's
        assertThatThrownBy(() -> writer.rectify(JANA,
                java.util.Map.of("name", "Jana Neumann", "email", "lukas.mueller@example.com")))
                .isInstanceOf(de.thwien.dsr.connectors.spi.StoreRefusedException.class)
                .hasMessageContaining("constraint");

        assertThat(rows("select count(*) from users where id = '" + JANA_ID + "' and name = 'Jana Becker'"
                + " and email = 'Jana.Becker@example.net'")).isOne();
    }

    @Test
    void herRestrictedAccountIsRectifiedUnderItsRestrictedReference() throws Exception {
        String restricted = writer.restrict(JANA, LocalDate.of(2030, 12, 31));

        writer.rectify(restricted, java.util.Map.of("name", "Jana Neumann"));

        assertThat(writer.rectifiableFields(JANA)).containsEntry("name", "Jana Neumann");
        assertThat(reader.export(JANA).fields()).containsEntry("status", 2);
    }

    @Test
    void aRoomsNameIsRectifiedAndARecordingIsRefused() throws Exception {
        writer.rectify("rooms/" + JANA_ROOM_ID, java.util.Map.of("name", "Raum Jana Neumann"));

        assertThat(writer.rectifiableFields("rooms/" + JANA_ROOM_ID)).containsEntry("name", "Raum Jana Neumann");
        assertThatThrownBy(() -> writer.rectify(RECORDING, java.util.Map.of("name", "x")))
                .isInstanceOf(de.thwien.dsr.connectors.spi.StoreRefusedException.class)
                .hasMessageContaining("recording");
    }

    @Test
    void restrictingAnAccountBansItWithGreenlightsIntegerStatus() throws Exception {
        // app/models/user.rb (Greenlight 3.8.1): enum :status, { active: 0, pending: 1, banned: 2 }
        writer.restrict(JANA, LocalDate.of(2030, 12, 31));

        assertThat(reader.export(JANA).fields()).containsEntry("status", 2);
    }

    @Test
    void liftingGivesAPendingAccountItsPendingStatusBackNotActive() throws Exception {
        TestInfra.execute(schema, "update users set status = 1 where id = '" + JANA_ID + "'");

        String restricted = writer.restrict(JANA, LocalDate.of(2030, 12, 31));
        assertThat(reader.export(restricted).fields()).containsEntry("status", 2);
        String lifted = writer.lift(restricted);

        assertThat(lifted).isEqualTo(JANA);
        assertThat(reader.export(JANA).fields()).containsEntry("status", 1);
    }

    @Test
    void restrictingARestrictedAccountAgainKeepsTheStatusFromBeforeTheFirstRestriction() throws Exception {
        String restricted = writer.restrict(JANA, LocalDate.of(2030, 12, 31));

        String again = writer.restrict(restricted, LocalDate.of(2032, 12, 31));
        writer.lift(again);

        assertThat(reader.export(JANA).fields()).containsEntry("status", 0);
    }

    @Test
    void aRestrictedAccountIsErasedLaterUnderItsRestrictedReference() throws Exception {
        String restricted = writer.restrict(JANA, LocalDate.of(2030, 12, 31));

        writer.erase(restricted);

        assertThat(reader.export(restricted).fields()).isEmpty();
        assertThat(rows("select count(*) from users where id = '" + JANA_ID + "'")).isZero();
    }

    @Test
    void erasingAnAccountDeletesHerRoomsAndEverythingPointingAtThemInForeignKeyOrder() throws Exception {
        writer.erase(JANA);

        assertThat(rows("select count(*) from users where id = '" + JANA_ID + "'")).isZero();
        assertThat(rows("select count(*) from rooms where user_id = '" + JANA_ID + "'")).isZero();
        assertThat(rows("select count(*) from recordings where record_id like 'rec-jana-%'")).isZero();
        assertThat(rows("select count(*) from formats where url like '%rec-jana-%'")).isZero();
        assertThat(rows("select count(*) from room_meeting_options where room_id = '" + JANA_ROOM_ID + "'")).isZero();
        // her access to Lukas's room and Lukas's access to hers
        assertThat(rows("select count(*) from shared_accesses")).isZero();
        // avatar and presentation: attachment rows and blobs (file names)
        assertThat(rows("select count(*) from active_storage_attachments")).isZero();
        assertThat(rows("select count(*) from active_storage_blobs")).isZero();
        assertThat(bbb.recording("rec-jana-0001")).isEmpty();
        assertThat(bbb.recording("rec-jana-0002")).isEmpty();
        // Lukas keeps his room, recording and its formats
        assertThat(rows("select count(*) from rooms where meeting_id = 'meeting-lukas-1'")).isOne();
        assertThat(rows("select count(*) from formats where url like '%rec-lukas-0001'")).isOne();
        assertThat(bbb.recording("rec-lukas-0001")).isPresent();
    }

    @Test
    void erasingARoomAlsoDeletesTheRecordingsBbbHoldsForItsMeetingThatGreenlightHasNoRowForYet() throws Exception {
        // finished after Greenlight's last RecordingsSync: found by the room's meeting id (rooms.meeting_id)
        bbb.addRecording(new BbbApiSimulator.SimulatedRecording("rec-jana-0003", "meeting-jana-1", "Nachtrag", true,
                null, null, 2, "published"));

        assertThat(writer.erase("rooms/" + JANA_ROOM_ID).operatorTasks()).extracting(OperatorTask::instruction)
                .contains("bbb-record --delete rec-jana-0003");

        assertThat(bbb.recording("rec-jana-0003")).isEmpty();
        assertThat(bbb.recording("rec-lukas-0001")).isPresent();
    }

    @Test
    void anAccountWhoseRoomHoldsARecordingSparedOnItsOwnIsNotErasedAndTheRecordingStays() throws Exception {
        // the recording's own plan item restricts or keeps it: the account's cascade must not delete it
        assertThatThrownBy(() -> writer.erase(JANA, Set.of(RECORDING))).isInstanceOf(ErasureBlockedException.class)
                .hasMessageContaining("rec-jana-0001");
        assertThatThrownBy(() -> writer.erase("rooms/" + JANA_ROOM_ID, Set.of(RECORDING)))
                .isInstanceOf(ErasureBlockedException.class);

        assertThat(bbb.recording("rec-jana-0001")).isPresent();
        assertThat(bbb.recording("rec-jana-0002")).isPresent();
        assertThat(rows("select count(*) from recordings where record_id = 'rec-jana-0001'")).isOne();
        assertThat(rows("select count(*) from users where id = '" + JANA_ID + "'")).isOne();
    }

    @Test
    void erasingARoomDeletesOtherUsersSharesOfItItsOptionsPresentationAndRecordings() throws Exception {
        writer.erase("rooms/" + JANA_ROOM_ID);

        assertThat(rows("select count(*) from rooms where id = '" + JANA_ROOM_ID + "'")).isZero();
        assertThat(rows("select count(*) from shared_accesses where room_id = '" + JANA_ROOM_ID + "'")).isZero();
        assertThat(rows("select count(*) from room_meeting_options where room_id = '" + JANA_ROOM_ID + "'")).isZero();
        assertThat(rows("select count(*) from active_storage_attachments where name = 'presentation'")).isZero();
        assertThat(rows("select count(*) from recordings where record_id like 'rec-jana-%'")).isZero();
        // her avatar belongs to the account, not the room
        assertThat(rows("select count(*) from active_storage_attachments where name = 'avatar'")).isOne();
    }

    @Test
    void aRecordingIsReferencedByItsBbbRecordIdSoARowRecreatedByRecordingsSyncIsErasedToo() throws Exception {
        // Greenlight's RecordingsSync deletes a room's recording rows and creates them anew with new UUIDs
        TestInfra.execute(schema, "delete from formats where recording_id = '00000000-0000-0000-0000-0000000000c1';"
                + " delete from recordings where id = '00000000-0000-0000-0000-0000000000c1';"
                + " insert into recordings (room_id, name, record_id, created_at, updated_at, visibility, length,"
                + " participants, recorded_at) values ('" + JANA_ROOM_ID + "', 'Kundengespräch', 'rec-jana-0001',"
                + " now(), now(), 'Published', 42, 3, '2024-01-20 10:00:00')");

        writer.erase(RECORDING);

        assertThat(rows("select count(*) from recordings where record_id = 'rec-jana-0001'")).isZero();
        assertThat(bbb.recording("rec-jana-0001")).isEmpty();
    }

    @Test
    void aRecordingStillProcessingOnBbbIsNotErasedButRetriedLater() throws Exception {
        // a processing recording answers deleteRecordings with notFound and is published later
        bbb.addRecording(new BbbApiSimulator.SimulatedRecording("rec-jana-0001", "meeting-jana-1", "Kundengespräch",
                false, null, null, 3, "processing"));

        assertThatThrownBy(() -> writer.erase(RECORDING)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("processing");
        assertThat(rows("select count(*) from recordings where record_id = 'rec-jana-0001'")).isOne();
    }

    @Test
    void aRecordingBbbDoesNotKnowInAnyStateIsARefusalNotReportedErased() throws Exception {
        TestInfra.execute(schema, "update recordings set record_id = 'rec-unknown-0001' where record_id = 'rec-jana-0001'");

        assertThatThrownBy(() -> writer.erase("recordings/rec-unknown-0001")).isInstanceOf(ErasureBlockedException.class);
        assertThat(rows("select count(*) from recordings where record_id = 'rec-unknown-0001'")).isOne();
    }

    @Test
    void routineRetentionOfARecordingAlreadyDeletedOnBbbFinishesInsteadOfStallingOnNotFound() throws Exception {
        new BbbClient(bbb.apiUrl(), SECRET, BbbChecksum.SHA256, Duration.ofSeconds(5))
                .deleteRecordings(List.of("rec-jana-0001"));

        assertThat(writer.deleteRecording("rec-jana-0001")).containsExactly(RECORDING);
        assertThat(writer.recordingRows("rec-jana-0001")).isEmpty();
    }

    private String visibility(String recordId) throws Exception {
        try (Connection connection = TestInfra.dataSource(schema).getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select visibility from recordings where record_id = '"
                        + recordId + "'")) {
            result.next();
            return result.getString(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = TestInfra.dataSource(schema).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long rows(String countQuery) throws Exception {
        try (Connection connection = TestInfra.dataSource(schema).getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(countQuery)) {
            result.next();
            return result.getLong(1);
        }
    }
}
