package de.thwien.dsr.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FastTimingsTest {

    @Test
    void aRunsOwnValueReplacesTheSharedOneAndAddsToTheRest() {
        Map<String, String> configuration = FastTimings.with(Map.of(
                "dsr.index.crawl-every", "30s",
                "dsr.notifier.stale-claim", "PT45S"));

        assertThat(configuration)
                .containsEntry("dsr.index.crawl-every", "30s")
                .containsEntry("dsr.notifier.stale-claim", "PT45S")
                .containsEntry("dsr.mailbox.poll-interval", "1s")
                .hasSize(FastTimings.CONFIGURATION.size() + 1);
    }
}
