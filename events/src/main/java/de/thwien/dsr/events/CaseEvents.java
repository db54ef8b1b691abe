package de.thwien.dsr.events;

import java.time.Instant;
import java.time.LocalDate;

/** Events on {@link Topics#CASES}, produced by intake-service. */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** How a request reached us. */
    public enum Channel { WEB_FORM, EMAIL }

    /** A new case was opened; the clock of Art. 12(3) runs from {@code receivedAt}. */
    public record RequestReceived(
            String caseId,
            RequestType requestType,
            String language,
            Channel channel,
            Instant receivedAt,
            LocalDate receivedOn,
            LocalDate dueOn,
            LocalDate extendedDueOn,
            String statusUrl,
            String originalMessageId,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /** How an identity was confirmed (Art. 12(6)). */
    public enum VerificationMethod { EMAIL_LINK, MANUAL }

    public record IdentityVerified(
            String caseId,
            RequestType requestType,
            String language,
            VerificationMethod method,
            Instant verifiedAt,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /** The period was extended by two months with reasons (Art. 12(3) sentence 2–3). */
    public record DeadlineExtended(
            String caseId,
            String language,
            LocalDate previousDueOn,
            LocalDate extendedDueOn,
            String reasons,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /** The controller does not act on the request (Art. 12(4)/(5)). */
    public record RequestRejected(
            String caseId,
            String language,
            String reasons,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    public record CaseClosed(
            String caseId,
            String outcome,
            Instant closedAt) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }
}
