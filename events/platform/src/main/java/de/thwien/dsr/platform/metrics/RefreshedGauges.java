package de.thwien.dsr.platform.metrics;

import io.smallrye.mutiny.Uni;

/**
 * Gauges whose values come from the database. {@link GaugeRefresher} asks every such bean on a schedule and the
 * gauges keep the values of the last refresh, so a scrape of {@code /q/metrics} reads memory and never waits for a
 * query (nor blocks an event loop).
 */
public interface RefreshedGauges {

    /** Queries the database and sets the gauges; runs on an event loop, so only non-blocking queries. */
    Uni<Void> refresh();
}
