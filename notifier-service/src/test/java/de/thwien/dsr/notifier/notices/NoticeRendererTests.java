package de.thwien.dsr.notifier.notices;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class NoticeRendererTests {

    @Inject
    NoticeRenderer renderer;

    private AcknowledgementNotice noticeFor(String name) {
        return new AcknowledgementNotice("DSR-1234ABCD", name, "Auskunft (Art. 15 DSGVO)", "5. März 2026",
                "7. April 2026", "http://localhost/status/t");
    }

    @Test
    void markupInANameIsEscapedInTheHtmlPart() {
        RenderedNotice notice = renderer.render(NoticeKind.ACKNOWLEDGEMENT, NoticeLanguage.DE,
                noticeFor("<script>alert('x')</script>"));

        assertThat(notice.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void subjectIsOneLineWithTheCaseReference() {
        RenderedNotice notice = renderer.render(NoticeKind.ACKNOWLEDGEMENT, NoticeLanguage.EN, noticeFor(null));

        assertThat(notice.subject()).isEqualTo("We have received your data protection request (case DSR-1234ABCD)");
        assertThat(notice.text()).startsWith("Hello,");
    }
}
