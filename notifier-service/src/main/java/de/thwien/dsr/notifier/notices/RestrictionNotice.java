package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The answer to a restriction request (Art. 18 GDPR): {@code restricted} the records restricted, in plain words;
 * {@code ground} why she asked (Art. 18(1)(a)–(d), worded); {@code duration}: how long it lasts, per ground (until the
 * accuracy check is finished on 18(1)(a), until what ends the other grounds); either way she is told before (18(3)).
 * {@code kept}: records not restricted (awaiting review, declined, a store not searched), with the reasons;
 * {@code partlyRefused}: some part was not carried out as asked, so the notice adds the judicial remedy (Art. 12(4)).
 * {@code recipients}: Art. 19, as recorded.
 */
@TemplateData
public record RestrictionNotice(String caseReference, String name, String ground, String duration,
        List<String> restricted, List<KeptItem> kept, RecipientsTold recipients, boolean partlyRefused) {
}
