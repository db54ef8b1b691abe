package de.thwien.dsr.localstack.demo;

import de.thwien.dsr.localstack.demo.DemoData.ConferenceUser;
import de.thwien.dsr.localstack.demo.DemoData.Recording;
import de.thwien.dsr.localstack.demo.DemoData.Room;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;

/** Inserts Greenlight's users, rooms and recordings into the current search_path. */
final class DemoGreenlight {

    private DemoGreenlight() {
    }

    static void load(Connection connection, DemoData data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into users (id, name, email, provider,"
                + " language, created_at, updated_at, verified, status) values (?, ?, ?, 'greenlight', ?, ?, ?, true, 0)")) {
            for (ConferenceUser user : data.conferenceUsers()) {
                insert.setObject(1, user.id());
                insert.setString(2, user.name());
                insert.setString(3, user.email());
                insert.setString(4, user.language());
                insert.setTimestamp(5, Timestamp.valueOf(user.createdAt()));
                insert.setTimestamp(6, Timestamp.valueOf(user.createdAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into rooms (id, user_id, name,"
                + " friendly_id, meeting_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (Room room : data.rooms()) {
                insert.setObject(1, room.id());
                insert.setObject(2, room.userId());
                insert.setString(3, room.name());
                insert.setString(4, room.friendlyId());
                insert.setString(5, room.meetingId());
                insert.setTimestamp(6, Timestamp.valueOf(room.createdAt()));
                insert.setTimestamp(7, Timestamp.valueOf(room.createdAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into recordings (id, room_id, name,"
                + " record_id, visibility, length, participants, recorded_at, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Recording recording : data.recordings()) {
                Timestamp at = Timestamp.valueOf(recording.startedAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
                insert.setObject(1, recording.id());
                insert.setObject(2, recording.roomId());
                insert.setString(3, recording.name());
                insert.setString(4, recording.recordId());
                insert.setString(5, recording.published() ? "Published" : "Unpublished");
                insert.setInt(6, recording.minutes());
                insert.setInt(7, recording.participants());
                insert.setTimestamp(8, at);
                insert.setTimestamp(9, at);
                insert.setTimestamp(10, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
