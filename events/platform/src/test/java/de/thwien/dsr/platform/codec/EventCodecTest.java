package de.thwien.dsr.platform.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.EventTypes;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    private final CaseEvents.RequestReceived received = new CaseEvents.RequestReceived(
            "case-1", RequestType.ACCESS, "de", CaseEvents.Channel.WEB_FORM,
            Instant.parse("2026-03-04T23:30:00Z"), LocalDate.parse("2026-03-05"), LocalDate.parse("2026-04-07"),
            LocalDate.parse("2026-06-05"), "http://localhost/status/abc", null,
            new Person("erika@example.org", "Erika Mustermann"));

    @Test
    void eventSurvivesTheRoundTripThroughHeadersAndJson() {
        EventEnvelope envelope = EventEnvelope.of("/dsr/test", Instant.parse("2026-03-04T23:30:01Z"), received);

        EventEnvelope decoded = codec.decode(codec.headers(envelope), codec.encode(envelope.data()));

        assertThat(decoded).isEqualTo(envelope);
    }

    @Test
    void requestWrittenWithTheFirstTwoChannelsStillDecodes() {
        EventEnvelope envelope = EventEnvelope.of("/dsr/test", Instant.parse("2026-03-04T23:30:01Z"), received);
        String oldJson = codec.encode(received).replace("\"WEB_FORM\"", "\"EMAIL\"");

        EventEnvelope decoded = codec.decode(codec.headers(envelope), oldJson);

        assertThat(((CaseEvents.RequestReceived) decoded.data()).channel()).isEqualTo(CaseEvents.Channel.EMAIL);
    }

    @Test
    void accessPackageAnnouncedWithTheCategoriesFoundSurvivesTheRoundTrip() {
        DiscoveryEvents.AccessPackageReady ready = accessPackageReady(Map.of("mail", List.of("voicemail"),
                "crm", List.of()));
        EventEnvelope envelope = EventEnvelope.of("/dsr/test", Instant.parse("2026-03-04T23:30:01Z"), ready);

        EventEnvelope decoded = codec.decode(codec.headers(envelope), codec.encode(ready));

        assertThat(((DiscoveryEvents.AccessPackageReady) decoded.data()).categoriesPerStore())
                .isEqualTo(Map.of("mail", List.of("voicemail"), "crm", List.of()));
    }

    @Test
    void accessPackageAnnouncedBeforeTheCategoriesExistedStillDecodesWithoutThem() {
        DiscoveryEvents.AccessPackageReady ready = accessPackageReady(null);
        EventEnvelope envelope = EventEnvelope.of("/dsr/test", Instant.parse("2026-03-04T23:30:01Z"), ready);
        String oldJson = codec.encode(ready).replace(",\"categoriesPerStore\":null", "");

        EventEnvelope decoded = codec.decode(codec.headers(envelope), oldJson);

        assertThat(oldJson).doesNotContain("categoriesPerStore");
        assertThat(decoded.data()).isEqualTo(ready);
    }

    private static DiscoveryEvents.AccessPackageReady accessPackageReady(Map<String, List<String>> categories) {
        return new DiscoveryEvents.AccessPackageReady("case-1", "de", "https://thwien.de/p/t",
                Instant.parse("2026-04-01T10:00:00Z"), new Person("erika@example.org", "Erika Mustermann"),
                List.of("mail", "crm"), List.of(), Map.of("mail", 1, "crm", 0), null, categories);
    }

    @Test
    void letterRegisteredWithoutAnAddressSurvivesTheRoundTrip() {
        CaseEvents.RequestReceived letter = new CaseEvents.RequestReceived("case-2", RequestType.ERASURE, "de",
                CaseEvents.Channel.LETTER, Instant.parse("2026-11-26T09:00:00Z"), LocalDate.parse("2026-11-26"),
                LocalDate.parse("2026-12-28"), LocalDate.parse("2027-02-26"), "http://localhost/status/abc", null,
                new Person(null, "Erika Mustermann"));
        EventEnvelope envelope = EventEnvelope.of("/dsr/test", Instant.parse("2026-12-01T10:00:00Z"), letter);

        EventEnvelope decoded = codec.decode(codec.headers(envelope), codec.encode(letter));

        assertThat(decoded).isEqualTo(envelope);
    }

    @Test
    void headersCarryTheCloudEventsAttributesAndTheCaseIdAsSubject() {
        EventEnvelope envelope = EventEnvelope.of("/dsr/test", Instant.now(), received);

        Map<String, String> headers = codec.headers(envelope);

        assertThat(headers).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_id", envelope.id().toString())
                .containsEntry("ce_type", "de.thwien.dsr.request.received.v1")
                .containsEntry("ce_source", "/dsr/test")
                .containsEntry("ce_subject", "case-1")
                .containsEntry("content-type", "application/json");
    }

    @Test
    void personalDataSitsOnlyInThePersonalBlock() {
        String json = codec.encode(received);

        assertThat(json).contains("\"personal\":{\"email\":\"erika@example.org\",\"name\":\"Erika Mustermann\"}");
        assertThat(json.replace("\"personal\":{\"email\":\"erika@example.org\",\"name\":\"Erika Mustermann\"}", ""))
                .doesNotContain("erika").doesNotContain("Mustermann");
    }

    @Test
    void everyEventTypeIsRegisteredWithATopic() {
        for (Class<?> permitted : EventData.class.getPermittedSubclasses()) {
            @SuppressWarnings("unchecked")
            EventTypes.Registration registration = EventTypes.of((Class<? extends EventData>) permitted);
            assertThat(Topics.ALL).contains(registration.topic());
            assertThat(registration.type()).endsWith(".v1");
            assertThat(EventTypes.byType(registration.type())).contains(registration);
        }
    }

    @Test
    void aBounceTravelsToTheNotifierOnTheCasesTopicWithTheDiagnosticOnlyInThePersonalBlock() {
        CaseEvents.NoticeBounced bounced = new CaseEvents.NoticeBounced("case-1",
                NoticeEvents.NoticeKind.ACKNOWLEDGEMENT, "<n-1@thwien.de>", "5.1.1",
                Instant.parse("2026-03-05T08:00:00Z"),
                new CaseEvents.BounceDiagnostic("smtp; 550 5.1.1 <erika@example.org>: user unknown"));
        EventEnvelope envelope = EventEnvelope.of("/dsr/intake-service", Instant.now(), bounced);

        String json = codec.encode(bounced);

        assertThat(envelope.topic()).isEqualTo(Topics.CASES);
        assertThat(envelope.type()).isEqualTo("de.thwien.dsr.notice.bounced.v1");
        assertThat(codec.decode(codec.headers(envelope), json)).isEqualTo(envelope);
        assertThat(json.replaceAll("\"personal\":\\{[^}]*}", "")).doesNotContain("erika").contains("5.1.1");
    }

    @Test
    void unknownTypeIsRejected() {
        Map<String, String> headers = new HashMap<>(codec.headers(EventEnvelope.of("/s", Instant.now(), received)));
        headers.put("ce_type", "de.thwien.dsr.nonsense.v1");

        assertThatThrownBy(() -> codec.decode(headers, codec.encode(received)))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("unknown event type");
    }

    @Test
    void missingHeaderIsRejected() {
        Map<String, String> headers = new HashMap<>(codec.headers(EventEnvelope.of("/s", Instant.now(), received)));
        headers.remove("ce_id");

        assertThatThrownBy(() -> codec.decode(headers, codec.encode(received)))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("ce_id");
    }

    @Test
    void malformedJsonIsRejectedWithoutQuotingTheInput() {
        Map<String, String> headers = codec.headers(EventEnvelope.of("/s", Instant.now(), received));

        assertThatThrownBy(() -> codec.decode(headers, "{\"caseId\":\"case-1\",\"receivedAt\":\"secret@example.org\"}"))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageNotContaining("secret@example.org")
                .hasNoCause();
    }

    @Test
    void dataWhoseCaseIdDiffersFromTheSubjectIsRejected() {
        Map<String, String> headers = new HashMap<>(codec.headers(EventEnvelope.of("/s", Instant.now(), received)));
        headers.put("ce_subject", "another-case");

        assertThatThrownBy(() -> codec.decode(headers, codec.encode(received)))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("subject");
    }

    @Test
    void deadLetterTopicsAreTwinsOfEveryTopic() {
        assertThat(Topics.allWithDeadLetters()).containsExactly(
                "dsr.cases", "dsr.cases.dlq", "dsr.discovery", "dsr.discovery.dlq",
                "dsr.erasure", "dsr.erasure.dlq", "dsr.notices", "dsr.notices.dlq");
    }

    @Test
    void digestWrittenBeforeDeadLettersWereCountedStillDecodes() {
        CaseEvents.DeadlineDigestDue digest = new CaseEvents.DeadlineDigestDue("digest-2026-04-01",
                LocalDate.parse("2026-04-01"), List.of(), List.of());
        EventEnvelope envelope = EventEnvelope.of("/dsr/intake-service", Instant.now(), digest);
        String oldJson = "{\"digestId\":\"digest-2026-04-01\",\"date\":\"2026-04-01\",\"dueSoon\":[],\"overdue\":[]}";

        EventEnvelope decoded = codec.decode(codec.headers(envelope), oldJson);

        assertThat(decoded.data()).isEqualTo(digest);
        assertThat(((CaseEvents.DeadlineDigestDue) decoded.data()).openDeadLetters()).isNull();
    }

    @Test
    void digestCarriesTheOpenDeadLettersPerTopic() {
        CaseEvents.DeadlineDigestDue digest = new CaseEvents.DeadlineDigestDue("digest-2026-04-02",
                LocalDate.parse("2026-04-02"), List.of(), List.of(),
                List.of(new CaseEvents.DeadLetterCount("dsr.cases.dlq", 2), new CaseEvents.DeadLetterCount(
                        "dsr.notices.dlq", 1)));
        EventEnvelope envelope = EventEnvelope.of("/dsr/intake-service", Instant.now(), digest);

        EventEnvelope decoded = codec.decode(codec.headers(envelope), codec.encode(digest));

        assertThat(decoded.data()).isEqualTo(digest);
        assertThat(codec.encode(digest)).contains("\"openDeadLetters\":[{\"topic\":\"dsr.cases.dlq\",\"open\":2}");
    }

    @Test
    void everyBusinessTopicHasItsDeadLetterTopic() {
        assertThat(Topics.deadLetterTopics())
                .containsExactly("dsr.cases.dlq", "dsr.discovery.dlq", "dsr.erasure.dlq", "dsr.notices.dlq");
    }

    @Test
    void findingsTravelInsideThePersonalBlockOfSubjectLocated() {
        var finding = new Finding("mail", "imap:INBOX;UIDVALIDITY=1;UID=7", List.of("email"), "general-correspondence",
                LocalDate.parse("2024-02-01"), "Art. 6(1)(f) GDPR", Finding.MatchStrength.STRONG, "Mail of 2024-02-01");
        var located = new DiscoveryEvents.SubjectLocated("case-9", RequestType.ERASURE, "en", List.of("mail"),
                List.of(), new DiscoveryEvents.Located(new Person("a@example.org", "A"), List.of(finding)));
        EventEnvelope envelope = EventEnvelope.of("/s", Instant.now(), located);

        EventEnvelope decoded = codec.decode(codec.headers(envelope), codec.encode(located));

        assertThat(decoded.data()).isEqualTo(located);
        assertThat(envelope.topic()).isEqualTo(Topics.DISCOVERY);
    }

    @Test
    void aNameMatchReviewTravelsOnTheDiscoveryTopicWithCountsAndCodesOnly() {
        var waiting = new DiscoveryEvents.NameMatchesAwaitingReview("case-10", 2);
        var decided = new DiscoveryEvents.NameMatchDecided("case-10", "mail", "REJECTED", "NOT_THE_REQUESTER",
                "assistant", Instant.parse("2026-03-05T10:00:00Z"), 1);

        for (EventData data : List.<EventData>of(waiting, decided)) {
            EventEnvelope envelope = EventEnvelope.of("/dsr/subject-index-service", Instant.now(), data);
            assertThat(codec.decode(codec.headers(envelope), codec.encode(data))).isEqualTo(envelope);
            assertThat(envelope.topic()).isEqualTo(Topics.DISCOVERY);
        }
        assertThat(codec.headers(EventEnvelope.of("/s", Instant.now(), waiting)))
                .containsEntry("ce_type", "de.thwien.dsr.name-matches.awaiting-review.v1");
    }

    @Test
    void storesNotSearchedTravelsOnTheDiscoveryTopicWithTheRequesterOnlyInThePersonalBlock() {
        var notSearched = new DiscoveryEvents.StoresNotSearched("case-9", RequestType.ACCESS, "de",
                List.of("conference"), 10, new Person("erika@example.org", "Erika Mustermann"));
        EventEnvelope envelope = EventEnvelope.of("/dsr/subject-index-service", Instant.now(), notSearched);

        String json = codec.encode(notSearched);

        assertThat(envelope.topic()).isEqualTo(Topics.DISCOVERY);
        assertThat(envelope.type()).isEqualTo("de.thwien.dsr.stores.not-searched.v1");
        assertThat(codec.decode(codec.headers(envelope), json)).isEqualTo(envelope);
        assertThat(json.replaceAll("\"personal\":\\{[^}]*}", "")).doesNotContain("erika")
                .doesNotContain("Mustermann").contains("conference");
    }
}
