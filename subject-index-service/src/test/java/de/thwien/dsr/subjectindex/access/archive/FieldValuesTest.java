package de.thwien.dsr.subjectindex.access.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: the German page shows no raw id and no English value. Technical columns (keys, links between tables,
 * a message's kind) stay in the CSV files and package.json; stored codes, flags, amounts and languages read as
 * words.
 */
class FieldValuesTest {

    private static final Map<String, String> DE = PackageTexts.of("de");
    private static final Map<String, String> EN = PackageTexts.of("en");

    @Test
    void technicalColumnsAndLinksToOtherRecordsAreNotShown() {
        for (String field : new String[] {"message_type", "is_internal", "partner_id", "room_id", "user_id"}) {
            assertThat(FieldValues.shown(field, "3")).as(field).isFalse();
        }
        assertThat(FieldValues.shown("email_from", "jana.becker@example.net")).isTrue();
    }

    @Test
    void anAmountIsMoneyInThePagesLanguage() {
        assertThat(FieldValues.readable(DE, Locale.GERMAN, "amount_total", "2017.05")).isEqualTo("2.017,05 €");
        assertThat(FieldValues.readable(EN, Locale.ENGLISH, "amount_total", "2017.05")).isEqualTo("€2,017.05");
    }

    @Test
    void aConferenceAccountsStatusProviderAndLanguageReadAsWords() {
        assertThat(FieldValues.readable(DE, Locale.GERMAN, "status", "0")).isEqualTo("aktiv");
        assertThat(FieldValues.readable(DE, Locale.GERMAN, "status", "2")).isEqualTo("gesperrt");
        assertThat(FieldValues.readable(EN, Locale.ENGLISH, "status", "1")).isEqualTo("awaiting approval");
        assertThat(FieldValues.readable(DE, Locale.GERMAN, "status", "active")).isEqualTo("aktiv");
        assertThat(FieldValues.readable(DE, Locale.GERMAN, "provider", "greenlight"))
                .isEqualTo("E-Mail-Adresse und Passwort des Konferenzservers");
        assertThat(FieldValues.readable(DE, Locale.GERMAN, "language", "de")).isEqualTo("Deutsch");
        assertThat(FieldValues.readable(EN, Locale.ENGLISH, "language", "de")).isEqualTo("German");
    }

    @Test
    void aRecordingsVisibilityStateAndFlagsReadAsWordsInBothLanguages() {
        assertThat(FieldValues.readable(DE, Locale.GERMAN, "visibility", "Unpublished")).isEqualTo("nicht veröffentlicht");
        assertThat(FieldValues.readable(EN, Locale.ENGLISH, "visibility", "Unpublished")).isEqualTo("not published");
        assertThat(FieldValues.readable(DE, Locale.GERMAN, "bbbState", "unpublished")).isEqualTo("nicht veröffentlicht");
        assertThat(FieldValues.readable(DE, Locale.GERMAN, "bbbState", "published")).isEqualTo("veröffentlicht");
        assertThat(FieldValues.readable(DE, Locale.GERMAN, "bbbPublished", "false")).isEqualTo("nein");
        assertThat(FieldValues.readable(DE, Locale.GERMAN, "bbbPublished", "true")).isEqualTo("ja");
        assertThat(FieldValues.readable(EN, Locale.ENGLISH, "bbbPublished", "true")).isEqualTo("yes");
        assertThat(FieldValues.readable(DE, Locale.GERMAN, "bigBlueButton", "not on BigBlueButton any more"))
                .isEqualTo("nicht mehr auf dem Konferenzserver");
    }

    @Test
    void aRecordingsStartAndEndInMillisecondsReadAsTimes() {
        assertThat(FieldValues.readable(DE, Locale.GERMAN, "bbbStartTime", "1709283600000"))
                .isEqualTo("1. März 2024, 10:00 Uhr MEZ");
    }

    @Test
    void everyValueWordExistsInBothLanguages() {
        DE.keySet().stream().filter(key -> key.startsWith("value.") || key.startsWith("field.")
                || key.startsWith("table.")).forEach(key -> assertThat(EN).as(key).containsKey(key));
        EN.keySet().stream().filter(key -> key.startsWith("value.") || key.startsWith("field.")
                || key.startsWith("table.")).forEach(key -> assertThat(DE).as(key).containsKey(key));
    }
}
