package de.thwien.dsr.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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

    /**
     * The Art. 15 copy is ready behind a time-limited link. What the answer has to say about the search travels
     * with it, as store ids and counts only: {@code storesSearched} the stores that were searched,
     * {@code storesUnavailable} those that could not be (the answer names them and promises a follow-up),
     * {@code recordsPerStore} how many records of each searched store the copy holds (0 for none: a copy with no
     * record at all and no store unavailable means "we process no data about you"). {@code storesSearchedAgain} is
     * set on the follow-up: the stores that were unavailable for the first answer and have now been searched; the
     * copy behind the link is then rebuilt from all stores. {@code categoriesPerStore} holds the retention categories
     * ({@link RetentionCategory} ids) of the records the copy holds, per store: the answer states the purposes of
     * processing that cover them (Art. 15(1)(a), (c)). {@code storesFromThirdParty}: the stores of the copy's records
     * that came from a third party naming her (name matches the assistant confirmed), so that the answer names a third
     * party as a source (Art. 15(1)(g)) only for them. All six are null in events written before they existed: older
     * events still decode, and their answer reads as before (every purpose; every source of the records found).
     */
    public record AccessPackageReady(
            String caseId,
            String language,
            String packageUrl,
            Instant expiresAt,
            Person personal,
            List<String> storesSearched,
            List<String> storesUnavailable,
            Map<String, Integer> recordsPerStore,
            List<String> storesSearchedAgain,
            Map<String, List<String>> categoriesPerStore,
            List<String> storesFromThirdParty) implements EventData {

        /** A package announced without the stores of third parties' records (before the field existed). */
        public AccessPackageReady(String caseId, String language, String packageUrl, Instant expiresAt,
                Person personal, List<String> storesSearched, List<String> storesUnavailable,
                Map<String, Integer> recordsPerStore, List<String> storesSearchedAgain,
                Map<String, List<String>> categoriesPerStore) {
            this(caseId, language, packageUrl, expiresAt, personal, storesSearched, storesUnavailable, recordsPerStore,
                    storesSearchedAgain, categoriesPerStore, null);
        }

        /** A package announced without the categories found (as events were written before the field existed). */
        public AccessPackageReady(String caseId, String language, String packageUrl, Instant expiresAt,
                Person personal, List<String> storesSearched, List<String> storesUnavailable,
                Map<String, Integer> recordsPerStore, List<String> storesSearchedAgain) {
            this(caseId, language, packageUrl, expiresAt, personal, storesSearched, storesUnavailable, recordsPerStore,
                    storesSearchedAgain, null, null);
        }

        /** A package announced without what was searched (as events were written before the fields existed). */
        public AccessPackageReady(String caseId, String language, String packageUrl, Instant expiresAt,
                Person personal) {
            this(caseId, language, packageUrl, expiresAt, personal, null, null, null, null, null, null);
        }

        /** Whether this announces the follow-up after stores unavailable for the first answer were searched. */
        public boolean followUp() {
            return storesSearchedAgain != null && !storesSearchedAgain.isEmpty();
        }

        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * The Art. 20 export of a PORTABILITY case is ready behind a time-limited link: the records she provided that are
     * processed on consent or contract, as JSON and CSV. {@code recordsPerStore}: how many records of each searched
     * store the export holds (0 for none); {@code storesUnavailable}: stores that could not be searched (store ids).
     */
    public record PortabilityPackageReady(
            String caseId,
            String language,
            String packageUrl,
            Instant expiresAt,
            Person personal,
            List<String> storesSearched,
            List<String> storesUnavailable,
            Map<String, Integer> recordsPerStore) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * A locate of an ACCESS case found records that match by name only (WEAK findings): the answer waits until the
     * assistant has decided for each whether it is the requester's ({@code matches} of them are open). Mails of the copy
     * that also hold other people's data (Art. 15(4)) wait the same way and count among {@code matches}. Store ids and
     * counts only: the records themselves stay in subject-index.
     */
    public record NameMatchesAwaitingReview(
            String caseId,
            int matches) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * The assistant decided one name match of a case: {@code decision} {@code CONFIRMED} (the record is hers and joins
     * the copy) or {@code REJECTED} with {@code reasonCode} (an {@link ErasureEvents.ReasonCode} name, e.g.
     * {@code NOT_THE_REQUESTER}: left out of the copy and the answer); on a mail with other people's data (Art. 15(4))
     * {@code REDACT} (in the copy blacked out, without its .eml) or {@code INCLUDE}. {@code open} is how many of the case
     * still wait; at 0 the package is built and {@code access.package.ready} follows.
     */
    public record NameMatchDecided(
            String caseId,
            String store,
            String decision,
            String reasonCode,
            String decidedBy,
            Instant decidedAt,
            int open) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * The locate retries of a case ran out while stores were still unavailable: {@code storesNotSearched} (store ids)
     * were never searched for it, after {@code attempts} retries. An access answer promised a follow-up about them
     * that will not come: the requester is told so, and the assistant searches them by hand. Announced once, in the
     * transaction that ends the retries.
     */
    public record StoresNotSearched(
            String caseId,
            RequestType requestType,
            String language,
            List<String> storesNotSearched,
            int attempts,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * A sender not seen before appeared in the mail crawl (Art. 13 notice due). {@code language}: the language the
     * sender wrote in ("de", "en"); {@code automatic}: a machine sent the mail (mailing list, bulk, auto-reply: no
     * notice), null in an event written before it was known.
     */
    public record ContactFirstSeen(
            String contactId,
            String language,
            Instant firstSeenAt,
            Person personal,
            Boolean automatic) implements EventData {

        /** An event without the sender's kind, as written before {@code automatic} (read as not known). */
        public ContactFirstSeen(String contactId, String language, Instant firstSeenAt, Person personal) {
            this(contactId, language, firstSeenAt, personal, null);
        }

        @Override
        public String subjectId() {
            return contactId;
        }
    }
}
