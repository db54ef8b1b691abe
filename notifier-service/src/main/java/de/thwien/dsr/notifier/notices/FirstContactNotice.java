package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

/** Art. 13 information at first contact. */
@TemplateData
public record FirstContactNotice(String name) {
}
