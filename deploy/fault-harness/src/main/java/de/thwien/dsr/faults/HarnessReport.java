package de.thwien.dsr.faults;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a run. {@code lost}: something accepted that never had its effect (a request without a
 * case, a notice that never arrived, a plan item never executed, an event in a dead-letter topic);
 * {@code duplicated}: an effect that happened more than once (a second copy of a notice, a record erased
 * twice, a second case for one request); {@code stuck}: work that did not finish (a case not in its final
 * state, an unpublished outbox row, consumer lag).
 */
public record HarnessReport(int requests, int kills, int restarts, long lost, long duplicated, long stuck,
        Duration duration, List<String> findings) {

    public boolean clean() {
        return lost == 0 && duplicated == 0 && stuck == 0;
    }

    /** The table as printed (and pasted into the README). */
    public String table() {
        String header = "| requests | kills | restarts | lost | duplicated | stuck | duration |";
        String line = "|---:|---:|---:|---:|---:|---:|---:|";
        String row = String.format("| %d | %d | %d | %d | %d | %d | %d min %02d s |", requests, kills, restarts, lost,
                duplicated, stuck, duration.toMinutes(), duration.toSecondsPart());
        StringBuilder text = new StringBuilder(header).append('\n').append(line).append('\n').append(row).append('\n');
        findings.forEach(finding -> text.append("  - ").append(finding).append('\n'));
        return text.toString();
    }
}
