package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.conference.BbbApiException;
import de.thwien.dsr.connectors.conference.BbbChecksum;
import de.thwien.dsr.connectors.conference.BbbClient;
import de.thwien.dsr.connectors.conference.ConferenceReader;
import de.thwien.dsr.connectors.conference.ConferenceWriter;
import de.thwien.dsr.connectors.conference.GreenlightTenants;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.sql.SqlErasureProof;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.events.StoreId;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The conference server: Greenlight's database (a mapped SQL store) and the BigBlueButton API holding the
 * recordings, for one or several Greenlight tenants. Its recordings are deleted on the routine retention schedule;
 * it offers its {@link GreenlightTenants} for that.
 */
public final class ConferenceStoreType implements StoreType {

    @Override
    public String id() {
        return StoreId.CONFERENCE.id();
    }

    @Override
    public Set<StoreCapability> capabilities() {
        return EnumSet.of(StoreCapability.READ, StoreCapability.ERASE, StoreCapability.RESTRICT,
                StoreCapability.LIFT, StoreCapability.RECTIFY, StoreCapability.ROUTINE_RETENTION);
    }

    @Override
    public String displayName(Locale language) {
        return StoreId.CONFERENCE.displayName(language);
    }

    @Override
    public Optional<ConnectedStore> connect(StoreSettings settings, StoreFeatures others) {
        return settings.conference().map(conference -> {
            SqlMapping mapping = SqlConnections.mapping(conference);
            DataSource dataSource = SqlConnections.dataSource(conference);
            GreenlightTenants served = tenants(conference);
            ConferenceWriter.OperatorWork operatorWork = new ConferenceWriter.OperatorWork(
                    everyBbbPurgesDeletedRecordings(conference),
                    conference.storageRoot().orElse(ConferenceWriter.GREENLIGHT_STORAGE_ROOT));
            return new ConnectedStore(this, () -> ConferenceReader.open(mapping, dataSource, served),
                    () -> ConferenceWriter.open(mapping, dataSource, served, operatorWork), () -> {
                        SqlConnections.selectOne(mapping.store(), dataSource);
                        bbbAnswers(mapping.store(), served);
                    })
                    .named(mapping.store()).provingErasureBy(new SqlErasureProof(mapping)).offering(served);
        });
    }

    private static void bbbAnswers(String store, GreenlightTenants tenants) throws StoreUnavailableException {
        try {
            tenants.checkReachable();
        } catch (BbbApiException e) {
            throw new StoreUnavailableException(store, e.getMessage(), e);
        }
    }

    /** The configured provider with {@code bbb} first, then the {@code tenants} in name order. */
    private static GreenlightTenants tenants(StoreSettings.Conference conference) {
        Map<String, BbbClient> bbbByProvider = new LinkedHashMap<>();
        bbbByProvider.put(conference.provider().orElse(GreenlightTenants.SINGLE_TENANT_PROVIDER),
                bbbClient(conference.bbb()));
        new TreeMap<>(conference.tenants()).forEach((provider, bbb) -> bbbByProvider.put(provider, bbbClient(bbb)));
        return new GreenlightTenants(bbbByProvider);
    }

    /** An operator task per deleted recording unless every provider's BBB server purges them itself. */
    private static boolean everyBbbPurgesDeletedRecordings(StoreSettings.Conference conference) {
        return conference.bbb().purgesDeletedRecordings().orElse(false) && conference.tenants().values().stream()
                .allMatch(bbb -> bbb.purgesDeletedRecordings().orElse(false));
    }

    private static BbbClient bbbClient(StoreSettings.Bbb bbb) {
        return new BbbClient(bbb.url(), bbb.secret(), bbb.checksum().orElse(BbbChecksum.SHA256),
                bbb.timeout().orElse(Duration.ofSeconds(10)));
    }
}
