package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.RectificationEvents.CorrectedValue;
import de.thwien.dsr.events.RectificationEvents.Explanation;
import de.thwien.dsr.events.RectificationEvents.Outcome;
import de.thwien.dsr.events.RectificationEvents.Rectification;
import de.thwien.dsr.events.RectificationEvents.RecordsRectified;
import de.thwien.dsr.events.RectificationEvents.RectifiedRecord;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.notifier.facts.NotificationChannel;
import de.thwien.dsr.notifier.facts.RecipientRegister;
import de.thwien.dsr.notifier.facts.RegisteredRecipient;
import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import de.thwien.dsr.notifier.wording.RecordDescriptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The Art. 16 answer from {@code records.rectified}, in the requester's language. */
public final class RectificationAnswers {

    private RectificationAnswers() {
    }

    public static RectificationNotice of(RecordsRectified rectified, RecipientsTold recipients,
            NoticeLanguage language) {
        Rectification personal = rectified.personal() == null
                ? new Rectification(null, List.of(), List.of(), List.of()) : rectified.personal();
        List<RectificationNotice.CorrectedRecord> corrected = new ArrayList<>();
        List<RectificationNotice.ExplainedRecord> unchanged = new ArrayList<>();
        List<RectificationNotice.ExplainedRecord> notChangeable = new ArrayList<>();
        for (RectifiedRecord record : rectified.records()) {
            String described = RecordDescriptions.of(record.store(), record.reference(), record.retentionCategory(),
                    record.retentionStart(), rectified.storeNames(), language);
            switch (record.outcome()) {
                case CORRECTED -> corrected.add(new RectificationNotice.CorrectedRecord(described,
                        record.fields().stream().map(field -> new RectificationNotice.CorrectedField(
                                fieldName(field, language), valueOf(personal.corrected(), record, field))).toList()));
                case NO_CHANGE_NEEDED -> unchanged.add(new RectificationNotice.ExplainedRecord(described,
                        textOf(personal.noChangeReasons(), record)));
                case CANNOT_BE_CHANGED -> notChangeable.add(new RectificationNotice.ExplainedRecord(described,
                        textOf(personal.statements(), record)));
            }
        }
        String name = personal.person() == null ? null : personal.person().name();
        return new RectificationNotice(CaseReference.of(rectified.caseId()), name, corrected, unchanged,
                notChangeable, recipients, !unchanged.isEmpty() || !notChangeable.isEmpty());
    }

    /**
     * Art. 19 for the corrected records, from the recipient register: the processors hosting our servers hold the
     * corrected data there and are covered by the correction itself; a recipient told by mail or by hand is listed as
     * being informed. Records not corrected concern no recipient.
     */
    public static RecipientsTold recipientsOf(RecordsRectified rectified, RecipientRegister register) {
        List<String> hosting = new ArrayList<>();
        List<String> beingInformed = new ArrayList<>();
        for (RegisteredRecipient recipient : register.all()) {
            boolean concerned = rectified.records().stream()
                    .filter(record -> record.outcome() == Outcome.CORRECTED)
                    .anyMatch(record -> recipient.concerns(StoreId.find(record.store()).orElse(null),
                            RetentionCategory.find(record.retentionCategory()).orElse(null)));
            if (concerned) {
                (recipient.channel() == NotificationChannel.HOSTING ? hosting : beingInformed).add(recipient.name());
            }
        }
        return new RecipientsTold(List.of(), beingInformed, List.of(), hosting);
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
