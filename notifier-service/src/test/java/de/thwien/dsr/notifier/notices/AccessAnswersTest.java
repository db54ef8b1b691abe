package de.thwien.dsr.notifier.notices;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.DiscoveryEvents.AccessPackageReady;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import de.thwien.dsr.platform.codec.EventCodec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessAnswersTest {

    private static final String CASE_ID = "1234abcd-0000-4000-8000-000000000000";
    private static final Instant EXPIRES = Instant.parse("2026-04-01T10:00:00Z");

    private final EventCodec codec = new EventCodec();

    @Test
    void aPackageAnnouncedBeforeTheEventSaidWhatWasSearchedStillDecodesAndGetsTheAnswerWithItsCopy() {
        AccessPackageReady current = new AccessPackageReady(CASE_ID, "de", "https://thwien.de/p/old", EXPIRES,
                new Person("erika@example.org", "Erika Mustermann"));
        EventEnvelope envelope = EventEnvelope.of("/dsr/subject-index-service", Instant.now(), current);
        String oldJson = "{\"caseId\":\"" + CASE_ID + "\",\"language\":\"de\",\"packageUrl\":\"https://thwien.de/p/old\","
                + "\"expiresAt\":\"2026-04-01T10:00:00Z\",\"personal\":{\"email\":\"erika@example.org\","
                + "\"name\":\"Erika Mustermann\"}}";

        AccessPackageReady decoded = (AccessPackageReady) codec.decode(codec.headers(envelope), oldJson).data();

        assertThat(decoded).isEqualTo(current);
        assertThat(AccessAnswers.kindOf(decoded)).isEqualTo(NoticeKind.ACCESS_ANSWER);
        AccessAnswerNotice answer = AccessAnswers.answer(decoded, NoticeLanguage.DE);
        assertThat(answer.withCopy()).isTrue();
        assertThat(answer.nothingFound()).isFalse();
        assertThat(answer.storesSearched()).isEmpty();
    }

    @Test
    void thePackageRebuiltAfterAStoreWasSearchedAgainCallsForTheFollowUp() {
        AccessPackageReady followUp = new AccessPackageReady(CASE_ID, "en", "https://thwien.de/p/new", EXPIRES,
                null, List.of("mail", "crm", "conference"), List.of(), Map.of("mail", 2, "crm", 0, "conference", 0),
                List.of("conference"));

        assertThat(AccessAnswers.kindOf(followUp)).isEqualTo(NoticeKind.ACCESS_FOLLOW_UP);
        AccessFollowUpNotice notice = AccessAnswers.followUp(followUp, NoticeLanguage.EN);
        assertThat(notice.searchedAgain()).containsExactly(new StoreRecords("web conference server", 0));
        assertThat(notice.withCopy()).isTrue();
        assertThat(notice.nothingFound()).isFalse();
    }
}
