package de.thwien.dsr.intake.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.intake.pages.PageLanguage;
import org.junit.jupiter.api.Test;

/**
 * A located record is titled in the page's language from what its reference names, never by the connector's English
 * summary ("CRM partner #17", "Greenlight account … last login ").
 */
class RecordTitleTest {

    private static String title(String store, String reference, String language) {
        return RecordTitle.of(store, reference, PageLanguage.messages(language));
    }

    @Test
    void aCrmContactIsTitledWithItsNumberInGermanAndInEnglish() {
        assertThat(title("crm", "res_partner/17", "de")).isEqualTo("Kontakt Nr. 17");
        assertThat(title("crm", "res_partner/17", "en")).isEqualTo("contact no. 17");
        assertThat(title("crm", "crm_lead/4", "de")).isEqualTo("Lead bzw. Verkaufschance Nr. 4");
    }

    @Test
    void aGreenlightAccountIsTitledAsAnAccountAlsoWhileRestrictedWithoutItsId() {
        String restricted = "users/00000000-0000-0000-0000-0000000000a1?status=0";

        assertThat(title("conference", restricted, "de")).isEqualTo("Konferenz-Benutzerkonto (Greenlight)");
        assertThat(title("conference", restricted, "en")).isEqualTo("conference user account (Greenlight)");
        assertThat(title("conference", "recordings/rec-1?published=true", "de")).isEqualTo("Konferenzaufzeichnung");
    }

    @Test
    void aMailIsTitledByItsFolder() {
        String sent = "imap://info/Gesendete%20Objekte;UIDVALIDITY=5/;UID=7;MID=%3Ca%40b%3E";

        assertThat(title("mail", sent, "de")).isEqualTo("E-Mail im Ordner Gesendete Objekte");
        assertThat(title("mail", sent, "en")).isEqualTo("e-mail in the folder Gesendete Objekte");
    }

    @Test
    void aRecordOfAnUnknownKindIsARecord() {
        assertThat(title("crm", "x_custom_table/3", "de")).isEqualTo("Datensatz");
        assertThat(title("mail", "not a reference", "en")).isEqualTo("record");
        assertThat(title("crm", null, "de")).isEqualTo("Datensatz");
    }
}
