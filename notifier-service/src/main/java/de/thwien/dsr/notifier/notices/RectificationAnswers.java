package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.RectificationEvents.CorrectedValue;
import de.thwien.dsr.events.RectificationEvents.Explanation;
import de.thwien.dsr.events.RectificationEvents.Rectification;
import de.thwien.dsr.events.RectificationEvents.RecordsRectified;
import de.thwien.dsr.events.RectificationEvents.RectifiedRecord;
import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import de.thwien.dsr.notifier.wording.RecordDescriptions;
import de.thwien.dsr.notifier.wording.UnchangeableReason;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Art. 16 answer from {@code records.rectified}, in the requester's language; its Art. 19 block ({@code recipients})
 * is the case's recorded recipient notifications, as for an erasure.
 */
public final class RectificationAnswers {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private RectificationAnswers() {
    }

    public static RectificationNotice of(RecordsRectified rectified, RecipientsTold recipients,
            NoticeLanguage language) {
        Rectification personal = rectified.personal() == null
                ? new Rectification(null, List.of(), List.of(), List.of()) : rectified.personal();
        List<RectificationNotice.CorrectedRecord> corrected = new ArrayList<>();
        List<RectificationNotice.ExplainedRecord> unchanged = new ArrayList<>();
        List<RectificationNotice.UnchangeableRecord> notChangeable = new ArrayList<>();
        for (RectifiedRecord record : oncePerRecord(rectified.records())) {
            String described = RecordDescriptions.of(record.store(), record.reference(), record.retentionCategory(),
                    record.retentionStart(), rectified.storeNames(), language);
            switch (record.outcome()) {
                case CORRECTED -> corrected.add(new RectificationNotice.CorrectedRecord(described,
                        correctedFields(rectified, record, language)));
                case NO_CHANGE_NEEDED -> unchanged.add(new RectificationNotice.ExplainedRecord(described,
                        textOf(personal.noChangeReasons(), record)));
                case CANNOT_BE_CHANGED -> notChangeable.add(new RectificationNotice.UnchangeableRecord(described,
                        UnchangeableReason.of(record.store(), record.reference(), record.retentionCategory(),
                                record.retentionStart(), decidedOn(record)).in(language),
                        textOf(personal.statements(), record)));
            }
        }
        String name = personal.person() == null ? null : personal.person().name();
        return new RectificationNotice(CaseReference.of(rectified.caseId()), name, corrected, unchanged,
                notChangeable, recipients, !unchanged.isEmpty() || !notChangeable.isEmpty());
    }

    /** The day (Europe/Berlin) the record's answer was decided, null where the event does not say. */
    private static LocalDate decidedOn(RectifiedRecord record) {
        return record.decidedAt() == null ? null : LocalDate.ofInstant(record.decidedAt(), BERLIN);
    }

    /**
     * Each record once, in the order the event lists them: a record the event names twice is answered by what was
     * really done to it (corrected before found correct before not changeable), never in two sections.
     */
    static List<RectifiedRecord> oncePerRecord(List<RectifiedRecord> records) {
        Map<String, RectifiedRecord> byRecord = new LinkedHashMap<>();
        for (RectifiedRecord record : records) {
            byRecord.merge(record.store() + "|" + record.reference(), record,
                    (first, second) -> second.outcome().ordinal() < first.outcome().ordinal() ? second : first);
        }
        return List.copyOf(byRecord.values());
    }

    /** The corrected fields of a record, each with its value now, in the notice's words. */
    public static List<RectificationNotice.CorrectedField> correctedFields(RecordsRectified rectified,
            RectifiedRecord record, NoticeLanguage language) {
        List<CorrectedValue> values = rectified.personal() == null ? List.of() : rectified.personal().corrected();
        return record.fields().stream().map(field -> new RectificationNotice.CorrectedField(
                fieldName(field, language), valueOf(values, record, field))).toList();
    }

    private static String fieldName(String field, NoticeLanguage language) {
        try {
            return language.text("rectification.field." + field);
        } catch (RuntimeException unknown) {
            return field; // a field a store's mapping added after the message files: named as the mapping names it
        }
    }

    private static String valueOf(List<CorrectedValue> values, RectifiedRecord record, String field) {
        return values.stream().filter(value -> value.store().equals(record.store())
                        && value.reference().equals(record.reference()) && value.field().equals(field))
                .map(CorrectedValue::value).findFirst().orElse(null);
    }

    private static String textOf(List<Explanation> texts, RectifiedRecord record) {
        return texts.stream().filter(text -> text.store().equals(record.store())
                        && text.reference().equals(record.reference()))
                .map(Explanation::text).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
