package de.thwien.dsr.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import org.junit.jupiter.api.Test;

class RenderedNoticeTest {

    @Test
    void lineBreaksInASubjectCannotStartNewHeaders() {
        RenderedNotice notice = new RenderedNotice("Hello\r\nBcc: victim@example.org\nX: y", "t", "h");

        assertThat(notice.subject()).isEqualTo("Hello Bcc: victim@example.org X: y");
    }

    @Test
    void caseReferenceIsShortAndUpperCase() {
        assertThat(CaseReference.of("1234abcd-0000-4000-8000-000000000000")).isEqualTo("DSR-1234ABCD");
    }

    @Test
    void unknownLanguageFallsBackToGerman() {
        assertThat(NoticeLanguage.of("fr")).isEqualTo(NoticeLanguage.DE);
        assertThat(NoticeLanguage.of("en")).isEqualTo(NoticeLanguage.EN);
    }

    @Test
    void everyRetentionCategoryTheStoresReportHasAPlainLanguageName() {
        for (String category : new String[] {"customer-master-data", "conference-account", "conference-recording",
                "voicemail", "general-correspondence", "commercial-letter", "accounting-voucher"}) {
            assertThat(NoticeLanguage.DE.retentionCategory(category)).isNotEqualTo(category);
            assertThat(NoticeLanguage.EN.retentionCategory(category)).isNotEqualTo(category);
        }
        assertThat(NoticeLanguage.DE.retentionCategory("conference-recording")).isEqualTo("Konferenzaufzeichnung");
    }
}
