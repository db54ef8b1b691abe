package de.thwien.dsr.localstack.demo;

import de.thwien.dsr.localstack.demo.DemoData.ConferenceFile;
import de.thwien.dsr.localstack.demo.DemoData.ConferenceUser;
import de.thwien.dsr.localstack.demo.DemoData.Recording;
import de.thwien.dsr.localstack.demo.DemoData.Room;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;

/** Inserts Greenlight's users, rooms, recordings and ActiveStorage files into the current search_path. */
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
        // the blob row names the file on the Disk service by its key; the content is not in the database
        try (PreparedStatement insert = connection.prepareStatement("insert into active_storage_blobs (id, key,"
                + " filename, content_type, metadata, service_name, byte_size, checksum, created_at)"
                + " values (?, ?, ?, ?, '{\"identified\":true,\"analyzed\":true}', ?, ?, ?, ?)")) {
            for (ConferenceFile file : data.conferenceFiles()) {
                insert.setObject(1, file.blobId());
                insert.setString(2, file.key());
                insert.setString(3, file.filename());
                insert.setString(4, file.contentType());
                insert.setString(5, file.serviceName());
                insert.setInt(6, file.byteSize());
                insert.setString(7, file.checksum());
                insert.setTimestamp(8, Timestamp.valueOf(file.createdAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into active_storage_attachments (id,"
                + " name, record_type, record_id, blob_id, created_at) values (?, ?, ?, ?, ?, ?)")) {
            for (ConferenceFile file : data.conferenceFiles()) {
                insert.setObject(1, file.attachmentId());
                insert.setString(2, file.name());
                insert.setString(3, file.recordType());
                insert.setObject(4, file.recordId());
                insert.setObject(5, file.blobId());
                insert.setTimestamp(6, Timestamp.valueOf(file.createdAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
