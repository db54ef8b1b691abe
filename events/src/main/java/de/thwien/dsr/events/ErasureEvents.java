package de.thwien.dsr.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Events on {@link Topics#ERASURE}, produced by erasure-service. */
public final class ErasureEvents {

    private ErasureEvents() {
    }

    public enum PlannedAction { ERASE, RESTRICT, KEEP }

    /**
     * What will happen to one finding; references name our stores, not the person.
     * {@code retentionStart} is the finding's date that starts its retention (the mail's, the invoice's ...),
     * null where unknown; with store and category it lets a notice describe the record without its reference.
     */
    public record PlanItem(
            String store,
            String reference,
            String retentionCategory,
            PlannedAction action,
            LocalDate holdUntil,
            String legalBasis,
            String reason,
            boolean needsApproval,
            LocalDate retentionStart) {
    }

    public record ErasurePlanned(
            String caseId,
            List<PlanItem> items) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /** {@code retentionStart}: the record's date, as in {@link PlanItem}. */
    public record ErasedRecord(String store, String reference, String retentionCategory, Instant erasedAt,
            LocalDate retentionStart) {
    }

    /** Processing that goes on after a consent withdrawal, on another legal basis (Art. 7(3), 17(1)(b)). */
    public record ContinuingProcessing(String purpose, String legalBasis) {
    }

    /**
     * The execution of a case's erasure plan has finished. It is the one event the erasure
     * confirmation is written from, so it repeats what was restricted (with basis and date) and
     * what is kept, even when nothing could be erased ({@code records} empty).
     * {@code recipientsInformed} are told under Art. 19.
     */
    public record RecordsErased(
            String caseId,
            RequestType requestType,
            String language,
            List<ErasedRecord> records,
            List<RestrictedRecord> restricted,
            List<PlanItem> kept,
            List<ContinuingProcessing> continuing,
            List<String> recipientsInformed,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /** {@code retentionStart}: the record's date, as in {@link PlanItem}. */
    public record RestrictedRecord(
            String store,
            String reference,
            String retentionCategory,
            String legalBasis,
            LocalDate holdUntil,
            LocalDate erasableFrom,
            LocalDate retentionStart) {
    }

    public record RecordsRestricted(
            String caseId,
            String language,
            List<RestrictedRecord> records,
            List<String> recipientsInformed,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    public record RestrictionLifted(
            String caseId,
            String store,
            String reference,
            String reason,
            Instant liftedAt) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }
}
