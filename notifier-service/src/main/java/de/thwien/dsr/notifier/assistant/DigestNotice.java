package de.thwien.dsr.notifier.assistant;

import io.quarkus.qute.TemplateData;
import java.util.List;

@TemplateData
public record DigestNotice(String date, List<DigestLine> dueSoon, List<DigestLine> overdue) {
}
