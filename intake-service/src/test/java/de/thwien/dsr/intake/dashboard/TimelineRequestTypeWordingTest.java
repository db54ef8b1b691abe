package de.thwien.dsr.intake.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.casework.CaseView;
import de.thwien.dsr.intake.pages.PageLanguage;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plan and its execution are named after the request they carry out: a restriction's plan is an
 * "Einschränkungsplan", an objection's and a withdrawal's say so, and only an erasure speaks of a "Löschplan".
 */
class TimelineRequestTypeWordingTest {

    private static final Map<String, String> PLANNED = Map.of("perAction", "RESTRICT=2", "approvals", "1");
    private static final Map<String, String> CARRIED_OUT = Map.of("erased", "0", "restricted", "2", "kept", "1");

    private static CaseView.Entry entry(String kind, Map<String, String> params) {
        return new CaseView.Entry(Instant.parse("2026-03-05T10:00:00Z"), kind, "erasure-service", "", params);
    }

    private static String kind(String kind, RequestType type, String language) {
        return TimelineWording.kindLabel(entry(kind, Map.of()), PageLanguage.texts(language), type);
    }

    private static String worded(String kind, Map<String, String> params, RequestType type, String language) {
        return TimelineWording.wording(entry(kind, params), language, type);
    }

    @Test
    void aRestrictionsPlanIsARestrictionPlanNotAnErasurePlan() {
        assertThat(kind("ERASURE_PLANNED", RequestType.RESTRICTION, "de")).isEqualTo("Einschränkungsplan erstellt");
        assertThat(kind("ERASURE_PLANNED", RequestType.RESTRICTION, "en")).isEqualTo("Restriction plan made");
        assertThat(worded("ERASURE_PLANNED", PLANNED, RequestType.RESTRICTION, "de"))
                .isEqualTo("Einschränkungsplan: einschränken: 2; 1 braucht Ihre Freigabe.");
        assertThat(worded("ERASURE_PLANNED", PLANNED, RequestType.RESTRICTION, "en"))
                .isEqualTo("Restriction plan: restrict: 2; 1 needs your approval.");
    }

    @Test
    void aRestrictionCarriedOutSaysWhatWasRestrictedNotThatSomethingWasErased() {
        assertThat(kind("RECORDS_ERASED", RequestType.RESTRICTION, "de")).isEqualTo("Einschränkung ausgeführt");
        assertThat(worded("RECORDS_ERASED", CARRIED_OUT, RequestType.RESTRICTION, "de"))
                .isEqualTo("2 Datensätze eingeschränkt, 1 unverändert, 0 gelöscht.");
        assertThat(worded("RECORDS_ERASED", Map.of("erased", "0", "restricted", "1", "kept", "0"),
                RequestType.RESTRICTION, "en")).isEqualTo("1 record restricted, 0 unchanged, 0 erased.");
    }

    @Test
    void anObjectionsAndAWithdrawalsPlanAndExecutionAreNamedAfterThem() {
        assertThat(kind("ERASURE_PLANNED", RequestType.OBJECTION, "de")).isEqualTo("Plan zum Widerspruch erstellt");
        assertThat(kind("RECORDS_ERASED", RequestType.OBJECTION, "de")).isEqualTo("Widerspruch umgesetzt");
        assertThat(kind("ERASURE_PLANNED", RequestType.CONSENT_WITHDRAWAL, "de")).isEqualTo("Plan zum Widerruf erstellt");
        assertThat(kind("RECORDS_ERASED", RequestType.CONSENT_WITHDRAWAL, "en")).isEqualTo("Withdrawal carried out");
        assertThat(worded("ERASURE_PLANNED", PLANNED, RequestType.OBJECTION, "de")).startsWith("Plan zum Widerspruch:");
        assertThat(worded("ERASURE_PLANNED", PLANNED, RequestType.CONSENT_WITHDRAWAL, "en"))
                .startsWith("Plan for the withdrawal:");
    }

    @Test
    void anErasureKeepsItsOwnWords() {
        assertThat(kind("ERASURE_PLANNED", RequestType.ERASURE, "de")).isEqualTo("Löschplan erstellt");
        assertThat(kind("RECORDS_ERASED", RequestType.ERASURE, "de")).isEqualTo("Löschung ausgeführt");
        assertThat(worded("ERASURE_PLANNED", PLANNED, RequestType.ERASURE, "de")).startsWith("Löschplan:");
        assertThat(worded("RECORDS_ERASED", CARRIED_OUT, RequestType.ERASURE, "de"))
                .isEqualTo("0 Datensätze gelöscht, 2 eingeschränkt, 1 behalten.");
    }

    @Test
    void theRecipientsAndThePlanHeadingSpeakOfTheRequestsOwnChange() {
        Map<String, String> german = PageLanguage.texts("de");
        assertThat(RequestTypeWording.textFor(RequestType.RESTRICTION, german, "recipientCovered"))
                .isEqualTo("durch die Einschränkung auf unseren Servern erledigt");
        assertThat(RequestTypeWording.textFor(RequestType.RECTIFICATION, german, "recipientCovered"))
                .isEqualTo("durch die Berichtigung auf unseren Servern erledigt");
        assertThat(RequestTypeWording.textFor(RequestType.ERASURE, german, "recipientCovered"))
                .isEqualTo("durch die Löschung auf unseren Servern erledigt");
        for (RequestType type : new RequestType[] {RequestType.RESTRICTION, RequestType.OBJECTION,
                RequestType.CONSENT_WITHDRAWAL, RequestType.RECTIFICATION}) {
            assertThat(RequestTypeWording.textFor(type, german, "recipientCovered")).doesNotContain("Löschung");
            assertThat(RequestTypeWording.textFor(type, PageLanguage.texts("en"), "recipientCovered"))
                    .doesNotContain("erasure");
        }
        assertThat(RequestTypeWording.textFor(RequestType.RESTRICTION, german, "plan")).isEqualTo("Einschränkungsplan");
        assertThat(RequestTypeWording.textFor(RequestType.ERASURE, german, "plan")).isEqualTo("Löschplan");
    }
}
