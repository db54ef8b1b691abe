package de.thwien.dsr.notifier.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.Mailbox;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.infra.test.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class AcknowledgementTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final EventCodec codec = new EventCodec();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "dsr.mail.host")
    String mailHost;

    @ConfigProperty(name = "dsr.mail.imap-port")
    int imapPort;

    @Test
    void germanRequestGetsAGermanAcknowledgementWithDueDateAndStatusLink() {
        String address = uniqueAddress();
        EventEnvelope received = requestReceived(address, "de", null);

        publish(received);

        ReceivedMail mail = awaitSingleMail(address);
        assertThat(mail.subject()).startsWith("Eingang Ihres Antrags auf Auskunft (Vorgang DSR-");
        assertThat(mail.text())
                // the address is not verified yet: a neutral greeting, not the typed name
                .startsWith("Guten Tag,")
                .doesNotContain("Erika Mustermann")
                .contains("Auskunft (Art. 15 DSGVO) am 5. März 2026 erhalten")
                .contains("spätestens bis zum 7. April 2026")
                .contains("http://localhost/status/token-abc")
                .contains("Am Gierath 20a, 40885 Ratingen");
        assertThat(mail.from()).contains("datenschutz@thwien.de");
    }

    @Test
    void englishRequestGetsAnEnglishAcknowledgement() {
        String address = uniqueAddress();

        publish(requestReceived(address, "en", null));

        ReceivedMail mail = awaitSingleMail(address);
        assertThat(mail.subject()).startsWith("We have received your request for access (case DSR-");
        assertThat(mail.text()).contains("by 7 April 2026 at the latest").contains("access (Art. 15 GDPR)");
    }

    @Test
    void aLetterRegisteredAfterItsMonthEndedIsToldThePeriodEndedInsteadOfBeingPromisedThePastDate() {
        String address = uniqueAddress();
        // received by letter on 20 October, registered by the assistant only on 7 December
        publish(EventEnvelope.of("/dsr/test", Instant.parse("2026-12-07T09:00:00Z"), new CaseEvents.RequestReceived(
                UUID.randomUUID().toString(), RequestType.ERASURE, "de", CaseEvents.Channel.LETTER,
                Instant.parse("2026-10-20T09:00:00Z"), LocalDate.parse("2026-10-20"), LocalDate.parse("2026-11-20"),
                LocalDate.parse("2027-01-20"), "http://localhost/status/token-late", null,
                new Person(address, "Erika Mustermann"))));

        ReceivedMail mail = awaitSingleMail(address);
        assertThat(mail.text())
                .contains("Die Frist von einem Monat (Art. 12 Abs. 3 DSGVO) endete am 20. November 2026")
                .contains("Art. 77 DSGVO")
                .doesNotContain("spätestens bis zum");
    }

    @Test
    void sentNoticeIsAnnouncedWithItsMessageId() {
        String address = uniqueAddress();
        EventEnvelope received = requestReceived(address, "de", null);

        publish(received);

        ReceivedMail mail = awaitSingleMail(address);
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            ConsumerRecord<String, String> sent = await().atMost(PATIENCE).until(() -> probe.readAll(Topics.NOTICES)
                    .stream().filter(r -> received.subject().equals(r.key())).findFirst().orElse(null), r -> r != null);
            assertThat(TopicProbe.header(sent, "ce_type")).isEqualTo("de.thwien.dsr.notice.sent.v1");
            assertThat(sent.value()).contains("\"kind\":\"ACKNOWLEDGEMENT\"")
                    .contains("\"triggerEventId\":\"" + received.id() + "\"")
                    .contains(mail.messageId().orElseThrow());
        }
    }

    @Test
    void redeliveredEventSendsNoSecondMail() {
        String address = uniqueAddress();
        EventEnvelope received = requestReceived(address, "de", null);
        EventEnvelope later = requestReceived(address, "en", null);

        publish(received);
        publish(received);
        publish(later);

        await().atMost(PATIENCE).until(() -> new Mailbox(mailHost, imapPort).messagesFor(address).size() >= 2);
        List<ReceivedMail> mails = new Mailbox(mailHost, imapPort).messagesFor(address);
        assertThat(mails).extracting(ReceivedMail::subject)
                .filteredOn(subject -> subject.startsWith("Eingang Ihres Antrags")).hasSize(1);
        assertThat(mails).hasSize(2);
    }

    @Test
    void requestThatCameByMailIsAnsweredInItsThread() {
        String address = uniqueAddress();

        publish(requestReceived(address, "de", "<request-123@example.org>"));

        ReceivedMail mail = awaitSingleMail(address);
        assertThat(mail.inReplyTo()).contains("<request-123@example.org>");
        assertThat(mail.header("References")).contains("<request-123@example.org>");
    }

    private ReceivedMail awaitSingleMail(String address) {
        Mailbox mailbox = new Mailbox(mailHost, imapPort);
        await().atMost(PATIENCE).until(() -> !mailbox.messagesFor(address).isEmpty());
        return assertThat(mailbox.messagesFor(address)).singleElement().actual();
    }

    private void publish(EventEnvelope envelope) {
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            probe.send(envelope.topic(), envelope.subject(), codec.headers(envelope), codec.encode(envelope.data()));
        }
    }

    private static String uniqueAddress() {
        return "requester-" + UUID.randomUUID() + "@example.org";
    }

    /** A request received on 5 March 2026 (Berlin), opened the moment it arrived. */
    private static EventEnvelope requestReceived(String address, String language, String originalMessageId) {
        String caseId = UUID.randomUUID().toString();
        return EventEnvelope.of("/dsr/test", Instant.parse("2026-03-04T23:30:05Z"), new CaseEvents.RequestReceived(caseId,
                RequestType.ACCESS, language, originalMessageId == null ? CaseEvents.Channel.WEB_FORM
                        : CaseEvents.Channel.EMAIL,
                Instant.parse("2026-03-04T23:30:00Z"), LocalDate.parse("2026-03-05"), LocalDate.parse("2026-04-07"),
                LocalDate.parse("2026-06-05"), "http://localhost/status/token-abc", originalMessageId,
                new Person(address, "Erika Mustermann")));
    }
}
