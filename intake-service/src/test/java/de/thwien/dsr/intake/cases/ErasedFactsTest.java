package de.thwien.dsr.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.RequestType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The erasure's timeline entry keeps, besides the counts, the third parties' records she was only removed from. */
class ErasedFactsTest {

    private static ErasureEvents.ErasedRecord record(String store) {
        return new ErasureEvents.ErasedRecord(store, store + "/1", "general-correspondence",
                Instant.parse("2026-03-05T10:00:00Z"), null);
    }

    @Test
    void mentionsRemovedFromThirdPartiesRecordsAreCountedWithTheirStores() {
        ErasureEvents.RecordsErased erased = new ErasureEvents.RecordsErased("c", RequestType.ERASURE, "de",
                List.of(record("crm")), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                List.of(record("mail"), record("mail")));

        assertThat(ServiceEventConsumer.erasedFacts(erased)).containsEntry("erased", "1")
                .containsEntry("mentionsRemoved", "2").containsEntry("mentionStores", "mail")
                .containsEntry("also", "mentionsRemoved");
    }

    @Test
    void anErasureWithoutMentionsRemovedSaysNothingOfThem() {
        ErasureEvents.RecordsErased erased = new ErasureEvents.RecordsErased("c", RequestType.ERASURE, "de",
                List.of(record("crm")), List.of(), List.of(), List.of(), List.of(), null);

        assertThat(ServiceEventConsumer.erasedFacts(erased)).doesNotContainKeys("mentionsRemoved", "also");
    }
}
