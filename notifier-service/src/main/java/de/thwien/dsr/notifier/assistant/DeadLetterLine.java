package de.thwien.dsr.notifier.assistant;

import io.quarkus.qute.TemplateData;

/** How many dead letters of one dead-letter topic wait for the owner's replay or note. */
@TemplateData
public record DeadLetterLine(String topic, long open) {
}
