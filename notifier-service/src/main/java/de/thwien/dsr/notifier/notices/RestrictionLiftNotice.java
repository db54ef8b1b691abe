package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * Art. 18(3) GDPR: sent before a restriction she asked for is lifted; the lift waits for it. {@code records}: what is
 * lifted, in plain words; {@code ground}: why it was restricted (worded); {@code endReason}: why it ends now, as is
 * true for its ground (on 18(1)(a) the accuracy check's actual result: found accurate, or rectified);
 * {@code overridingGrounds}: on 18(1)(d) our compelling legitimate grounds that override hers, in the assistant's
 * words (null otherwise); the notice always adds complaint and judicial remedy (Art. 77/79).
 * {@code endsInErasure}: on 18(1)(c), ended because she no longer needs the data for legal claims, the data do not go
 * back into use: {@code erased} are the records erased after this notice (Art. 17(1)(a), as we no longer need them
 * either), {@code keptRestricted} those a retention duty keeps, restricted under it with law and dates until it ends
 * (Art. 17(3)(b) with Art. 6(1)(c)); both empty, and {@code records} used, on the other grounds.
 * {@code partErased}: on the other grounds, records of {@code records} in parts that go back into use without a part
 * whose own storage period has ended (a mail's text, LEGAL.md §3), erased before the lift: each with that part's line
 * ({@link RestrictedItem#parts}); empty otherwise.
 */
@TemplateData
public record RestrictionLiftNotice(String caseReference, String name, String ground, String endReason,
        String overridingGrounds, List<String> records, boolean endsInErasure, List<String> erased,
        List<RestrictedItem> keptRestricted, List<RestrictedItem> partErased) {

    /** A lift back into use (every ground but 18(1)(c)). */
    public RestrictionLiftNotice(String caseReference, String name, String ground, String endReason,
            String overridingGrounds, List<String> records) {
        this(caseReference, name, ground, endReason, overridingGrounds, records, false, List.of(), List.of(),
                List.of());
    }
}
