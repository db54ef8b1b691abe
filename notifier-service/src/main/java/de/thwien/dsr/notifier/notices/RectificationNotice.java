package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * Art. 16 answer: {@code corrected} the records whose fields were corrected, each field with its value now;
 * {@code unchanged} the records the assistant found correct, with her reason; {@code notChangeable} the records the
 * store cannot change, each with the true reason (a mail as received, a recording as made, an issued invoice that the
 * law forbids to alter) and the supplementary statement kept for it where there is one; each record is in one list
 * only; {@code recipients} the Art. 19 block as the erasure confirmation has it; {@code partlyNotDone}: some part was
 * not done as asked, so the answer gives the reasons and the remedies (Art. 12(4)).
 */
@TemplateData
public record RectificationNotice(String caseReference, String name, List<CorrectedRecord> corrected,
        List<ExplainedRecord> unchanged, List<UnchangeableRecord> notChangeable, RecipientsTold recipients,
        boolean partlyNotDone) {

    /** A record and its corrected fields, in the notice's words. */
    @TemplateData
    public record CorrectedRecord(String record, List<CorrectedField> fields) {
    }

    @TemplateData
    public record CorrectedField(String field, String value) {
    }

    /** A record and the assistant's reason or statement ({@code text}, null where she wrote none). */
    @TemplateData
    public record ExplainedRecord(String record, String text) {
    }

    /**
     * A record the store cannot change: {@code reason} why, in the notice's words; {@code statement} the supplementary
     * statement kept with it (Art. 16 sentence 2), null where there is none.
     */
    @TemplateData
    public record UnchangeableRecord(String record, String reason, String statement) {
    }
}
