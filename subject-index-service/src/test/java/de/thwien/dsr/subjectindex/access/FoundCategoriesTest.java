package de.thwien.dsr.subjectindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.subjectindex.locate.LocateResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What {@code access.package.ready} says was found, per store: the retention categories of the records the copy
 * holds, from which the answer states the purposes (Art. 15(1)(a), (c)), the same the copy's {@code index.html}
 * states from its records.
 */
class FoundCategoriesTest {

    @Test
    void theAnnouncementNamesTheCategoriesOfTheCopysRecordsPerStoreOnceEachAndNoNameMatch() {
        LocateResult located = new LocateResult(List.of("mail", "crm", "conference"), List.of(), Map.of(), List.of(
                finding("mail", "voicemail/INBOX/1/3", "voicemail", MatchStrength.STRONG),
                finding("mail", "info/INBOX/1/9", "general-correspondence", MatchStrength.STRONG),
                finding("mail", "info/INBOX/1/10", "general-correspondence", MatchStrength.STRONG),
                finding("crm", "res_partner/9", "customer-master-data", MatchStrength.WEAK)));

        assertThat(AccessPackages.categoriesPerStore(located)).isEqualTo(Map.of(
                "mail", List.of("general-correspondence", "voicemail"), "crm", List.of(), "conference", List.of()));
    }

    @Test
    void theAnnouncementNamesTheStoresOfTheConfirmedNameMatchesAsThoseWithAThirdPartysRecords() {
        LocateResult located = new LocateResult(List.of("mail", "crm", "conference"), List.of(), Map.of(), List.of(
                finding("mail", "info/INBOX/1/9", "general-correspondence", MatchStrength.STRONG),
                finding("crm", "mail_message/4", "general-correspondence", MatchStrength.STRONG)));

        assertThat(AccessPackages.storesFromThirdParty(located, Set.of("crm mail_message/4")))
                .containsExactly("crm");
        assertThat(AccessPackages.storesFromThirdParty(located, Set.of())).isEmpty();
    }

    private static Finding finding(String store, String reference, String category, MatchStrength strength) {
        return new Finding(store, reference, List.of("name"), category, LocalDate.of(2026, 2, 20),
                "Art. 6(1)(f) GDPR (legitimate interest)", strength, "record");
    }
}
