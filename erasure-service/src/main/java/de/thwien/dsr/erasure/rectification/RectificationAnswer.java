package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RectificationEvents.CorrectedValue;
import de.thwien.dsr.events.RectificationEvents.Explanation;
import de.thwien.dsr.events.RectificationEvents.Outcome;
import de.thwien.dsr.events.RectificationEvents.Rectification;
import de.thwien.dsr.events.RectificationEvents.RecordsRectified;
import de.thwien.dsr.events.RectificationEvents.RectifiedRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the decided records of a rectification plan into the one event its answer is written from: what was corrected
 * (with proof), what needed no change and why, and what the store cannot change, with the supplementary statement
 * where the assistant wrote one. Plain Java.
 */
public final class RectificationAnswer {

    /**
     * A located record as decided: {@code corrected} the values written with proof (empty unless corrected),
     * {@code text} the reason for no change or the supplementary statement.
     */
    public record DecidedRecord(String store, String reference, String retentionCategory, LocalDate retentionStart,
            RectificationItem.Decision decision, Map<String, String> corrected, String text, Instant decidedAt) {

        public DecidedRecord {
            corrected = corrected == null ? Map.of() : Map.copyOf(corrected);
        }
    }

    private RectificationAnswer() {
    }

    /**
     * The event. An undecided record is one the store cannot change (the plan lets it stay undecided only then):
     * it is listed as such, without a statement.
     */
    public static RecordsRectified of(String caseId, String language, Person person, List<DecidedRecord> decided,
            Instant at) {
        List<RectifiedRecord> records = new ArrayList<>();
        List<CorrectedValue> values = new ArrayList<>();
        List<Explanation> reasons = new ArrayList<>();
        List<Explanation> statements = new ArrayList<>();
        for (DecidedRecord record : decided) {
            Instant when = record.decidedAt() == null ? at : record.decidedAt();
            switch (record.decision()) {
                case CORRECT -> {
                    records.add(new RectifiedRecord(record.store(), record.reference(), record.retentionCategory(),
                            record.retentionStart(), Outcome.CORRECTED,
                            List.copyOf(record.corrected().keySet().stream().sorted().toList()), when));
                    record.corrected().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(value ->
                            values.add(new CorrectedValue(record.store(), record.reference(), value.getKey(),
                                    value.getValue())));
                }
                case NO_CHANGE -> {
                    records.add(new RectifiedRecord(record.store(), record.reference(), record.retentionCategory(),
                            record.retentionStart(), Outcome.NO_CHANGE_NEEDED,
                            List.of(), when));
                    reasons.add(new Explanation(record.store(), record.reference(), record.text()));
                }
                case STATEMENT -> {
                    records.add(new RectifiedRecord(record.store(), record.reference(), record.retentionCategory(),
                            record.retentionStart(), Outcome.CANNOT_BE_CHANGED,
                            List.of(), when));
                    statements.add(new Explanation(record.store(), record.reference(), record.text()));
                }
                case OPEN -> records.add(new RectifiedRecord(record.store(), record.reference(),
                        record.retentionCategory(), record.retentionStart(), Outcome.CANNOT_BE_CHANGED, List.of(), at));
            }
        }
        return new RecordsRectified(caseId, language, records,
                new Rectification(person, values, reasons, statements));
    }
}
