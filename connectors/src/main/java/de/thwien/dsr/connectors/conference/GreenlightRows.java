package de.thwien.dsr.connectors.conference;

import de.thwien.dsr.connectors.spi.StoreUnavailableException;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * The Greenlight 3.8 rows that the mapping alone cannot handle: deleting a user, a room or a recording together
 * with every row that points at it, in foreign-key order, as Greenlight's own {@code dependent: :destroy} does
 * (its foreign keys have no cascade): formats, room meeting options, shared accesses (also other users' shares
 * of her rooms), the ActiveStorage attachments avatar and presentation with their blobs, recordings, rooms,
 * user. One transaction per deletion. And the integer {@code users.status} (active 0, pending 1, banned 2).
 * The SQL names only tables and columns of the reference schema (conference/greenlight/schema.sql).
 */
final class GreenlightRows {

    static final int BANNED = 2;

    private final DataSource dataSource;
    private final String schema;
    private final String store;

    GreenlightRows(DataSource dataSource, String schema, String store) {
        this.dataSource = dataSource;
        this.schema = '"' + schema.replace("\"", "\"\"") + '"';
        this.store = store;
    }

    /** The BBB record ids of the recordings in the user's rooms. */
    List<String> recordIdsOfUser(UUID user) throws StoreUnavailableException {
        return recordIds("select id from " + schema + ".rooms where user_id = ?", user);
    }

    /** The BBB meeting ids of the user's rooms ({@code rooms.meeting_id}). */
    List<String> meetingIdsOfUser(UUID user) throws StoreUnavailableException {
        return strings("select meeting_id from " + schema + ".rooms where user_id = ? order by meeting_id", user);
    }

    /** The ids of the accounts of this provider with this address (any case). */
    List<UUID> usersOfAddress(String email, String provider) throws StoreUnavailableException {
        List<UUID> users = new ArrayList<>();
        for (String id : strings("select cast(id as text) from " + schema + ".users where lower(email) = lower(?)"
                + " and provider = ? order by id", email, provider)) {
            users.add(UUID.fromString(id));
        }
        return users;
    }

    /** The providers of the accounts with this address (any case). */
    List<String> providersOfAddress(String email) throws StoreUnavailableException {
        return strings("select distinct provider from " + schema + ".users where lower(email) = lower(?)"
                + " order by provider", email);
    }

    /**
     * The Greenlight provider (tenant) a row belongs to: a user's or an invitation's own {@code provider}, a room's,
     * recording's or share's through its user. Empty when the row is gone or has no owner.
     */
    Optional<String> providerOf(String reference) throws StoreUnavailableException {
        int slash = reference.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String key = AccountReference.plain(reference).substring(slash + 1);
        String sql = switch (reference.substring(0, slash)) {
            case "users" -> "select provider from " + schema + ".users where cast(id as text) = ?";
            case "invitations" -> "select provider from " + schema + ".invitations where cast(id as text) = ?";
            case "rooms" -> "select u.provider from " + schema + ".rooms r join " + schema
                    + ".users u on u.id = r.user_id where cast(r.id as text) = ?";
            case "shared_accesses" -> "select u.provider from " + schema + ".shared_accesses s join " + schema
                    + ".users u on u.id = s.user_id where cast(s.id as text) = ?";
            case "recordings" -> "select u.provider from " + schema + ".recordings c join " + schema
                    + ".rooms r on r.id = c.room_id join " + schema + ".users u on u.id = r.user_id"
                    + " where c.record_id = ? order by c.created_at desc";
            default -> null;
        };
        if (sql == null) {
            return Optional.empty();
        }
        return strings(sql, key).stream().findFirst();
    }

    /**
     * The references ({@code users/<id>}, {@code invitations/<id>}) of the rows of providers not in {@code served}:
     * what a crawl of a multi-tenant database leaves out.
     */
    Set<String> accountsOfOtherProviders(Set<String> served) throws StoreUnavailableException {
        Set<String> references = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select 'users/' || id from " + schema
                        + ".users where provider <> all(?) union all select 'invitations/' || id from " + schema
                        + ".invitations where provider <> all(?)")) {
            Array providers = connection.createArrayOf("varchar", served.toArray());
            query.setArray(1, providers);
            query.setArray(2, providers);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
            }
            return references;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** The BBB meeting id of the room. */
    List<String> meetingIdsOfRoom(UUID room) throws StoreUnavailableException {
        return strings("select meeting_id from " + schema + ".rooms where id = ?", room);
    }

    /** The BBB record ids of the recordings in the room. */
    List<String> recordIdsOfRoom(UUID room) throws StoreUnavailableException {
        return recordIds("select id from " + schema + ".rooms where id = ?", room);
    }

    /**
     * An ActiveStorage file whose blob row was deleted: the file itself stays in the storage service until the
     * operator deletes it. {@code service} is the blob's {@code service_name} (Greenlight's Disk service is "local").
     */
    record StoredFile(String service, String key) {
    }

    /** Deletes the user and everything of hers; returns the stored files whose blobs went with her. */
    List<StoredFile> deleteUser(UUID user) throws StoreUnavailableException {
        List<StoredFile> files = new ArrayList<>();
        inTransaction(connection -> {
            String rooms = "select id from " + schema + ".rooms where user_id = ?";
            files.addAll(deleteRoomsAndDependents(connection, rooms, user));
            update(connection, "delete from " + schema + ".shared_accesses where user_id = ?", user);
            files.addAll(deleteAttachments(connection, "User", "avatar", "select ?::uuid", user));
            update(connection, "delete from " + schema + ".users where id = ?", user);
        });
        return files;
    }

    /** Deletes the room and everything pointing at it; returns the stored files whose blobs went with it. */
    List<StoredFile> deleteRoom(UUID room) throws StoreUnavailableException {
        List<StoredFile> files = new ArrayList<>();
        inTransaction(connection -> files.addAll(deleteRoomsAndDependents(connection,
                "select id from " + schema + ".rooms where id = ?", room)));
        return files;
    }

    /** The stored files {@link #deleteUser} would leave, read without deleting anything. */
    List<StoredFile> filesOfUser(UUID user) throws StoreUnavailableException {
        return filesOf("({t}.record_type = 'User' and {t}.name = 'avatar' and {t}.record_id = ?)"
                + " or ({t}.record_type = 'Room' and {t}.name = 'presentation' and {t}.record_id in (select id from "
                + schema + ".rooms where user_id = ?))", user, 2);
    }

    /** The stored files {@link #deleteRoom} would leave, read without deleting anything. */
    List<StoredFile> filesOfRoom(UUID room) throws StoreUnavailableException {
        return filesOf("({t}.record_type = 'Room' and {t}.name = 'presentation' and {t}.record_id = ?)", room, 1);
    }

    /**
     * The blobs of the attachments that {@code attachments} selects (a condition on the table alias {@code {t}} with
     * {@code parameters} times the owner) that no other attachment uses: those {@link #deleteAttachments} deletes.
     */
    private List<StoredFile> filesOf(String attachments, UUID owner, int parameters) throws StoreUnavailableException {
        String sql = "select distinct b.service_name, b.key from " + schema + ".active_storage_blobs b join " + schema
                + ".active_storage_attachments a on a.blob_id = b.id where (" + attachments.replace("{t}", "a")
                + ") and not exists (select 1 from " + schema + ".active_storage_attachments o where o.blob_id = b.id"
                + " and not (" + attachments.replace("{t}", "o") + ")) order by b.key";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 1; i <= 2 * parameters; i++) {
                query.setObject(i, owner);
            }
            List<StoredFile> files = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    files.add(new StoredFile(rows.getString(1), rows.getString(2)));
                }
            }
            return files;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Every row of the recording (after a RecordingsSync there may be a new one) and its formats. */
    void deleteRecording(String recordId) throws StoreUnavailableException {
        inTransaction(connection -> {
            update(connection, "delete from " + schema + ".formats where recording_id in (select id from " + schema
                    + ".recordings where record_id = ?)", recordId);
            update(connection, "delete from " + schema + ".recordings where record_id = ?", recordId);
        });
    }

    /** The user's status; empty when the user does not exist (a NULL status is Rails' default 0). */
    OptionalInt status(UUID user) throws StoreUnavailableException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select coalesce(status, 0) from " + schema + ".users where id = ?")) {
            query.setObject(1, user);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? OptionalInt.of(row.getInt(1)) : OptionalInt.empty();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /**
     * What Greenlight shows for the BBB recording {@code recordId} ({@code recordings.visibility}: Published,
     * Unpublished, Public, Protected, Public/Protected); empty when it has no row for it (not synced yet).
     */
    Optional<String> visibility(String recordId) throws StoreUnavailableException {
        return strings("select visibility from " + schema + ".recordings where record_id = ? order by id", recordId)
                .stream().findFirst();
    }

    /**
     * Sets what Greenlight shows for the recording, as its own visibility change does after telling BBB: Greenlight
     * lists its column, not BBB's state, so a recording unpublished through the BBB API alone still shows "Published".
     */
    void setVisibility(String recordId, String visibility) throws StoreUnavailableException {
        inTransaction(connection -> update(connection, "update " + schema + ".recordings set visibility = ?,"
                + " updated_at = now() where record_id = ?", visibility, recordId));
    }

    void setStatus(UUID user, int status) throws StoreUnavailableException {
        inTransaction(connection -> update(connection,
                "update " + schema + ".users set status = ?, updated_at = now() where id = ?", status, user));
    }

    private List<StoredFile> deleteRoomsAndDependents(Connection connection, String rooms, UUID owner)
            throws SQLException {
        String recordings = "select id from " + schema + ".recordings where room_id in (" + rooms + ")";
        update(connection, "delete from " + schema + ".formats where recording_id in (" + recordings + ")", owner);
        update(connection, "delete from " + schema + ".room_meeting_options where room_id in (" + rooms + ")", owner);
        update(connection, "delete from " + schema + ".shared_accesses where room_id in (" + rooms + ")", owner);
        List<StoredFile> files = deleteAttachments(connection, "Room", "presentation", rooms, owner);
        update(connection, "delete from " + schema + ".recordings where room_id in (" + rooms + ")", owner);
        update(connection, "delete from " + schema + ".rooms where id in (" + rooms + ")", owner);
        return files;
    }

    /**
     * The attachments and then their blobs (and the blobs' variant records), unless another attachment uses one;
     * returns the files of the blobs deleted.
     */
    private List<StoredFile> deleteAttachments(Connection connection, String recordType, String name, String records, UUID owner)
            throws SQLException {
        List<Object> blobs = new ArrayList<>();
        try (PreparedStatement delete = connection.prepareStatement("delete from " + schema
                + ".active_storage_attachments where record_type = ? and name = ? and record_id in (" + records
                + ") returning blob_id")) {
            delete.setString(1, recordType);
            delete.setString(2, name);
            delete.setObject(3, owner);
            try (ResultSet deleted = delete.executeQuery()) {
                while (deleted.next()) {
                    blobs.add(deleted.getObject(1));
                }
            }
        }
        if (blobs.isEmpty()) {
            return List.of();
        }
        Array ids = connection.createArrayOf("uuid", blobs.toArray());
        String unused = " and not exists (select 1 from " + schema + ".active_storage_attachments a where a.blob_id = ";
        update(connection, "delete from " + schema + ".active_storage_variant_records v where v.blob_id = any(?)"
                + unused + "v.blob_id)", ids);
        List<StoredFile> files = new ArrayList<>();
        try (PreparedStatement delete = connection.prepareStatement("delete from " + schema
                + ".active_storage_blobs b where b.id = any(?)" + unused + "b.id) returning service_name, key")) {
            delete.setArray(1, ids);
            try (ResultSet deleted = delete.executeQuery()) {
                while (deleted.next()) {
                    files.add(new StoredFile(deleted.getString(1), deleted.getString(2)));
                }
            }
        }
        return files;
    }

    private List<String> recordIds(String rooms, Object owner) throws StoreUnavailableException {
        return strings("select distinct record_id from " + schema + ".recordings where room_id in (" + rooms
                + ") order by record_id", owner);
    }

    private List<String> strings(String sql, Object... parameters) throws StoreUnavailableException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<String> recordIds = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    recordIds.add(rows.getString(1));
                }
            }
            return recordIds;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) throws StoreUnavailableException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private StoreUnavailableException unavailable(SQLException e) {
        // SQL state only: driver messages can quote row values
        return new StoreUnavailableException(store, "database error (SQL state " + e.getSQLState() + ")", e);
    }
}
