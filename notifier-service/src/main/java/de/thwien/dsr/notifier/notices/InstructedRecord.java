package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

/**
 * One record an instruction names: {@code description} in plain words as the recipient finds it (a voicemail by its
 * call), {@code reference} our own reference of it where the recipient knows it, else null (no
 * content); {@code restrictedUntil} set where it is restricted instead of erased; {@code voicemail} for a recording the
 * phone provider keeps with its call data.
 */
@TemplateData
public record InstructedRecord(String description, String reference, String restrictedUntil, boolean voicemail) {
}
