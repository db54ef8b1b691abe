package de.thwien.dsr.notifier.assistant;

import static de.thwien.dsr.notifier.NotifierTestKit.awaitAllSent;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.notifier.NotifierTestKit;
import de.thwien.dsr.notifier.wording.CaseReference;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class AssistantNoticeTests {

    @Inject
    Pool pool;

    @ConfigProperty(name = "dsr.notifier.assistant-email")
    String assistant;

    @Test
    void dailyDigestListsOverdueAndDueSoonCasesToTheAssistant() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String digestId = "digest-" + UUID.randomUUID();
        String overdueCase = UUID.randomUUID().toString();
        String dueSoonCase = UUID.randomUUID().toString();

        kit.publish(new CaseEvents.DeadlineDigestDue(digestId, LocalDate.parse("2026-04-01"),
                List.of(new CaseEvents.DigestEntry(dueSoonCase, RequestType.ACCESS, "VERIFIED",
                        LocalDate.parse("2026-04-07"), 6)),
                List.of(new CaseEvents.DigestEntry(overdueCase, RequestType.ERASURE, "RECEIVED",
                        LocalDate.parse("2026-03-30"), -2))));

        awaitAllSent(digestId, 1);
        ReceivedMail digest = kit.awaitMails(assistant, 1).stream()
                .filter(mail -> mail.text().contains(CaseReference.of(overdueCase)))
                .findFirst().orElseThrow();
        assertThat(digest.subject())
                .isEqualTo("Fristen-Übersicht vom 1. April 2026: 1 überfällig, 1 in den nächsten 7 Tagen fällig");
        assertThat(digest.text())
                .contains(CaseReference.of(overdueCase) + " (Löschung (Art. 17 DSGVO)), Status eingegangen,"
                        + " fällig war 30. März 2026, seit 2 Tagen überfällig")
                .contains(CaseReference.of(dueSoonCase) + " (Auskunft (Art. 15 DSGVO)), Status bestätigt,"
                        + " fällig am 7. April 2026, noch 6 Tage");
        assertThat(digest.text()).doesNotContain("@");
        assertThat(kit.outboxEventsFor(digestId)).isZero();
    }

    @Test
    void dailyDigestCountsTheOpenDeadLettersPerTopic() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String digestId = "digest-" + UUID.randomUUID();
        String overdueCase = UUID.randomUUID().toString();

        kit.publish(new CaseEvents.DeadlineDigestDue(digestId, LocalDate.parse("2026-04-02"), List.of(),
                List.of(new CaseEvents.DigestEntry(overdueCase, RequestType.ACCESS, "VERIFIED",
                        LocalDate.parse("2026-03-31"), -2)),
                List.of(new CaseEvents.DeadLetterCount("dsr.cases.dlq", 2),
                        new CaseEvents.DeadLetterCount("dsr.discovery.dlq", 0),
                        new CaseEvents.DeadLetterCount("dsr.erasure.dlq", 0),
                        new CaseEvents.DeadLetterCount("dsr.notices.dlq", 1))));

        awaitAllSent(digestId, 1);
        ReceivedMail digest = kit.mailsFor(assistant).stream()
                .filter(mail -> mail.text().contains(CaseReference.of(overdueCase)))
                .findFirst().orElseThrow();
        assertThat(digest.subject()).isEqualTo("Fristen-Übersicht vom 2. April 2026: 1 überfällig,"
                + " 0 in den nächsten 7 Tagen fällig, 3 nicht zugestellte Ereignisse");
        assertThat(digest.text()).contains("Nicht zugestellte Ereignisse (Dead Letters), offen: 3",
                "- dsr.cases.dlq: 2", "- dsr.discovery.dlq: 0", "- dsr.erasure.dlq: 0", "- dsr.notices.dlq: 1");
    }

    @Test
    void dailyDigestListsTheCasesToLookAtAndTheMailsInTriage() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String digestId = "digest-" + UUID.randomUUID();
        String repliedCase = UUID.randomUUID().toString();
        String bouncedCase = UUID.randomUUID().toString();
        String unverifiedCase = UUID.randomUUID().toString();

        kit.publish(new CaseEvents.DeadlineDigestDue(digestId, LocalDate.parse("2026-04-03"), List.of(), List.of(),
                List.of(), List.of(
                        new CaseEvents.AttentionEntry(repliedCase, RequestType.ACCESS, "NEW_REPLY",
                                Instant.parse("2026-04-02T08:15:00Z")),
                        new CaseEvents.AttentionEntry(bouncedCase, RequestType.ERASURE, "DELIVERY_FAILED",
                                Instant.parse("2026-04-02T09:00:00Z")),
                        new CaseEvents.AttentionEntry(unverifiedCase, RequestType.ACCESS, "UNVERIFIED",
                                Instant.parse("2026-04-02T10:00:00Z"))), 4L));

        awaitAllSent(digestId, 1);
        ReceivedMail digest = kit.mailsFor(assistant).stream()
                .filter(mail -> mail.text().contains(CaseReference.of(repliedCase)))
                .findFirst().orElseThrow();
        assertThat(digest.text()).contains("Bitte ansehen:",
                "- " + CaseReference.of(repliedCase) + " (Auskunft (Art. 15 DSGVO)): neue Antwort, seit ",
                "- " + CaseReference.of(bouncedCase) + " (Löschung (Art. 17 DSGVO)): Zustellung fehlgeschlagen,",
                "- " + CaseReference.of(unverifiedCase) + " (Auskunft (Art. 15 DSGVO)): Identität nicht bestätigt,",
                "E-Mails in der Sichtung (keinem Vorgang zugeordnet): 4");
    }

    @Test
    void dailyDigestListsTheAccessAnswersWaitingOnTheReviewOfNameMatches() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String digestId = "digest-" + UUID.randomUUID();
        String waitingCase = UUID.randomUUID().toString();

        kit.publish(new CaseEvents.DeadlineDigestDue(digestId, LocalDate.parse("2026-04-05"), List.of(), List.of(),
                List.of(), List.of(new CaseEvents.AttentionEntry(waitingCase, RequestType.ACCESS, "NAME_MATCH_REVIEW",
                        Instant.parse("2026-04-04T08:15:00Z"))), 0L));

        awaitAllSent(digestId, 1);
        ReceivedMail digest = kit.mailsFor(assistant).stream()
                .filter(mail -> mail.text().contains(CaseReference.of(waitingCase)))
                .findFirst().orElseThrow();
        assertThat(digest.text()).contains("- " + CaseReference.of(waitingCase)
                + " (Auskunft (Art. 15 DSGVO)): Auskunft wartet: Namenstreffer prüfen, seit ");
    }

    @Test
    void aDigestWrittenBeforeAttentionWasReportedSaysNothingAboutIt() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String digestId = "digest-" + UUID.randomUUID();
        String overdueCase = UUID.randomUUID().toString();

        kit.publish(new CaseEvents.DeadlineDigestDue(digestId, LocalDate.parse("2026-04-04"), List.of(),
                List.of(new CaseEvents.DigestEntry(overdueCase, RequestType.ACCESS, "VERIFIED",
                        LocalDate.parse("2026-03-31"), -4))));

        awaitAllSent(digestId, 1);
        ReceivedMail digest = kit.mailsFor(assistant).stream()
                .filter(mail -> mail.text().contains(CaseReference.of(overdueCase)))
                .findFirst().orElseThrow();
        assertThat(digest.text()).doesNotContain("Bitte ansehen", "Sichtung");
    }
}
