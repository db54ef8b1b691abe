package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * One record an instruction names: {@code description} in plain words as the recipient finds it (a voicemail by its
 * call), {@code reference} our own reference of it where the recipient knows it, else null (no
 * content); {@code restrictedUntil} set where it is restricted instead of erased; {@code voicemail} for a recording the
 * phone provider keeps with its call data; {@code corrected} for a rectification, each corrected field with its value
 * now (the recipient cannot correct without it), empty otherwise.
 */
@TemplateData
public record InstructedRecord(String description, String reference, String restrictedUntil, boolean voicemail,
        List<RectificationNotice.CorrectedField> corrected) {

    public InstructedRecord {
        corrected = corrected == null ? List.of() : List.copyOf(corrected);
    }

    /** A record erased or restricted. */
    public InstructedRecord(String description, String reference, String restrictedUntil, boolean voicemail) {
        this(description, reference, restrictedUntil, voicemail, List.of());
    }
}
