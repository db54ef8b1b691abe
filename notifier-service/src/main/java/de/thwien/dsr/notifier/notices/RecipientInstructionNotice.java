package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The instruction to a recipient (Art. 19, for a processor Art. 28(3)(g) GDPR) to erase or restrict the records of a
 * case it holds, named by reference only; or, for a {@code rectification} (Art. 16), to correct them as each record's
 * {@link InstructedRecord#corrected()} says. {@code voicemail}: some of them are voicemail recordings.
 */
@TemplateData
public record RecipientInstructionNotice(String caseReference, String recipient, List<InstructedRecord> records,
        boolean voicemail, boolean rectification) {

    /** An erasure's (or restriction's) instruction. */
    public RecipientInstructionNotice(String caseReference, String recipient, List<InstructedRecord> records,
            boolean voicemail) {
        this(caseReference, recipient, records, voicemail, false);
    }
}
