package de.thwien.dsr.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final AtomicLong nanos = new AtomicLong();

    private TerminalProgress progress(String phase, long total, String unit) {
        return new TerminalProgress(phase, total, unit, new PrintStream(terminal, true, StandardCharsets.UTF_8),
                nanos::get);
    }

    private String[] lines() {
        return terminal.toString(StandardCharsets.UTF_8).lines().toArray(String[]::new);
    }

    @Test
    void aPhaseWithAKnownTotalPrintsEveryTenthAndItsEnd() {
        TerminalProgress loading = progress("loading mails", 1_000, "mails");

        for (int i = 0; i < 1_000; i++) {
            nanos.addAndGet(1_000_000); // a millisecond a mail
            loading.step();
        }
        loading.finish();

        assertThat(lines()).hasSize(10).startsWith("loading mails: 10 % (100 of 1,000 mails) after 0 s")
                .endsWith("loading mails: done, 100 % (1,000 of 1,000 mails) after 1 s");
    }

    @Test
    void aPhaseWithoutKnownTotalPrintsEveryFiveSeconds() {
        TerminalProgress crawl = progress("CRM crawl", 0, "records");

        for (int i = 0; i < 12_000; i++) {
            nanos.addAndGet(1_000_000);
            crawl.step();
        }

        assertThat(lines()).containsExactly("CRM crawl: 5,000 records after 5 s", "CRM crawl: 10,000 records after 10 s");
    }
}
