package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * Art. 18(3) GDPR: sent before a restriction she asked for is lifted; the lift waits for it. {@code records}: what is
 * lifted, in plain words; {@code ground}: why it was restricted (worded); {@code accuracyChecked}: the restriction ends
 * because the accuracy check (18(1)(a)) is finished.
 */
@TemplateData
public record RestrictionLiftNotice(String caseReference, String name, String ground, boolean accuracyChecked,
        List<String> records) {
}
