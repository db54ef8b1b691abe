package de.thwien.dsr.connectors.spi;

import java.util.Objects;

/**
 * Where an incremental crawl stopped. Opaque to the caller, who only keeps it between crawls;
 * each store defines its own text (highest keys per table, UIDVALIDITY and last UID per folder …).
 */
public record CrawlCursor(String value) {

    /** Crawl everything. */
    public static final CrawlCursor START = new CrawlCursor("");

    public CrawlCursor {
        Objects.requireNonNull(value, "value");
    }

    public boolean isStart() {
        return value.isEmpty();
    }
}
