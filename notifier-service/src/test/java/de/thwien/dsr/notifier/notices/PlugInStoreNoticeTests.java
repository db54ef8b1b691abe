package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.notices.ExpectedWords.inEither;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.StoreName;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.delivery.RenderedNotice;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store added as a plug-in (a guest book, which no contract of the notifier knows) is named in the erasure
 * confirmation by the words its type declared, as {@code records.erased} carries them; without them, as another of
 * our systems. Its id never reaches the requester.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class PlugInStoreNoticeTests {

    private static final String CASE_ID = "1234abcd-0000-4000-8000-000000000000";
    private static final StoreName GUESTBOOK =
            new StoreName("guestbook", "Gästebuch unserer Website", "guest book of our website");

    @Inject
    NoticeRenderer renderer;

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void anErasedRecordOfAPlugInStoreIsNamedByTheStoresDeclaredName(NoticeLanguage language) {
        RenderedNotice notice = confirmation(erasedGuestbookEntry(language).withStoreNames(List.of(GUESTBOOK)),
                language);

        for (String part : new String[] {notice.text(), notice.html()}) {
            assertThat(part).contains(inEither(language, "in unserem System „Gästebuch unserer Website“",
                    "in our system “guest book of our website”")).doesNotContain("guestbook", "entry/1");
        }
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aRecordOfAStoreNobodyNamedIsInAnotherOfOurSystemsNeverUnderItsId(NoticeLanguage language) {
        RenderedNotice notice = confirmation(erasedGuestbookEntry(language), language);

        for (String part : new String[] {notice.text(), notice.html()}) {
            assertThat(part).contains(inEither(language, "in einem weiteren unserer Systeme",
                    "in another of our systems")).doesNotContain("guestbook", "entry/1");
        }
    }

    private static ErasureEvents.RecordsErased erasedGuestbookEntry(NoticeLanguage language) {
        return new ErasureEvents.RecordsErased(CASE_ID, RequestType.ERASURE, language.code(),
                List.of(new ErasureEvents.ErasedRecord("guestbook", "entry/1", "general-correspondence",
                        Instant.parse("2026-03-12T10:15:00Z"), LocalDate.parse("2025-06-01"))),
                List.of(), List.of(), List.of(), List.of(), new Person("jana.becker@example.net", "Jana Becker"));
    }

    private RenderedNotice confirmation(ErasureEvents.RecordsErased erased, NoticeLanguage language) {
        return renderer.render(NoticeKind.ERASURE_CONFIRMATION, language, ErasureConfirmations.of(erased,
                NoticeSamples.recipientsTold(language), ControllerStatus.MERCHANT, language));
    }
}
