package de.thwien.dsr.intake.cases;

import de.thwien.dsr.platform.keyring.ClearRowsSealing;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Seals at start-up the case rows written before the case file was sealed at rest (migration V5), so no address,
 * name or message stays in clear; until a row is sealed {@link CasePersonalData#open} reads its plaintext.
 */
@Singleton
public class PlaintextCaseSealing extends ClearRowsSealing<UUID> {

    private final CasePersonalData personalData;

    public PlaintextCaseSealing(CasePersonalData personalData) {
        super("select id from dsr_case where not personal_data_sealed order by id", UUID.class, "case row");
        this.personalData = personalData;
    }

    void onStart(@Observes StartupEvent started) {
        sealAtStart();
    }

    @Override
    protected Uni<Void> seal(UUID id) {
        return CaseWorkflow.locked(id).chain(personalData::sealPlaintext);
    }
}
