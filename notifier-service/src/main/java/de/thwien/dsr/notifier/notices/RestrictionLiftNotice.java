package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * Art. 18(3) GDPR: sent before a restriction she asked for is lifted; the lift waits for it. {@code records}: what is
 * lifted, in plain words; {@code ground}: why it was restricted (worded); {@code endReason}: why it ends now, as is
 * true for its ground (on 18(1)(a) the accuracy check's actual result: found accurate, or rectified);
 * {@code overridingGrounds}: on 18(1)(d) our compelling legitimate grounds that override hers, in the assistant's
 * words (null otherwise); the notice always adds complaint and judicial remedy (Art. 77/79).
 */
@TemplateData
public record RestrictionLiftNotice(String caseReference, String name, String ground, String endReason,
        String overridingGrounds, List<String> records) {
}
