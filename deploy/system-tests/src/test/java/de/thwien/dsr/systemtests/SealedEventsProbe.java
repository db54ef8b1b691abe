package de.thwien.dsr.systemtests;

import de.thwien.dsr.platform.codec.CloudEventHeaders;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.platform.crypto.DataKey;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.crypto.KeyWrap;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.infra.EmbeddedInfra;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.crypto.SecretKey;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Opens the sealed personal block of a raw Kafka record the way the services do: the case's data key from the
 * keyring table, unwrapped with the master key of the local profile.
 */
final class SealedEventsProbe {

    /** The demo master key of the local profile (events' META-INF/microprofile-config.properties). */
    private static final String LOCAL_MASTER_KEY = "ZGVtby1rZXlyaW5nLW1hc3Rlci1rZXktbm90LXByb2Q=";

    private final EmbeddedInfra infra;
    private final EventCodec codec = new EventCodec();
    private final SecretKey masterKey = KeyWrap.masterKey(LOCAL_MASTER_KEY);

    SealedEventsProbe(EmbeddedInfra infra) {
        this.infra = infra;
    }

    EventEnvelope open(ConsumerRecord<String, String> record) {
        Map<String, String> headers = SealedEvents.headersOf(record);
        CloudEventHeaders.Attributes attributes = CloudEventHeaders.read(headers);
        return codec.decode(headers, record.value(), keyOf(KeyScopes.of(attributes.type(), attributes.subject())));
    }

    private DataKey keyOf(String scope) {
        try (Connection connection = DriverManager.getConnection(infra.postgresJdbcUrl(), infra.postgresUsername(),
                infra.postgresPassword());
             PreparedStatement statement = connection.prepareStatement(
                     "select wrapped_key from keyring.data_key where scope = ?")) {
            statement.setString(1, scope);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return new DataKey.Unknown(scope);
                }
                String wrapped = row.getString(1);
                return wrapped == null ? new DataKey.Destroyed(scope)
                        : new DataKey.Active(scope, KeyWrap.unwrap(masterKey, wrapped, scope));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
