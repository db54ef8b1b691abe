package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static de.thwien.dsr.notifier.NotifierTestKit.requestReceived;
import static de.thwien.dsr.notifier.NotifierTestKit.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.ErasureEvents;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A record an objection had restricted under a retention hold is erased when the hold ends, years after her answer:
 * its {@code records.erased} still carries the request type OBJECTION, and is told as the erasure it is (naming her
 * objection), never as a second answer to the objection.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class ObjectionErasedAfterHoldTests {

    @Inject
    Pool pool;

    private NotifierTestKit kit;

    @BeforeEach
    void kit() {
        kit = new NotifierTestKit(pool);
    }

    @Test
    void theRecordErasedWhenItsHoldEndedIsConfirmedAsAnErasureAndHerObjectionIsNotAnsweredTwice() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        Person her = new Person(address, "Erika Mustermann");
        EventEnvelope received = kit.publish(requestReceived(caseId, RequestType.OBJECTION, address, "de", null));
        kit.awaitApplied(received);
        ErasureEvents.RecordsErased answer = ObjectionSamples.answer(caseId, "de");
        kit.publish(new ErasureEvents.RecordsErased(caseId, RequestType.OBJECTION, "de", answer.records(),
                answer.restricted(), answer.kept(), answer.continuing(), List.of(), her, List.of(), List.of(), null));
        awaitMail(address, "Ihr Widerspruch nach Art. 21 DSGVO");

        // the hold of the restricted mail ended: erasure-service's deferred erasure reports it with the case's type
        kit.publish(new ErasureEvents.RecordsErased(caseId, RequestType.OBJECTION, "de",
                List.of(new ErasureEvents.ErasedRecord("mail", "imap://info/DSR-Restricted;UIDVALIDITY=3/;UID=9",
                        "commercial-letter", Instant.parse("2031-01-02T03:00:00Z"), LocalDate.parse("2024-05-02"))),
                List.of(), List.of(), List.of(), List.of(), her, List.of(), List.of(), null));

        ReceivedMail erased = awaitMail(address, "Bestätigung der Löschung Ihrer Daten");
        assertThat(erased.text()).contains("wir haben Ihren Widerspruch gegen die Verarbeitung Ihrer Daten"
                + " (Art. 21 DSGVO) bearbeitet").contains("gelöscht am");
        assertThat(kit.mailsFor(address)).filteredOn(mail -> mail.subject().startsWith("Ihr Widerspruch"))
                .as("one answer to her objection").hasSize(1);
    }

    private ReceivedMail awaitMail(String address, String subjectPrefix) {
        return await().atMost(NotifierTestKit.PATIENCE).until(() -> kit.mailsFor(address).stream()
                .filter(mail -> mail.subject().startsWith(subjectPrefix)).findFirst(), Optional::isPresent).get();
    }
}
