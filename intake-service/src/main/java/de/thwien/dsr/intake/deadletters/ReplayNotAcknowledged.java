package de.thwien.dsr.intake.deadletters;

/**
 * Kafka did not acknowledge a replayed record: not a refusal of the request but an outage, so the edge answers 503
 * and the dead letter stays open for a later replay.
 */
public class ReplayNotAcknowledged extends RuntimeException {

    ReplayNotAcknowledged() {
        super("The record could not be published (Kafka did not acknowledge it); it stays open.", null, false, false);
    }
}
