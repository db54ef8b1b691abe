package de.thwien.dsr.faults;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a run. {@code lost}: something accepted that never had its effect (a request without a
 * case, a notice that never arrived, a plan item never executed, an event in a dead-letter topic);
 * {@code duplicated}: an effect that happened more than once (a second copy of a notice, a record erased
 * twice, a second case for one request); {@code stuck}: work that did not finish (a case not in its final
 * state, an unpublished outbox row, consumer lag, a deferred erasure due and not done).
 * {@code faults}: what was injected, as counted by the scenario (kills, restarts, outages, clock jumps);
 * {@code timeToSettle}: from the end of the last fault until everything was final.
 */
public record HarnessReport(String scenario, int requests, int faults, int kills, int restarts, long lost,
        long duplicated, long stuck, Duration timeToSettle, Duration duration, List<String> findings) {

    static final String HEADER = "| scenario | requests | faults injected | lost | duplicated | stuck | time to settle"
            + " | duration |\n|---|---:|---:|---:|---:|---:|---:|---:|\n";

    public boolean clean() {
        return lost == 0 && duplicated == 0 && stuck == 0;
    }

    /** The table row as printed (and pasted into the README). */
    public String row() {
        return String.format("| %s | %d | %d | %d | %d | %d | %s | %s |", scenario, requests, faults, lost,
                duplicated, stuck, minutes(timeToSettle), minutes(duration));
    }

    /** Header, row and one line per finding. */
    public String table() {
        StringBuilder text = new StringBuilder(HEADER).append(row()).append('\n');
        findings.forEach(finding -> text.append("  - ").append(finding).append('\n'));
        return text.toString();
    }

    private static String minutes(Duration duration) {
        return String.format("%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
    }
}
