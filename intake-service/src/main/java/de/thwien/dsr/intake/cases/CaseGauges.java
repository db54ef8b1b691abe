package de.thwien.dsr.intake.cases;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.platform.metrics.GaugeTable;
import de.thwien.dsr.platform.metrics.RefreshedGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases as gauges (README, "Metrics"): open cases by status and type, open cases overdue and due within
 * {@value DeadlineWatch#DUE_SOON_DAYS} days (the days of {@link DeadlineWatch}, in German time), and verifications
 * pending and expired. Refreshed by the platform's refresher, never on a scrape.
 */
@ApplicationScoped
public class CaseGauges implements RefreshedGauges {

    private static final List<String> NO_LABELS = List.of();
    private static final String[] OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
            .map(Enum::name).toArray(String[]::new);

    private final Pool pool;
    private final Clock clock;
    private final GaugeTable open;
    private final GaugeTable overdue;
    private final GaugeTable dueSoon;
    private final GaugeTable verificationsPending;
    private final GaugeTable verificationsExpired;

    public CaseGauges(Pool pool, Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.clock = clock;
        this.open = GaugeTable.counts(registry, "dsr.cases.open", "Open cases (not answered, rejected or closed)",
                "status", "type");
        for (String status : OPEN) {
            for (RequestType type : RequestType.values()) {
                open.expect(List.of(status, type.name()));
            }
        }
        this.overdue = GaugeTable.counts(registry, "dsr.cases.overdue", "Open cases past their current due date")
                .expect(NO_LABELS);
        this.dueSoon = GaugeTable.counts(registry, "dsr.cases.due.within.7.days",
                "Open cases due today or within the next 7 days").expect(NO_LABELS);
        this.verificationsPending = GaugeTable.counts(registry, "dsr.verifications.pending",
                "Cases waiting for the requester to confirm the verification link").expect(NO_LABELS);
        this.verificationsExpired = GaugeTable.counts(registry, "dsr.verifications.expired",
                "Cases whose verification link expired unconfirmed (the assistant decides)").expect(NO_LABELS);
    }

    @Override
    public Uni<Void> refresh() {
        LocalDate today = clock.instant().atZone(DeadlineCalculator.BERLIN).toLocalDate();
        Uni<Void> byStatus = pool.preparedQuery("select status, request_type, count(*) from dsr_case"
                        + " where status = any($1) group by status, request_type")
                .execute(Tuple.tuple().addArrayOfString(OPEN))
                .invoke(rows -> {
                    Map<List<String>, Long> counts = new HashMap<>();
                    for (Row row : rows) {
                        counts.put(List.of(row.getString(0), row.getString(1)), row.getLong(2));
                    }
                    open.replace(counts);
                })
                .replaceWithVoid();
        Uni<Void> deadlines = pool.preparedQuery("select"
                        + " count(*) filter (where current_due_on < $2),"
                        + " count(*) filter (where current_due_on >= $2 and current_due_on <= $3),"
                        + " count(*) filter (where status = $4),"
                        + " count(*) filter (where status = $5)"
                        + " from dsr_case where status = any($1)")
                .execute(Tuple.tuple().addArrayOfString(OPEN).addLocalDate(today)
                        .addLocalDate(today.plusDays(DeadlineWatch.DUE_SOON_DAYS))
                        .addString(CaseStatus.AWAITING_VERIFICATION.name())
                        .addString(CaseStatus.VERIFICATION_EXPIRED.name()))
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    overdue.replace(Map.of(NO_LABELS, row.getLong(0)));
                    dueSoon.replace(Map.of(NO_LABELS, row.getLong(1)));
                    verificationsPending.replace(Map.of(NO_LABELS, row.getLong(2)));
                    verificationsExpired.replace(Map.of(NO_LABELS, row.getLong(3)));
                })
                .replaceWithVoid();
        return byStatus.chain(() -> deadlines);
    }
}
