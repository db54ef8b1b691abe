package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.NotifierTestKit.awaitAllSent;
import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static de.thwien.dsr.notifier.NotifierTestKit.requestReceived;
import static de.thwien.dsr.notifier.NotifierTestKit.single;
import static de.thwien.dsr.notifier.NotifierTestKit.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Art. 15 answer at its edges: nobody's data found says so plainly, a store that could not be searched is
 * named with the promise of a follow-up, and the follow-up comes once, when the store was searched; when the retries
 * ran out instead, the requester is told once and the assistant alerted once.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class AccessAnswerTests {

    private static final List<String> EVERY_STORE = List.of("mail", "crm", "conference");
    private static final Instant EXPIRES = Instant.parse("2026-04-01T10:00:00Z");

    @Inject
    Pool pool;

    @ConfigProperty(name = "dsr.notifier.assistant-email")
    String assistant;

    private NotifierTestKit kit;

    @BeforeEach
    void kit() {
        kit = new NotifierTestKit(pool);
    }

    @Test
    void aPersonInNoStoreIsToldInGermanThatWeProcessNoDataAboutHerAndWhichStoresWereSearched() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        requested(caseId, address, "de");
        kit.publish(new DiscoveryEvents.AccessPackageReady(caseId, "de", "https://thwien.de/package/empty",
                EXPIRES, new Person(address, "Erika Mustermann"), EVERY_STORE, List.of(),
                Map.of("mail", 0, "crm", 0, "conference", 0), null));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "Auskunft über Ihre Daten");
        assertThat(mail.text()).contains("Wir verarbeiten keine personenbezogenen Daten zu Ihrer Person",
                "E-Mail-Postfach", "Kunden- und Rechnungsverwaltung", "Web-Konferenz-Server",
                "Art. 6 Abs. 1 lit. c DSGVO", "3 Jahre", "Hetzner Online GmbH", "Kavalleriestraße 2-4")
                .doesNotContain("https://thwien.de/package/empty", "conference", "crm");
    }

    @Test
    void aPersonInNoStoreIsToldInEnglishThatWeProcessNoDataAboutHerAndWhichStoresWereSearched() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        requested(caseId, address, "en");
        kit.publish(new DiscoveryEvents.AccessPackageReady(caseId, "en", "https://thwien.de/package/empty",
                EXPIRES, new Person(address, "Erika Mustermann"), EVERY_STORE, List.of(),
                Map.of("mail", 0, "crm", 0, "conference", 0), null));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "Access to your data");
        assertThat(mail.text()).contains("We do not process any personal data about you", "mailbox",
                "customer and invoice records", "web conference server", "Art. 6(1)(c) GDPR", "3 years",
                "Hetzner Online GmbH", "Kavalleriestraße 2-4")
                .doesNotContain("https://thwien.de/package/empty", "Wir verarbeiten");
    }

    @Test
    void aStoreThatCouldNotBeSearchedIsNamedWithThePromiseOfAFollowUp() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        requested(caseId, address, "de");
        kit.publish(firstAnswer(caseId, address));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "Auskunft über Ihre Daten");
        assertThat(mail.text()).contains("https://thwien.de/package/first",
                "Nicht durchsuchen konnten wir: Web-Konferenz-Server",
                "schreiben Ihnen erneut, was wir dort gefunden haben")
                .doesNotContain("Wir verarbeiten keine personenbezogenen Daten");
    }

    @Test
    void theFollowUpIsSentOnceWhenTheStoreWasSearchedAndSaysWhatWasFoundThereWithTheNewLink() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        requested(caseId, address, "de");
        kit.publish(firstAnswer(caseId, address));
        EventEnvelope followUp = NotifierTestKit.envelope(new DiscoveryEvents.AccessPackageReady(caseId, "de",
                "https://thwien.de/package/complete", EXPIRES, new Person(address, "Erika Mustermann"), EVERY_STORE,
                List.of(), Map.of("mail", 2, "crm", 1, "conference", 1), List.of("conference")));
        kit.publish(followUp);
        kit.publish(followUp);
        EventEnvelope marker = kit.publish(new CaseEvents.RequestRejected(caseId, "de",
                CaseEvents.RejectionReason.OTHER, "Marker", new Person(address, null)));

        kit.awaitApplied(marker);
        awaitAllSent(caseId, 4);
        List<ReceivedMail> mails = kit.awaitMails(address, 4);
        assertThat(mails).filteredOn(m -> m.subject().startsWith("Auskunft über Ihre Daten")).hasSize(1);
        ReceivedMail mail = single(mails, "Nachtrag zu Ihrer Auskunft");
        assertThat(mail.text()).contains("Web-Konferenz-Server: 1 Datensatz", "https://thwien.de/package/complete",
                "1. April 2026").doesNotContain("https://thwien.de/package/first", "conference");
        assertThat(mails).hasSize(4);
        assertThat(alertsAbout(caseId)).as("the store was searched: nothing to search by hand").isEmpty();
    }

    @Test
    void whenTheRetriesRanOutTheRequesterIsToldOnceThatTheSystemCouldNotBeSearchedAndTheAssistantIsAlertedOnce() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        requested(caseId, address, "de");
        kit.publish(firstAnswer(caseId, address));
        EventEnvelope givenUp = NotifierTestKit.envelope(new DiscoveryEvents.StoresNotSearched(caseId,
                RequestType.ACCESS, "de", List.of("conference"), 10, new Person(address, "Erika Mustermann")));
        kit.publish(givenUp);
        kit.publish(givenUp);
        EventEnvelope marker = kit.publish(new CaseEvents.RequestRejected(caseId, "de",
                CaseEvents.RejectionReason.OTHER, "Marker", new Person(address, null)));

        kit.awaitApplied(marker);
        awaitAllSent(caseId, 5);
        List<ReceivedMail> mails = kit.awaitMails(address, 4);
        ReceivedMail mail = single(mails, "Ihre Auskunft (Art. 15 DSGVO");
        assertThat(mail.text()).contains("Trotz wiederholter Versuche",
                "Nicht durchsuchen konnten wir: Web-Konferenz-Server.",
                "Diesen Teil Ihres Antrags haben wir nicht ausgeführt", "datenschutz@thwien.de", "Art. 77 DSGVO",
                "Art. 79 DSGVO").doesNotContain("conference");
        assertThat(mails).hasSize(4);
        assertThat(alertsAbout(caseId)).singleElement().satisfies(alert -> {
            assertThat(alert.subject()).startsWith("Von Hand durchsuchen");
            assertThat(alert.text()).contains("Web-Konferenz-Server", caseId, "10 Versuchen")
                    .doesNotContain(address, "Mustermann");
        });
    }

    /** The assistant's alerts about the case (her mailbox is shared by every test). */
    private List<ReceivedMail> alertsAbout(String caseId) {
        return kit.mailsFor(assistant).stream().filter(m -> m.text().contains(caseId)).toList();
    }

    private void requested(String caseId, String address, String language) {
        EventEnvelope received = kit.publish(requestReceived(caseId, RequestType.ACCESS, address, language, null));
        // dsr.discovery is not ordered against dsr.cases; in life the case is weeks old
        kit.awaitApplied(received);
    }

    /** The answer while the conference server was down: three records from mail and CRM. */
    private static DiscoveryEvents.AccessPackageReady firstAnswer(String caseId, String address) {
        return new DiscoveryEvents.AccessPackageReady(caseId, "de", "https://thwien.de/package/first", EXPIRES,
                new Person(address, "Erika Mustermann"), List.of("mail", "crm"), List.of("conference"),
                Map.of("mail", 2, "crm", 1), null);
    }
}
