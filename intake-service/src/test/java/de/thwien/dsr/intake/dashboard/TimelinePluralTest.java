package de.thwien.dsr.intake.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.casework.CaseView;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A count of one reads in the singular, in English and in German: "1 name match awaits", not "1 name matches await". */
class TimelinePluralTest {

    private static String worded(String kind, Map<String, String> params, String language) {
        return TimelineWording.wording(new CaseView.Entry(Instant.parse("2026-03-05T10:00:00Z"), kind, "system", "",
                params), language, RequestType.ERASURE);
    }

    @Test
    void oneNameMatchAwaitsInTheSingular() {
        assertThat(worded("NAME_MATCHES_AWAITING_REVIEW", Map.of("matches", "1"), "en"))
                .isEqualTo("1 name match awaits your review before the access answer.");
        assertThat(worded("NAME_MATCHES_AWAITING_REVIEW", Map.of("matches", "1"), "de"))
                .isEqualTo("1 Namenstreffer wartet vor der Auskunft auf Ihre Prüfung.");
    }

    @Test
    void severalNameMatchesAwaitInThePlural() {
        assertThat(worded("NAME_MATCHES_AWAITING_REVIEW", Map.of("matches", "3"), "en"))
                .isEqualTo("3 name matches await your review before the access answer.");
        assertThat(worded("NAME_MATCHES_AWAITING_REVIEW", Map.of("matches", "3"), "de"))
                .isEqualTo("3 Namenstreffer warten vor der Auskunft auf Ihre Prüfung.");
    }

    @Test
    void oneRecordRestrictedOrErasedIsSingular() {
        assertThat(worded("RECORDS_RESTRICTED", Map.of("restricted", "1"), "en")).isEqualTo("1 record restricted.");
        assertThat(worded("RECORDS_ERASED", Map.of("erased", "1", "restricted", "0", "kept", "2"), "en"))
                .isEqualTo("1 record erased, 0 restricted, 2 kept.");
        assertThat(worded("SUBJECT_LOCATED", Map.of("findings", "1", "perStore", "mail=1", "stores", "mail"), "en"))
                .startsWith("1 finding (");
    }

    @Test
    void anErasureThatRemovedOnlyHerMentionFromThirdPartiesRecordsSaysSo() {
        Map<String, String> facts = Map.of("erased", "2", "restricted", "0", "kept", "1", "mentionsRemoved", "1",
                "mentionStores", "mail", "also", "mentionsRemoved");

        assertThat(worded("RECORDS_ERASED", facts, "en")).isEqualTo("2 records erased, 0 restricted, 1 kept."
                + " Only the mention of the requester removed, the third parties' records kept: 1 (mailbox).");
        assertThat(worded("RECORDS_ERASED", facts, "de")).isEqualTo("2 Datensätze gelöscht, 0 eingeschränkt,"
                + " 1 behalten. Nur die Erwähnung der Person entfernt, die Datensätze Dritter behalten: 1"
                + " (E-Mail-Postfach).");
    }
}
