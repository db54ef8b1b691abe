package de.thwien.dsr.connectors.conference;

import java.time.Instant;

/** A recording as BigBlueButton's getRecordings reports it. */
public record BbbRecording(String recordId, String meetingId, String name, boolean published, String state,
        Instant startTime, Instant endTime, int participants, String playbackUrl) {
}
