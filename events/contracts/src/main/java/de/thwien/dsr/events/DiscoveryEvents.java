package de.thwien.dsr.events;

import java.time.Instant;
import java.util.List;

/** Events on {@link Topics#DISCOVERY}, produced by subject-index-service. */
public final class DiscoveryEvents {

    private DiscoveryEvents() {
    }

    /** The person's records found across all stores; findings are personal data too. */
    public record SubjectLocated(
            String caseId,
            RequestType requestType,
            String language,
            List<String> storesSearched,
            List<String> storesUnavailable,
            Located personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    public record Located(Person person, List<Finding> findings) {
    }

    /** The Art. 15 copy is ready behind a time-limited link. */
    public record AccessPackageReady(
            String caseId,
            String language,
            String packageUrl,
            Instant expiresAt,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /** A sender not seen before appeared in the mail crawl (Art. 13 notice due). */
    public record ContactFirstSeen(
            String contactId,
            String language,
            Instant firstSeenAt,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return contactId;
        }
    }
}
