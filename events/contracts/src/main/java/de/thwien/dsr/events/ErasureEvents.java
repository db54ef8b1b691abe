package de.thwien.dsr.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Events on {@link Topics#ERASURE}, produced by erasure-service. */
public final class ErasureEvents {

    private ErasureEvents() {
    }

    /**
     * {@code REDACT}: only the requester's mention is removed from a third party's record (a mail that names her), the
     * record itself stays; chosen by the assistant for a name-only match instead of erasing the whole record.
     */
    public enum PlannedAction { ERASE, RESTRICT, KEEP, REDACT }

    /**
     * Work on a store that software cannot do and the operator must (the exact command or path is on the dashboard,
     * never in an event): what is still to be done after a record's erasure.
     */
    public enum OperatorTaskKind {
        /** BigBlueButton keeps a deleted recording's raw media on disk until {@code bbb-record --delete <id>}. */
        PURGE_RECORDING_MEDIA,
        /** A file of the store (Greenlight's ActiveStorage, Odoo's filestore) whose database row is gone. */
        DELETE_STORED_FILE
    }

    /** An operator task still open after the erasure of the record {@code reference} of {@code store}. */
    public record OpenOperatorTask(String store, String reference, OperatorTaskKind kind) {
    }

    /**
     * Why an item is erased, restricted or kept as it is: a stable code, so a notice can word the reason in its
     * own language ({@link PlanItem#reason()} stays the erasure-service's English words for the assistant).
     */
    public enum ReasonCode {
        /** No retention hold: erased. */
        NO_HOLD,
        /** A statutory retention hold: restricted (Art. 17(3)(b), 18 GDPR) until it ends. */
        RETENTION_HOLD,
        /** Customer master data restricted until the last hold of the person's other records ends. */
        MASTER_DATA_WHILE_HELD,
        /** The record matches by name only; the assistant checks whether it is the person's. */
        WEAK_MATCH_AWAITING_REVIEW,
        /** The store could not be searched; its records are handled when it is reachable again. */
        STORE_UNAVAILABLE,
        /** A store that was unavailable has been searched again; its records became items of their own. */
        STORE_SEARCHED_AGAIN,
        /** The record's retention category is not in the deletion concept; the assistant classifies it. */
        UNKNOWN_CATEGORY,
        /** On a consent withdrawal: the record is processed on another legal basis, which continues. */
        NOT_PROCESSED_ON_CONSENT,
        /** The assistant approved the deletion concept's action after review. */
        APPROVED,
        /**
         * The assistant declined the proposed action after review, for the reasons in {@link PlanItem#reason()}
         * (her words, told to the requester: Art. 12(4) GDPR).
         */
        DECLINED,
        /** Declined: the record concerns another person (e.g. the same name); it is not the requester's data. */
        NOT_THE_REQUESTER,
        /**
         * Declined: the record is needed for legal claims (Art. 17(3)(e) GDPR); {@link PlanItem#reason()} says which.
         */
        LEGAL_CLAIMS,
        /** The assistant extended the hold beyond its computed end (§147(3) AO: assessment period still open). */
        PINNED_HOLD,
        /** Erased after its retention hold ended. */
        ERASED_AFTER_HOLD,
        /**
         * Restricted because she asked for restriction (Art. 18(1) GDPR): no end date, it lasts until it is lifted
         * (after the Art. 18(3) notice), for 18(1)(a) until the accuracy check is finished.
         */
        RESTRICTION_REQUESTED,
        /**
         * The record is a third party's that names the requester: the assistant had only her mention removed (her name
         * and address replaced), the record stays its author's.
         */
        MENTION_REMOVED,
        /**
         * On an objection (Art. 21(1) GDPR): the record is processed on a legitimate interest for a purpose on which
         * the assistant decides (stop, or continue on compelling grounds); waits for her decision.
         */
        OBJECTION_AWAITING_DECISION,
        /**
         * On an objection: the assistant stopped the processing of the record's purpose; the record is erased, or
         * restricted where a retention hold applies.
         */
        OBJECTION_UPHELD,
        /**
         * On an objection: processing of the record's purpose continues on compelling legitimate grounds (Art. 21(1)
         * GDPR), which {@link PlanItem#reason()} gives in the assistant's words; the requester is told them with her
         * right to complain and to a judicial remedy.
         */
        COMPELLING_GROUNDS,
        /**
         * On an objection: the record is not processed on a legitimate interest (Art. 6(1)(f)) but on another basis
         * (contract, legal obligation, consent), to which the right to object does not apply; it continues.
         */
        NOT_PROCESSED_ON_LEGITIMATE_INTEREST,
        /**
         * On a restriction under Art. 18(1)(c) GDPR, whose premise is that we no longer need the data: a record of the
         * relationship itself (customer master data, a conference account) waits for the assistant, who approves its
         * restriction if the relationship has ended or declines it in her words if we still need it (then it stays in
         * use and the answer says why, with her right to complain and to a judicial remedy).
         */
        RESTRICTION_PREMISE_CHECK,
        /**
         * On a consent withdrawal or an objection, which do not reach the contract: a record of the relationship itself
         * (customer master data, a conference account) serves the contract only while it runs, so the assistant
         * confirms that: approved, the relationship has ended and the record goes as on an erasure request (erased,
         * or master data restricted until the last record a law makes us keep about her is erased); declined in her
         * words, it runs and the record continues ({@link #RELATIONSHIP_CONTINUES}).
         */
        RELATIONSHIP_CHECK,
        /**
         * The assistant confirmed that the relationship still runs: the record goes on serving the contract (Art.
         * 6(1)(b) GDPR), with no end date while it runs; {@link PlanItem#reason()} gives her words.
         */
        RELATIONSHIP_CONTINUES
    }

    /** The legal bases of Art. 6(1) GDPR, as stable codes for the basis on which processing continues. */
    public enum ProcessingBasis {
        /** Art. 6(1)(a). */
        CONSENT('a'),
        /** Art. 6(1)(b). */
        CONTRACT('b'),
        /** Art. 6(1)(c). */
        LEGAL_OBLIGATION('c'),
        /** Art. 6(1)(d). */
        VITAL_INTERESTS('d'),
        /** Art. 6(1)(e). */
        PUBLIC_TASK('e'),
        /** Art. 6(1)(f). */
        LEGITIMATE_INTERESTS('f');

        // "6(1)(b)", "6 (1) (b)", "6 Abs. 1 lit. b", "6 Abs. 1 S. 1 lit. b"
        private static final Pattern ARTICLE_6_1 = Pattern.compile(
                "\\b6\\s*(?:\\(1\\)|Abs\\.\\s*1(?:\\s*(?:S\\.|Satz)\\s*1)?)\\s*(?:\\(([a-f])\\)|lit\\.\\s*([a-f])\\b)");

        private final char letter;

        ProcessingBasis(char letter) {
            this.letter = letter;
        }

        public char letter() {
            return letter;
        }

        /**
         * The Art. 6(1) bases of a record: those its store states, and the legal obligation (c) while a law requires
         * us to keep it, whatever the store stated (LEGAL.md §3: the basis for keeping a record under a hold is
         * Art. 17(3)(b) with Art. 6(1)(c)). A business letter of the CRM, which states only the contract it was
         * written for, is kept under the same obligation as a business letter in a mailbox. The one rule for the basis
         * of a held record: erasure-service's plan items and continuing processing carry it, notices word it, the
         * access copy names it. In the order of Art. 6(1).
         *
         * @param statedBasis the finding's legal basis as its store states it (may be null)
         * @param heldByLaw   a statutory hold keeps the record ({@link RetentionCategory#heldByLaw()}, or master data
         *                    kept while such a hold runs)
         */
        public static List<ProcessingBasis> ofRecord(String statedBasis, boolean heldByLaw) {
            Set<ProcessingBasis> bases = EnumSet.noneOf(ProcessingBasis.class);
            bases.addAll(namedIn(statedBasis));
            if (heldByLaw) {
                bases.add(LEGAL_OBLIGATION);
            }
            return List.copyOf(bases);
        }

        /** The Art. 6(1) bases a legal-basis text names, in order and once each; empty for none or null. */
        public static List<ProcessingBasis> namedIn(String legalBasis) {
            if (legalBasis == null) {
                return List.of();
            }
            Set<ProcessingBasis> named = new LinkedHashSet<>();
            Matcher matcher = ARTICLE_6_1.matcher(legalBasis);
            while (matcher.find()) {
                char found = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).charAt(0);
                for (ProcessingBasis basis : values()) {
                    if (basis.letter == found) {
                        named.add(basis);
                    }
                }
            }
            return List.copyOf(named);
        }

        /** The bases as the API and audit name them, e.g. "Art. 6(1)(b), (f) GDPR"; null for none. */
        public static String cited(List<ProcessingBasis> bases) {
            if (bases.isEmpty()) {
                return null;
            }
            StringBuilder letters = new StringBuilder();
            for (int i = 0; i < bases.size(); i++) {
                letters.append(i == 0 ? "" : ", ").append('(').append(bases.get(i).letter).append(')');
            }
            return String.format("Art. 6(1)%s GDPR", letters);
        }
    }

    /**
     * What will happen to one finding; references name our stores, not the person.
     * {@code retentionStart} is the finding's date that starts its retention (the mail's, the invoice's ...),
     * null where unknown; with store and category it lets a notice describe the record without its reference.
     * {@code reasonCode} is {@code reason} as a code, {@code processingBases} the Art. 6(1) bases the record is
     * processed on (its finding's), so a notice words both in its language; both are null in events written
     * before they existed.
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
            LocalDate retentionStart,
            ReasonCode reasonCode,
            List<ProcessingBasis> processingBases) {
    }

    public record ErasurePlanned(
            String caseId,
            List<PlanItem> items) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * {@code retentionStart}: the record's date, as in {@link PlanItem}. {@code storagePeriodEnded}: on a consent
     * withdrawal, a record processed on another basis than consent, erased because its storage period had ended
     * (Art. 17(1)(a), 5(1)(e) GDPR), not because of the withdrawal; false otherwise and in events written before it
     * existed.
     */
    public record ErasedRecord(String store, String reference, String retentionCategory, Instant erasedAt,
            LocalDate retentionStart, boolean storagePeriodEnded) {

        /** A record erased because of the request itself. */
        public ErasedRecord(String store, String reference, String retentionCategory, Instant erasedAt,
                LocalDate retentionStart) {
            this(store, reference, retentionCategory, erasedAt, retentionStart, false);
        }
    }

    /**
     * Processing that goes on after a consent withdrawal, on another legal basis (Art. 7(3), 17(1)(b)).
     * {@code purpose} and {@code legalBasis} are the erasure-service's words; {@code purposeId} (the retention
     * category of the records processed for it) and {@code bases} say the same as codes, so a notice words them
     * in its language. Both are null in events written before they existed.
     */
    public record ContinuingProcessing(String purpose, String legalBasis, String purposeId,
            List<ProcessingBasis> bases) {
    }

    /**
     * The execution of a case's erasure plan has finished. It is the one event the erasure
     * confirmation is written from, so it repeats what was restricted (with basis and date) and
     * what is kept, even when nothing could be erased ({@code records} empty).
     * {@code recipientsInformed} is no longer written (empty): notifier-service's recipient register decides who is
     * told under Art. 19 and records it; the field stays so that events of older and newer services still decode.
     * {@code operatorTasks}: what the operator still has to do by hand after the erasures (empty when nothing, and in
     * events written before it existed), so the confirmation says honestly what is not finished yet.
     * {@code mentionsRemoved}: third parties' records from which only her mention was removed ({@code erasedAt}: when),
     * the records themselves kept; empty when none, and in events written before it existed.
     * {@code storeNames}: the plain-language names of the stores these records are in, as their types declare them
     * ({@link StoreName}); empty in events written before it existed (the notice then words the stores it knows).
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
            Person personal,
            List<OpenOperatorTask> operatorTasks,
            List<ErasedRecord> mentionsRemoved,
            RestrictionGround restrictionGround,
            List<StoreName> storeNames) implements EventData {

        public RecordsErased {
            operatorTasks = operatorTasks == null ? List.of() : List.copyOf(operatorTasks);
            mentionsRemoved = mentionsRemoved == null ? List.of() : List.copyOf(mentionsRemoved);
            storeNames = storeNames == null ? List.of() : List.copyOf(storeNames);
        }

        /** Erasures without the stores' names (as events were before they carried them). */
        public RecordsErased(String caseId, RequestType requestType, String language, List<ErasedRecord> records,
                List<RestrictedRecord> restricted, List<PlanItem> kept, List<ContinuingProcessing> continuing,
                List<String> recipientsInformed, Person personal, List<OpenOperatorTask> operatorTasks,
                List<ErasedRecord> mentionsRemoved, RestrictionGround restrictionGround) {
            this(caseId, requestType, language, records, restricted, kept, continuing, recipientsInformed, personal,
                    operatorTasks, mentionsRemoved, restrictionGround, List.of());
        }

        /** The same confirmation, naming its stores as their types declare them. */
        public RecordsErased withStoreNames(List<StoreName> names) {
            return new RecordsErased(caseId, requestType, language, records, restricted, kept, continuing,
                    recipientsInformed, personal, operatorTasks, mentionsRemoved, restrictionGround, names);
        }

        /** Any case but a restriction request ({@code restrictionGround}: why she asked, null otherwise). */
        public RecordsErased(String caseId, RequestType requestType, String language, List<ErasedRecord> records,
                List<RestrictedRecord> restricted, List<PlanItem> kept, List<ContinuingProcessing> continuing,
                List<String> recipientsInformed, Person personal, List<OpenOperatorTask> operatorTasks,
                List<ErasedRecord> mentionsRemoved) {
            this(caseId, requestType, language, records, restricted, kept, continuing, recipientsInformed, personal,
                    operatorTasks, mentionsRemoved, null);
        }

        /** Erasures without a mention removed from a third party's record. */
        public RecordsErased(String caseId, RequestType requestType, String language, List<ErasedRecord> records,
                List<RestrictedRecord> restricted, List<PlanItem> kept, List<ContinuingProcessing> continuing,
                List<String> recipientsInformed, Person personal, List<OpenOperatorTask> operatorTasks) {
            this(caseId, requestType, language, records, restricted, kept, continuing, recipientsInformed, personal,
                    operatorTasks, List.of());
        }

        /** Erasures that left the operator nothing to do. */
        public RecordsErased(String caseId, RequestType requestType, String language, List<ErasedRecord> records,
                List<RestrictedRecord> restricted, List<PlanItem> kept, List<ContinuingProcessing> continuing,
                List<String> recipientsInformed, Person personal) {
            this(caseId, requestType, language, records, restricted, kept, continuing, recipientsInformed, personal,
                    List.of());
        }

        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * {@code retentionStart}: the record's date, as in {@link PlanItem}; {@code reasonCode}: why it is restricted
     * (e.g. {@link ReasonCode#PINNED_HOLD}), null in events written before it existed. {@code parts}: for a record
     * whose parts are held for different times (LEGAL.md §3: a mail's body and the invoice attached to it), what
     * happens to each part; empty when the record is one whole, and in events written before it existed.
     * {@code reference}: where the record is now. {@code referenceBefore}: where it was found, if restricting moved it
     * (a mail into the restricted folder gets a new UID), so the subject index can replace the old place by the new
     * one; null when it did not move, when the service does not know it, and in events written before it existed
     * (the index then finds the new place with its store's next full crawl).
     */
    public record RestrictedRecord(
            String store,
            String reference,
            String retentionCategory,
            String legalBasis,
            LocalDate holdUntil,
            LocalDate erasableFrom,
            LocalDate retentionStart,
            ReasonCode reasonCode,
            List<RestrictedPart> parts,
            String referenceBefore) {

        public RestrictedRecord {
            parts = parts == null ? List.of() : List.copyOf(parts);
            referenceBefore = reference != null && reference.equals(referenceBefore) ? null : referenceBefore;
        }

        /** A record restricted where it was found, or whose earlier place is not known. */
        public RestrictedRecord(String store, String reference, String retentionCategory, String legalBasis,
                LocalDate holdUntil, LocalDate erasableFrom, LocalDate retentionStart, ReasonCode reasonCode,
                List<RestrictedPart> parts) {
            this(store, reference, retentionCategory, legalBasis, holdUntil, erasableFrom, retentionStart, reasonCode,
                    parts, null);
        }

        /** Whether restricting moved the record away from where it was found. */
        public boolean moved() {
            return referenceBefore != null;
        }

        /** A record that is one whole. */
        public RestrictedRecord(String store, String reference, String retentionCategory, String legalBasis,
                LocalDate holdUntil, LocalDate erasableFrom, LocalDate retentionStart, ReasonCode reasonCode) {
            this(store, reference, retentionCategory, legalBasis, holdUntil, erasableFrom, retentionStart, reasonCode,
                    List.of());
        }
    }

    /**
     * One part of a restricted record with a hold of its own ({@link Finding.Part}).
     *
     * @param retentionCategory the part's retention category id ({@link RetentionCategory})
     * @param erasableFrom      the first day the part may be erased: the day its hold ends, or the day the plan was
     *                          made when the part has no hold (it is erased by the next deferred run)
     * @param erasedAt          when the part was erased, null while it is kept
     */
    public record RestrictedPart(Finding.PartKind kind, String retentionCategory, LocalDate erasableFrom,
            Instant erasedAt) {
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

    /**
     * The assistant lifts the restriction a requester asked for (Art. 18 GDPR): before anything changes in a store she
     * is told (Art. 18(3)); {@code records} are the records still restricted, {@code ground} why she asked,
     * {@code end} why the restriction ends, one of its ground's own reasons (null only in events written before it
     * existed, and on a case without a recorded ground). The lift itself follows the {@code notice.sent} of that
     * notice ({@code restriction.lifted} per record). On 18(1)(c) ended because she no longer needs the data for legal
     * claims ({@link RestrictionEnd#CLAIMS_NO_LONGER_NEEDED}) there is no lift back into use: each record is named as
     * the deletion concept has it, {@link ReasonCode#NO_HOLD} (no dates) to be erased after the notice (Art. 17(1)(a)),
     * or kept restricted under its hold ({@link ReasonCode#RETENTION_HOLD}, {@link ReasonCode#MASTER_DATA_WHILE_HELD}
     * ...) with its basis, last day and first day of erasure; the erasure confirmation follows as {@code records.erased}.
     *
     * @param accuracyCheck only in events written before {@code end} existed (the accuracy check's result on 18(1)(a),
     *                      whose values {@link RestrictionEnd} keeps): read into {@code end}, never written
     */
    public record RestrictionLiftAnnounced(
            String caseId,
            String language,
            RestrictionGround ground,
            RestrictionEnd accuracyCheck,
            List<RestrictedRecord> records,
            String requestedBy,
            Instant requestedAt,
            LiftPersonal personal,
            RestrictionEnd end) implements EventData {

        public RestrictionLiftAnnounced {
            records = records == null ? List.of() : List.copyOf(records);
            if (end == null) {
                end = accuracyCheck;
            }
            accuracyCheck = null;
        }

        public RestrictionLiftAnnounced(String caseId, String language, RestrictionGround ground, RestrictionEnd end,
                List<RestrictedRecord> records, String requestedBy, Instant requestedAt, LiftPersonal personal) {
            this(caseId, language, ground, null, records, requestedBy, requestedAt, personal, end);
        }

        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * The personal block of a lift announcement: the requester (the fields of {@link Person}, so a block written
     * before this one decodes) and, on ground 18(1)(d), our compelling legitimate grounds that override hers in the
     * assistant's words, which the notice gives her (null on the other grounds).
     */
    public record LiftPersonal(String email, String name, String overridingGrounds) {

        /** The requester, or null when there is none to tell. */
        public static LiftPersonal of(Person person, String overridingGrounds) {
            return person == null ? null : new LiftPersonal(person.email(), person.name(), overridingGrounds);
        }

        public Person person() {
            return new Person(email, name);
        }
    }

    /**
     * A record's restriction ended: lifted back into use by the assistant (Art. 18(3)), or, {@code erased}, ended with
     * the record itself, erased when its hold ended or, after a restriction under 18(1)(c), because nothing keeps it
     * (false in events written before the field existed, which were all lifts or erasures after a hold).
     */
    public record RestrictionLifted(
            String caseId,
            String store,
            String reference,
            String reason,
            Instant liftedAt,
            boolean erased) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * A consent withdrawal took effect on receipt (Art. 7(3)): when its case opened, before any verification, the
     * recordings of {@code store} in which the requester's address appears were unpublished (reversible, like a
     * restriction). {@code recordIds} are the store's ids (no personal data), empty when none was published; the
     * erasure plan made after verification erases them or they stay unpublished.
     */
    public record RecordingsUnpublished(
            String caseId,
            String store,
            List<String> recordIds,
            Instant unpublishedAt) implements EventData {

        public RecordingsUnpublished {
            recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
        }

        @Override
        public String subjectId() {
            return caseId;
        }
    }
}
