package de.thwien.dsr.intake.requests;

import java.util.UUID;

/** The answer to a submitted request: the case and the requester's status link. */
public record RequestAccepted(UUID caseId, String statusUrl) {
}
