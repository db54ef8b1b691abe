package de.thwien.dsr.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContractIdsTest {

    @Test
    void everyStoreAndCategoryHasADisplayNameInGermanAndEnglish() {
        for (Locale language : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
            for (StoreId store : StoreId.values()) {
                assertThat(store.displayName(language)).as(store + " " + language).isNotBlank().isNotEqualTo(store.id());
            }
            for (RetentionCategory category : RetentionCategory.values()) {
                assertThat(category.displayName(language)).as(category + " " + language).isNotBlank()
                        .isNotEqualTo(category.id());
            }
        }
    }

    @Test
    void germanAndEnglishNamesDiffer() {
        assertThat(StoreId.MAIL.displayName(Locale.GERMAN)).isEqualTo("E-Mail-Postfach");
        assertThat(StoreId.MAIL.displayName(Locale.ENGLISH)).isEqualTo("mailbox");
        assertThat(RetentionCategory.ACCOUNTING_VOUCHER.displayName(Locale.GERMAN))
                .isEqualTo("Buchungsbeleg (z. B. Rechnung)");
        assertThat(RetentionCategory.INVOICE_DRAFT.displayName(Locale.GERMAN))
                .isEqualTo("Rechnungsentwurf (nie ausgestellt)");
        assertThat(RetentionCategory.INVOICE_DRAFT.displayName(Locale.ENGLISH)).isEqualTo("invoice draft (never issued)");
    }

    @Test
    void aLanguageWithoutItsOwnNamesReadsGerman() {
        assertThat(StoreId.CRM.displayName(Locale.FRENCH)).isEqualTo(StoreId.CRM.displayName(Locale.GERMAN));
    }

    @Test
    void idsReadBackToTheirValue() {
        for (StoreId store : StoreId.values()) {
            assertThat(StoreId.of(store.id())).isEqualTo(store);
        }
        for (RetentionCategory category : RetentionCategory.values()) {
            assertThat(RetentionCategory.of(category.id())).isEqualTo(category);
        }
    }

    @Test
    void anUnknownIdIsRefusedNamingIt() {
        assertThatThrownBy(() -> StoreId.of("fax")).hasMessageContaining("'fax'");
        assertThatThrownBy(() -> RetentionCategory.of("diary")).hasMessageContaining("'diary'");
        assertThat(StoreId.find("fax")).isEmpty();
        assertThat(RetentionCategory.find("voicemail")).contains(RetentionCategory.VOICEMAIL);
    }
}
