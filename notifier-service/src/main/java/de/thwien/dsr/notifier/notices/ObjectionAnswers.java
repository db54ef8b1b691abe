package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.ObjectionPurpose;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.notifier.notices.ObjectionNotice.ContinuedPurpose;
import de.thwien.dsr.notifier.notices.ObjectionNotice.StoppedPurpose;
import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.notifier.wording.DisplayNames;
import de.thwien.dsr.notifier.wording.ItemReasons;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import de.thwien.dsr.notifier.wording.ProcessingBases;
import de.thwien.dsr.notifier.wording.RecordDescriptions;
import de.thwien.dsr.notifier.wording.RecordParts;
import de.thwien.dsr.notifier.wording.RetentionLegalBases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The data of the objection answer (Art. 21 GDPR) from the {@code records.erased} of an OBJECTION case, in the
 * notice's language: the records grouped by the purpose they were processed for ({@link ObjectionPurpose}, from their
 * retention category), each purpose stopped or continued.
 */
public final class ObjectionAnswers {

    private ObjectionAnswers() {
    }

    /** @param recipients the Art. 19 recipients as the case's recorded notifications say */
    public static ObjectionNotice of(ErasureEvents.RecordsErased erased, RecipientsTold recipients,
            ControllerStatus status, NoticeLanguage language) {
        Map<String, List<ErasedItem>> erasedBy = new LinkedHashMap<>();
        Map<String, List<RestrictedItem>> restrictedBy = new LinkedHashMap<>();
        Map<String, LinkedHashSet<String>> groundsBy = new LinkedHashMap<>();
        Map<String, List<String>> continuedRecords = new LinkedHashMap<>();
        List<ErasedItem> noDutyLeft = new ArrayList<>();
        List<KeptItem> notCovered = new ArrayList<>();
        List<KeptItem> otherKept = new ArrayList<>();
        boolean directMarketingStopped = false;
        boolean serverLogsFound = false;
        for (ErasureEvents.ErasedRecord r : list(erased.records())) {
            String description = describe(r.store(), r.reference(), r.retentionCategory(), r.retentionStart(),
                    language);
            String on = r.erasedAt() == null ? "" : language.dateTime(r.erasedAt());
            if (r.storagePeriodEnded()) {
                // not processed on a legitimate interest, and no retention duty keeps it (any more): no purpose left
                noDutyLeft.add(new ErasedItem(description, on,
                        ItemReasons.noPurposeLeft(r.retentionCategory(), r.retentionStart(), r.erasedAt(),
                                language)));
                continue;
            }
            directMarketingStopped |= directMarketing(r.retentionCategory());
            serverLogsFound |= serverLogs(r.retentionCategory());
            erasedBy.computeIfAbsent(purpose(r.retentionCategory(), language), p -> new ArrayList<>())
                    .add(new ErasedItem(description, on));
        }
        for (ErasureEvents.RestrictedRecord r : list(erased.restricted())) {
            directMarketingStopped |= directMarketing(r.retentionCategory());
            serverLogsFound |= serverLogs(r.retentionCategory());
            restrictedBy.computeIfAbsent(purpose(r.retentionCategory(), language), p -> new ArrayList<>())
                    .add(new RestrictedItem(RecordDescriptions.of(r.store(), r.reference(),
                            r.parts().isEmpty() ? r.retentionCategory() : null, r.retentionStart(), language),
                            RetentionLegalBases.of(r.retentionCategory(), r.legalBasis(), status, language),
                            language.date(r.holdUntil()), language.date(r.erasableFrom()),
                            ItemReasons.restrictionExtended(r.reasonCode(), language),
                            RecordParts.of(r.parts(), status, language)));
        }
        for (ErasureEvents.PlanItem k : list(erased.kept())) {
            String description = describe(k.store(), k.reference(), k.retentionCategory(), k.retentionStart(),
                    language);
            if (k.reasonCode() == ReasonCode.NOT_THE_REQUESTER) {
                continue;
            }
            if (k.reasonCode() == ReasonCode.COMPELLING_GROUNDS) {
                serverLogsFound |= serverLogs(k.retentionCategory());
                String purpose = purpose(k.retentionCategory(), language);
                groundsBy.computeIfAbsent(purpose, p -> new LinkedHashSet<>()).add(k.reason());
                continuedRecords.computeIfAbsent(purpose, p -> new ArrayList<>()).add(description);
            } else if (k.reasonCode() == ReasonCode.NOT_PROCESSED_ON_LEGITIMATE_INTEREST
                    || k.reasonCode() == ReasonCode.RELATIONSHIP_CONTINUES) {
                // a record of a relationship the assistant confirmed still runs serves the contract: not reached
                notCovered.add(notCovered(k, description, status, language));
            } else {
                otherKept.add(new KeptItem(description, ErasureConfirmations.keptBasis(k, status, language),
                        ItemReasons.kept(k.reasonCode(), k.reason(), language), language.date(k.holdUntil())));
            }
        }
        List<StoppedPurpose> stopped = new ArrayList<>();
        LinkedHashSet<String> stoppedPurposes = new LinkedHashSet<>(erasedBy.keySet());
        stoppedPurposes.addAll(restrictedBy.keySet());
        stoppedPurposes.forEach(purpose -> stopped.add(new StoppedPurpose(purpose,
                erasedBy.getOrDefault(purpose, List.of()), restrictedBy.getOrDefault(purpose, List.of()))));
        List<ContinuedPurpose> continued = new ArrayList<>();
        groundsBy.forEach((purpose, grounds) -> continued.add(new ContinuedPurpose(purpose, List.copyOf(grounds),
                continuedRecords.get(purpose))));
        boolean nothingOnLegitimateInterest = stopped.isEmpty() && continued.isEmpty();
        return new ObjectionNotice(CaseReference.of(erased.caseId()),
                DisplayNames.of(erased.personal() == null ? null : erased.personal().name()), stopped, continued,
                notCovered, noDutyLeft, otherKept, recipients,
                list(erased.operatorTasks()).stream().map(ErasureEvents.OpenOperatorTask::kind).distinct()
                        .map(kind -> language.text("operatorTask." + kind.name())).toList(),
                nothingOnLegitimateInterest, directMarketingStopped,
                remedies(!continued.isEmpty(), !restrictedBy.isEmpty(), !notCovered.isEmpty(), !otherKept.isEmpty(),
                        nothingOnLegitimateInterest, language),
                serverLogsFound ? "" : unassignedLogs(language));
    }

    /** The paragraph on logs none of whose entries could be assigned to her, with their periods from the policy. */
    private static String unassignedLogs(NoticeLanguage language) {
        return language.text("objection.unassignedLogs", Map.of(
                "webLogDays", days(RetentionCategory.WEB_SERVER_LOG), "conferenceLogDays",
                days(RetentionCategory.CONFERENCE_LOG)));
    }

    private static String days(RetentionCategory category) {
        return String.valueOf(category.maximumStorage().orElseThrow().getDays());
    }

    /**
     * A record the objection does not reach, with the bases it is processed on today: a legal obligation only where a
     * statutory hold keeps it (the event carries the day the hold ends), and then with that day; a store that names
     * the obligation for a record no hold keeps (an invoice draft, a voucher whose hold has ended) does not make one.
     */
    private static KeptItem notCovered(ErasureEvents.PlanItem k, String description, ControllerStatus status,
            NoticeLanguage language) {
        if (k.processingBases() == null) {
            // an event written before the bases were coded: its basis as the store stated it
            return new KeptItem(description, k.legalBasis(), null, null);
        }
        boolean held = k.holdUntil() != null;
        List<ProcessingBasis> today = k.processingBases().stream()
                .filter(basis -> held || basis != ProcessingBasis.LEGAL_OBLIGATION).toList();
        // a record of a relationship the assistant confirmed still runs: that, in her words, is why it continues
        String reason = k.reasonCode() == ReasonCode.RELATIONSHIP_CONTINUES
                ? ItemReasons.kept(k.reasonCode(), k.reason(), language) : null;
        return new KeptItem(description, ProcessingBases.of(today, k.retentionCategory(), status, language), reason,
                held && today.contains(ProcessingBasis.LEGAL_OBLIGATION) ? language.date(k.holdUntil()) : null);
    }

    /**
     * The Art. 12(4) paragraph when something was not carried out as she asked, naming only the parts of this answer
     * that say what and why; empty when everything she objected to has stopped.
     */
    private static String remedies(boolean continued, boolean restricted, boolean notCovered, boolean otherKept,
            boolean nothingOnLegitimateInterest, NoticeLanguage language) {
        List<String> parts = new ArrayList<>();
        if (continued) {
            parts.add(language.text("objection.part.continued"));
        }
        if (restricted) {
            parts.add(language.text("objection.part.restricted"));
        }
        if (notCovered) {
            parts.add(language.text("objection.part.notCovered"));
        }
        if (otherKept) {
            parts.add(language.text("objection.part.otherKept"));
        }
        if (parts.isEmpty()) {
            return nothingOnLegitimateInterest ? language.text("objection.remedies.nothingToStop") : "";
        }
        String named = parts.size() == 1 ? parts.get(0) : language.text("list.lastTwo", Map.of(
                "first", String.join(", ", parts.subList(0, parts.size() - 1)), "last", parts.get(parts.size() - 1)));
        return language.text(restricted ? "objection.remedies.withRestricted" : "objection.remedies", Map.of(
                "parts", named));
    }

    private static boolean directMarketing(String category) {
        return ObjectionPurpose.ofCategory(category).filter(ObjectionPurpose::directMarketing).isPresent();
    }

    private static boolean serverLogs(String category) {
        return ObjectionPurpose.ofCategory(category).filter(purpose -> purpose == ObjectionPurpose.SERVER_LOGS)
                .isPresent();
    }

    /** The purpose's name in the notice's language; a category unknown here is named as a category. */
    private static String purpose(String category, NoticeLanguage language) {
        Optional<ObjectionPurpose> purpose = ObjectionPurpose.ofCategory(category);
        return purpose.map(p -> p.displayName(Locale.forLanguageTag(language.code())))
                .orElseGet(() -> language.retentionCategory(category));
    }

    private static String describe(String store, String reference, String category, java.time.LocalDate date,
            NoticeLanguage language) {
        return RecordDescriptions.of(store, reference, category, date, language);
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
