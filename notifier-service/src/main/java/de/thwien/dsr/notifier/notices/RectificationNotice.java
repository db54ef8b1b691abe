package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * Art. 16 answer: {@code corrected} the records whose fields were corrected, each field with its value now;
 * {@code unchanged} the records the assistant found correct, with her reason; {@code notChangeable} the records the
 * store cannot change (a mail as received, a recording), with the supplementary statement kept for it where there is
 * one; {@code recipients} the Art. 19 block as the erasure confirmation has it; {@code partlyNotDone}: some part was
 * not done as asked, so the answer gives the reasons and the remedies (Art. 12(4)).
 */
@TemplateData
public record RectificationNotice(String caseReference, String name, List<CorrectedRecord> corrected,
        List<ExplainedRecord> unchanged, List<ExplainedRecord> notChangeable, RecipientsTold recipients,
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
}
