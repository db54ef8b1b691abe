package de.thwien.dsr.erasure.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only a record still to be decided waits on its store's current values; a decided one keeps no stale store error. */
class RectificationItemTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void anUndecidedRecordAwaitsADecision() {
        assertThat(open().awaitsDecision()).isTrue();
    }

    @Test
    void aRecordDecidedAsNoChangeOrStatementNoLongerAwaitsADecision() {
        RectificationItem unchanged = open();
        unchanged.noChange("sealed-reason", "assistant", NOW);
        RectificationItem explained = open();
        explained.supplement("sealed-statement", "assistant", NOW);

        assertThat(unchanged.awaitsDecision()).isFalse();
        assertThat(explained.awaitsDecision()).isFalse();
    }

    @Test
    void aCorrectedAndWrittenRecordNoLongerAwaitsADecisionNorKeepsAnError() {
        RectificationItem item = open();
        item.correct(List.of("street"), "sealed-values", "assistant", NOW);
        item.notWritten("crm did not answer");
        item.written("street as corrected", NOW);

        assertThat(item.awaitsDecision()).isFalse();
        assertThat(item.lastError).isNull();
        assertThat(item.awaitsWriting()).isFalse();
    }

    private static RectificationItem open() {
        RectificationItem item = new RectificationItem();
        item.decision = RectificationItem.Decision.OPEN;
        item.execution = RectificationItem.Execution.NONE;
        return item;
    }
}
