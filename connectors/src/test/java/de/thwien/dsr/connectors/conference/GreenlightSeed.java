package de.thwien.dsr.connectors.conference;

import de.thwien.dsr.infra.bbb.BbbApiSimulator;
import de.thwien.dsr.infra.bbb.BbbApiSimulator.SimulatedRecording;

import java.time.Instant;
import java.util.List;

/** The BBB side of conference/greenlight/seed.sql: the recordings its rows point at. */
final class GreenlightSeed {

    static final List<SimulatedRecording> RECORDINGS = List.of(
            new SimulatedRecording("rec-jana-0001", "meeting-jana-1", "Kundengespräch", true,
                    Instant.parse("2024-01-20T09:00:00Z"), Instant.parse("2024-01-20T09:42:00Z"), 3),
            new SimulatedRecording("rec-jana-0002", "meeting-jana-1", "Nachbesprechung", false,
                    Instant.parse("2024-01-22T14:00:00Z"), Instant.parse("2024-01-22T14:12:00Z"), 2),
            new SimulatedRecording("rec-lukas-0001", "meeting-lukas-1", "Team", true,
                    Instant.parse("2024-02-10T13:00:00Z"), Instant.parse("2024-02-10T13:30:00Z"), 5));

    private GreenlightSeed() {
    }

    static void into(BbbApiSimulator simulator) {
        RECORDINGS.forEach(simulator::addRecording);
    }
}
