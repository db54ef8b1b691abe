package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

/** Art. 15 answer: the copy sits behind a time-limited link, never in an attachment. */
@TemplateData
public record AccessAnswerNotice(String caseReference, String name, String packageUrl, String expiresAt) {
}
