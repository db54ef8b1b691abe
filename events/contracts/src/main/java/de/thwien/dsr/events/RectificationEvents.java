package de.thwien.dsr.events;

import java.time.Instant;
import java.util.List;

/**
 * Art. 16 rectification on {@link Topics#ERASURE}, produced by erasure-service (the one service that changes stores).
 * What was corrected, what needed no change and what cannot be changed travels without personal data in
 * {@link RecordsRectified#records()}; the corrected values, the assistant's reasons and the supplementary statements
 * are personal data and travel only in the sealed {@code personal} block.
 */
public final class RectificationEvents {

    private RectificationEvents() {
    }

    /** What became of one located record. */
    public enum Outcome {
        /** The store took the corrected values; reading the record again showed them. */
        CORRECTED,
        /** The assistant checked the record and found it correct, for the reason she gave. */
        NO_CHANGE_NEEDED,
        /**
         * The store cannot change the record (a mail as it was received, a recording); a supplementary statement
         * (Art. 16 sentence 2) is kept with the case where the assistant wrote one.
         */
        CANNOT_BE_CHANGED
    }

    /**
     * One located record: {@code fields} names the corrected fields (name, email, street …), empty for the other
     * outcomes; {@code decidedAt}: when it was corrected or decided; {@code retentionCategory} and
     * {@code retentionStart} as its finding said, so a notice describes it and the recipient register finds whom it
     * concerns.
     */
    public record RectifiedRecord(String store, String reference, String retentionCategory,
            java.time.LocalDate retentionStart, Outcome outcome, List<String> fields, Instant decidedAt) {

        public RectifiedRecord {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /** A corrected value as the store holds it now. */
    public record CorrectedValue(String store, String reference, String field, String value) {
    }

    /** The assistant's words on one record: why no change was needed, or the supplementary statement kept with it. */
    public record Explanation(String store, String reference, String text) {
    }

    /** The personal block: the requester, the new values, the reasons and the supplementary statements. */
    public record Rectification(Person person, List<CorrectedValue> corrected, List<Explanation> noChangeReasons,
            List<Explanation> statements) {

        public Rectification {
            corrected = corrected == null ? List.of() : List.copyOf(corrected);
            noChangeReasons = noChangeReasons == null ? List.of() : List.copyOf(noChangeReasons);
            statements = statements == null ? List.of() : List.copyOf(statements);
        }
    }

    /**
     * The rectification of a case is finished: the one event its notice is written from. {@code storeNames}: the
     * plain-language names of the stores its records are in, as their types declare them ({@link StoreName}), so the
     * notice never shows a store's id; empty in events written before it existed.
     */
    public record RecordsRectified(String caseId, String language, List<RectifiedRecord> records,
            Rectification personal, List<StoreName> storeNames) implements EventData {

        public RecordsRectified {
            records = records == null ? List.of() : List.copyOf(records);
            storeNames = storeNames == null ? List.of() : List.copyOf(storeNames);
        }

        /** A rectification without the stores' names (as events were before they carried them). */
        public RecordsRectified(String caseId, String language, List<RectifiedRecord> records,
                Rectification personal) {
            this(caseId, language, records, personal, List.of());
        }

        /** The same rectification, naming its stores as their types declare them. */
        public RecordsRectified withStoreNames(List<StoreName> names) {
            return new RecordsRectified(caseId, language, records, personal, names);
        }

        @Override
        public String subjectId() {
            return caseId;
        }
    }
}
