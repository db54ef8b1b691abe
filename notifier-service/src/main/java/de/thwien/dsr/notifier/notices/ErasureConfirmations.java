package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.notifier.wording.DisplayNames;
import de.thwien.dsr.notifier.wording.ItemReasons;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import de.thwien.dsr.notifier.wording.ProcessingBases;
import de.thwien.dsr.notifier.wording.ProcessingPurposes;
import de.thwien.dsr.notifier.wording.RecordDescriptions;
import de.thwien.dsr.notifier.wording.RecordParts;
import de.thwien.dsr.notifier.wording.RetentionLegalBases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The data of the erasure confirmation (Art. 17, 18, 19 GDPR) or, for a consent withdrawal, of the confirmation of
 * what stopped and what continues on which basis (Art. 7(3) GDPR), from {@code records.erased}, in the notice's
 * language.
 */
public final class ErasureConfirmations {

    private ErasureConfirmations() {
    }

    /** @param recipients the Art. 19 recipients as the case's recorded notifications say (never the event's list) */
    public static ErasureNotice of(ErasureEvents.RecordsErased erased, RecipientsTold recipients,
            ControllerStatus status, NoticeLanguage language) {
        return new ErasureNotice(CaseReference.of(erased.caseId()),
                DisplayNames.of(erased.personal() == null ? null : erased.personal().name()),
                erased.requestType() == null ? null : language.yourRequest(erased.requestType()),
                map(erased.records(), r -> new ErasedItem(
                        RecordDescriptions.of(r.store(), r.reference(), r.retentionCategory(), r.retentionStart(),
                                erased.storeNames(), language),
                        r.erasedAt() == null ? "" : language.dateTime(r.erasedAt()),
                        r.storagePeriodEnded() ? ItemReasons.noPurposeLeft(r.retentionCategory(), r.retentionStart(),
                                r.erasedAt(), language) : "")),
                map(erased.restricted(), r -> new RestrictedItem(
                        // a record in parts: each part names its own category
                        RecordDescriptions.of(r.store(), r.reference(), r.parts().isEmpty() ? r.retentionCategory()
                                : null, r.retentionStart(), erased.storeNames(), language),
                        RetentionLegalBases.of(r.retentionCategory(), r.legalBasis(), status, language),
                        language.date(r.holdUntil()), language.date(r.erasableFrom()),
                        ItemReasons.restrictionExtended(r.reasonCode(), language),
                        RecordParts.of(r.parts(), status, language))),
                map(requestersKept(erased), k -> kept(k, erased, status, language)),
                continuing(erased.continuing(), status, language),
                recipients,
                notCarriedOutAsAsked(erased),
                map(erased.operatorTasks(), ErasureEvents.OpenOperatorTask::kind).stream().distinct()
                        .map(kind -> language.text("operatorTask." + kind.name())).toList(),
                map(erased.mentionsRemoved(), r -> new ErasedItem(
                        RecordDescriptions.of(r.store(), r.reference(), r.retentionCategory(), r.retentionStart(),
                                erased.storeNames(), language),
                        r.erasedAt() == null ? "" : language.dateTime(r.erasedAt()))));
    }

    /**
     * A kept record in the notice's language. One processed on another basis than consent after a withdrawal names its
     * purpose and, where its storage period runs out, the day from which it is erased (Art. 5(1)(e) GDPR): the day
     * after the last day of its period.
     */
    private static KeptItem kept(ErasureEvents.PlanItem k, ErasureEvents.RecordsErased erased,
            ControllerStatus status, NoticeLanguage language) {
        String description = RecordDescriptions.of(k.store(), k.reference(), k.retentionCategory(),
                k.retentionStart(), erased.storeNames(), language);
        String basis = keptBasis(k, status, language);
        String reason = ItemReasons.kept(k.reasonCode(), k.reason(), language);
        if (!continuesOnItsOwnBasis(k)) {
            return new KeptItem(description, basis, reason, language.date(k.holdUntil()));
        }
        String purpose = Objects.toString(ProcessingPurposes.of(k.retentionCategory(), null, language), "");
        // confirmed running, the relationship alone decides: no date beside the assistant's words
        Optional<LocalDate> recordsHeldUntil = k.holdUntil() == null && isMasterData(k.retentionCategory())
                && k.reasonCode() != ErasureEvents.ReasonCode.RELATIONSHIP_CONTINUES
                ? lastHoldOfHeldRecords(erased, status, language) : Optional.empty();
        if (recordsHeldUntil.isPresent()) {
            return KeptItem.masterDataWhileRecordsHeld(description, basis, reason, purpose,
                    language.date(recordsHeldUntil.get()), language.date(recordsHeldUntil.get().plusDays(1)));
        }
        return KeptItem.onOtherBasis(description, basis, reason, language.date(k.holdUntil()), purpose,
                k.holdUntil() == null ? "" : language.date(k.holdUntil().plusDays(1)));
    }

    private static boolean isMasterData(String category) {
        return RetentionCategory.CUSTOMER_MASTER_DATA.id().equals(category);
    }

    /**
     * The last day any record about her that a law requires us to keep is held, of those this outcome keeps or
     * restricted: her master data stays at least as long, as those records would not be hers without it (LEGAL.md
     * §3). Empty when no such record has an end date.
     */
    private static Optional<LocalDate> lastHoldOfHeldRecords(ErasureEvents.RecordsErased erased,
            ControllerStatus status, NoticeLanguage language) {
        Stream<LocalDate> kept = requestersKept(erased).stream()
                .filter(k -> !isMasterData(k.retentionCategory()) && k.holdUntil() != null
                        && RetentionLegalBases.provisions(k.retentionCategory(), status, language).isPresent())
                .map(ErasureEvents.PlanItem::holdUntil);
        Stream<LocalDate> restricted = (erased.restricted() == null
                ? List.<ErasureEvents.RestrictedRecord>of() : erased.restricted()).stream()
                .filter(r -> !isMasterData(r.retentionCategory()) && r.holdUntil() != null)
                .map(ErasureEvents.RestrictedRecord::holdUntil);
        return Stream.concat(kept, restricted).max(Comparator.naturalOrder());
    }

    /**
     * What continues after a consent withdrawal: each purpose once, with every basis it continues on (in the order of
     * Art. 6(1) GDPR). A legal obligation is named only for records a law requires us to keep: answering her mails is
     * no legal obligation. An event without codes is quoted as it states the basis.
     */
    static List<ContinuingItem> continuing(List<ErasureEvents.ContinuingProcessing> continuing,
            ControllerStatus status, NoticeLanguage language) {
        Map<String, Map<ProcessingBasis, String>> coded = new LinkedHashMap<>();
        Map<String, Set<String>> stated = new LinkedHashMap<>();
        for (ErasureEvents.ContinuingProcessing c : continuing == null
                ? List.<ErasureEvents.ContinuingProcessing>of() : continuing) {
            String purpose = ProcessingPurposes.of(c.purposeId(), c.purpose(), language);
            Map<ProcessingBasis, String> bases = coded.computeIfAbsent(purpose, p -> new EnumMap<>(ProcessingBasis.class));
            if (c.bases() == null || c.bases().isEmpty()) {
                stated.computeIfAbsent(purpose, p -> new LinkedHashSet<>()).add(c.legalBasis());
                continue;
            }
            founded(c.bases(), c.purposeId(), status, language)
                    .forEach(basis -> bases.putIfAbsent(basis,
                            ProcessingBases.of(List.of(basis), c.purposeId(), status, language)));
        }
        List<ContinuingItem> items = new ArrayList<>();
        coded.forEach((purpose, bases) -> {
            List<String> worded = new ArrayList<>(bases.values());
            stated.getOrDefault(purpose, Set.of()).stream().filter(Objects::nonNull).forEach(worded::add);
            if (!worded.isEmpty()) {
                items.add(new ContinuingItem(purpose, String.join("; ", worded)));
            }
        });
        return items;
    }

    /** The bases without a legal obligation where no law requires us to keep records of the category. */
    private static List<ProcessingBasis> founded(List<ProcessingBasis> bases, String category,
            ControllerStatus status, NoticeLanguage language) {
        return bases == null ? null : bases.stream()
                .filter(basis -> basis != ProcessingBasis.LEGAL_OBLIGATION
                        || RetentionLegalBases.provisions(category, status, language).isPresent())
                .toList();
    }

    /**
     * Whether any part of the request was not carried out as asked: a record restricted instead of erased, or one
     * kept (declined, awaiting review, in a store not yet searched). Each such part is a not-acting under Art. 12(4)
     * GDPR (LEGAL.md §2). On a consent withdrawal, processing on another basis continuing is what was asked.
     */
    private static boolean notCarriedOutAsAsked(ErasureEvents.RecordsErased erased) {
        return (erased.restricted() != null && !erased.restricted().isEmpty())
                || requestersKept(erased).stream()
                        .anyMatch(k -> !continuesOnItsOwnBasis(k));
    }

    /**
     * A record a withdrawal does not reach: processed on another basis than consent, or serving a contract the
     * assistant confirmed still runs. It continues, as the withdrawal asks.
     */
    private static boolean continuesOnItsOwnBasis(ErasureEvents.PlanItem kept) {
        return kept.reasonCode() == ErasureEvents.ReasonCode.NOT_PROCESSED_ON_CONSENT
                || kept.reasonCode() == ErasureEvents.ReasonCode.RELATIONSHIP_CONTINUES;
    }

    /** The kept records without those the assistant found to be another person's: they are not the requester's. */
    private static List<ErasureEvents.PlanItem> requestersKept(ErasureEvents.RecordsErased erased) {
        return erased.kept() == null ? List.of() : erased.kept().stream()
                .filter(k -> k.reasonCode() != ErasureEvents.ReasonCode.NOT_THE_REQUESTER).toList();
    }

    /**
     * The legal basis of a kept record in the notice's language. For a record processed on another basis than
     * consent, it is that basis (the Art. 6(1) codes); otherwise the basis of the hold that applies to it. The
     * erasure-service's text is quoted only where no code says it: an event written before the codes, or a
     * citation outside Art. 6(1) GDPR, which is still better named as stated than not at all.
     */
    static String keptBasis(ErasureEvents.PlanItem kept, ControllerStatus status, NoticeLanguage language) {
        if (kept.reasonCode() == null) {
            return kept.legalBasis();
        }
        if (continuesOnItsOwnBasis(kept)) {
            return Objects.requireNonNullElse(
                    ProcessingBases.of(founded(kept.processingBases(), kept.retentionCategory(), status, language),
                            kept.retentionCategory(), status, language), kept.legalBasis());
        }
        return kept.legalBasis() == null ? null
                : RetentionLegalBases.of(kept.retentionCategory(), kept.legalBasis(), status, language);
    }

    private static <T, R> List<R> map(List<T> items, Function<T, R> mapping) {
        return items == null ? List.of() : items.stream().map(mapping).toList();
    }
}
