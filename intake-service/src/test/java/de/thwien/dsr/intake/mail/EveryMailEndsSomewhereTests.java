package de.thwien.dsr.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Nothing that reaches the privacy mailbox is lost: every mail, of every kind a real mailbox receives, ends as
 * exactly one of a case, a reply on a case, or a triage item (open, or handled by the system with its case), and in
 * exactly one folder, the inbox left empty; only the new requests are answered.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class EveryMailEndsSomewhereTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> FOLDERS = List.of("Processed", "Errors", "DSR-Automatic", "DSR-Triage");

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyMailOfEveryKindIsCountedOnceAsCaseReplyOrTriageItemAndOnlyNewRequestsAreAnswered() throws Exception {
        RequestMailbox mailbox = RequestMailbox.ofTestConfiguration();
        String requester = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", requester);
        String acknowledgement = noticeSent(caseId, NoticeKind.ACKNOWLEDGEMENT);
        String verificationLink = noticeSent(caseId, NoticeKind.VERIFICATION_LINK);
        String reference = "DSR-" + caseId.replace("-", "").substring(0, 8).toUpperCase();
        long eventsOfTheCaseBefore = outboxEventsOf(caseId);

        // what each mail must become
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        String newRequester = CaseTables.uniqueEmail();
        String htmlRequester = CaseTables.uniqueEmail();
        String quotingRequester = CaseTables.uniqueEmail();
        add(raw, expected, "case", id -> mail(id, newRequester, "Auskunft", "",
                "text/plain", "Ich bitte um Auskunft nach Art. 15 DSGVO über meine Daten."));
        add(raw, expected, "case", id -> mail(id, htmlRequester, "Anfrage", "", "text/html",
                "<html><body><p>Bitte um <b>L&ouml;schung</b> meiner Daten</p><p>Gr&#252;&#223;e</p></body></html>"));
        add(raw, expected, "case", id -> mail(id, quotingRequester, "Re: your newsletter", "", "text/plain",
                "Please delete all my personal data.\n\nAm 01.12.2026 schrieb Newsletter:\n> Ich bitte um Auskunft"));
        add(raw, expected, "reply", id -> mail(id, requester, "Re: Ihre Datenschutzanfrage ist eingegangen",
                "In-Reply-To: " + acknowledgement + "\r\nReferences: " + acknowledgement + "\r\n", "text/plain",
                "Danke, bitte auch die Rechnungen."));
        add(raw, expected, "reply", id -> mail(id, requester, "AW: Vorgang " + reference, "", "text/plain",
                "Den Link habe ich nicht bekommen."));
        add(raw, expected, "reply", id -> mail(id, requester, "Abwesenheitsnotiz: Ihre Datenschutzanfrage",
                "Auto-Submitted: auto-replied\r\nIn-Reply-To: " + verificationLink + "\r\n", "text/plain",
                "Ich bin bis zum 10.12. nicht im Büro. Ihre Mail zur Löschung lese ich danach."));
        add(raw, expected, "triage", id -> mail(id, CaseTables.uniqueEmail(), "Frage zu " + reference, "",
                "text/plain", "Was steht in diesem Vorgang?"));
        add(raw, expected, "triage", id -> mail(id, CaseTables.uniqueEmail(), "Abwesenheitsnotiz",
                "Auto-Submitted: auto-replied\r\n", "text/plain", "Ich bin nicht im Büro. Löschung folgt."));
        add(raw, expected, "triage", id -> mail(id, CaseTables.uniqueEmail(), "Newsletter Dezember",
                "List-Id: <news.example.org>\r\n", "text/plain", "Auskunft über unsere neuen Produkte."));
        add(raw, expected, "handled-triage", id -> DeliverySamples.raw("postfix-failed", acknowledgement, requester)
                .replaceFirst("(?im)^Message-I[dD]: .*$", "Message-ID: " + id));
        add(raw, expected, "triage", id -> DeliverySamples.raw("gmail-failed", "<" + UUID.randomUUID()
                + "@elsewhere.example>", CaseTables.uniqueEmail())
                .replaceFirst("(?im)^Message-I[dD]: .*$", "Message-ID: " + id));
        add(raw, expected, "error", id -> mail(id, "jos\u00e9@example.org", "Auskunft", "", "text/plain",
                "Ich bitte um Auskunft."));

        for (String mail : raw.values()) {
            mailbox.send(mail);
        }

        await().atMost(PATIENCE).until(() -> raw.keySet().stream().allMatch(id -> inFolders(mailbox, id) == 1));
        for (Map.Entry<String, String> mail : expected.entrySet()) {
            String id = mail.getKey();
            assertThat(mailbox.countIn("INBOX", id)).as("left in the inbox: %s", mail.getValue()).isZero();
            assertThat(inFolders(mailbox, id)).as("in exactly one folder: %s", mail.getValue()).isEqualTo(1);
            assertThat(destinationsOf(id)).as("what %s became", id).containsExactly(mail.getValue());
        }
        assertThat(expected.values()).containsOnly("case", "reply", "triage", "handled-triage", "error");
        assertThat(requestEventsNaming(expected, "case")).as("each new request answered once").isEqualTo(3);
        assertThat(outboxEventsOf(caseId)).as("the existing case's requester gets nothing; the bounce goes to the"
                + " notifier").isEqualTo(eventsOfTheCaseBefore + 1);
        String triagePage = FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard/triage").asString();
        expected.entrySet().stream().filter(mail -> mail.getValue().equals("triage"))
                .forEach(mail -> assertThat(triagePage).as("open in triage").contains(mail.getKey()
                        .replace("<", "&lt;").replace(">", "&gt;")));
        assertThat(triagePage).contains("Mailingliste oder Newsletter", "automatisch versandt (Auto-Submitted)");
    }

    private interface MailOf {
        String with(String messageId);
    }

    private static void add(Map<String, String> raw, Map<String, String> expected, String becomes, MailOf mail) {
        String id = "<" + UUID.randomUUID() + "@sender.example>";
        raw.put(id, mail.with(id));
        expected.put(id, becomes);
    }

    private static int inFolders(RequestMailbox mailbox, String messageId) {
        try {
            int found = 0;
            for (String folder : FOLDERS) {
                found += mailbox.countIn(folder, messageId);
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record that names the mail: a case, a reply on a case, an open or handled triage item, an error. */
    private List<String> destinationsOf(String messageId) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < count("select count(*) from dsr_case where mail_key = $1", messageId); i++) {
            found.add("case");
        }
        for (int i = 0; i < count("select count(*) from case_reply where mail_key = $1 and triage_id is null",
                messageId); i++) {
            found.add("reply");
        }
        for (int i = 0; i < count("select count(*) from mail_intake_failure where message_id = $1 and kind <> 'ERROR'"
                + " and handled_at is null", messageId); i++) {
            found.add("triage");
        }
        for (int i = 0; i < count("select count(*) from mail_intake_failure where message_id = $1"
                + " and handled_by = 'system' and case_id is not null", messageId); i++) {
            found.add("handled-triage");
        }
        for (int i = 0; i < count("select count(*) from mail_intake_failure where message_id = $1 and kind = 'ERROR'",
                messageId); i++) {
            found.add("error");
        }
        return found;
    }

    private long count(String sql, String messageId) {
        return pool.preparedQuery(sql).execute(Tuple.of(messageId)).await().indefinitely().iterator().next()
                .getLong(0);
    }

    private long requestEventsNaming(Map<String, String> expected, String kind) {
        return expected.entrySet().stream().filter(mail -> mail.getValue().equals(kind))
                .mapToLong(mail -> pool.preparedQuery("select count(*) from outbox_event where event_type = $1"
                                + " and position($2 in payload) > 0")
                        .execute(Tuple.of("de.thwien.dsr.request.received.v1",
                                "\"originalMessageId\":\"" + mail.getKey() + "\""))
                        .await().indefinitely().iterator().next().getLong(0))
                .sum();
    }

    private long outboxEventsOf(String caseId) {
        return pool.preparedQuery("select count(*) from outbox_event where record_key = $1")
                .execute(Tuple.of(caseId)).await().indefinitely().iterator().next().getLong(0);
    }

    private String noticeSent(String caseId, NoticeKind kind) {
        String messageId = "<" + UUID.randomUUID() + "@thwien.de>";
        CaseTables tables = new CaseTables(pool);
        long before = tables.timelineEntries(caseId, "NOTICE_SENT");
        EventEnvelope envelope = EventEnvelope.of("/dsr/notifier-service", Instant.now(),
                new NoticeEvents.NoticeSent(caseId, kind, UUID.randomUUID(), messageId, Instant.now(), null));
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            EventCodec codec = new EventCodec();
            probe.send(envelope.topic(), envelope.subject(), codec.headers(envelope), codec.encode(envelope.data()));
        }
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "NOTICE_SENT") == before + 1);
        return messageId;
    }

    private static String mail(String messageId, String from, String subject, String extraHeaders, String type,
            String text) {
        return "From: " + from + "\r\nTo: " + RequestMailbox.ofTestConfiguration().address() + "\r\nSubject: "
                + subject + "\r\nMessage-ID: " + messageId + "\r\nDate: Sun, 06 Dec 2026 10:00:00 +0100\r\n"
                + extraHeaders + "MIME-Version: 1.0\r\nContent-Type: " + type + "; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + text.replace("\n", "\r\n") + "\r\n";
    }
}
