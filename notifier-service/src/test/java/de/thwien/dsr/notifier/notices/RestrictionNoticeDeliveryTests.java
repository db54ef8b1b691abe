package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static de.thwien.dsr.notifier.NotifierTestKit.requestReceived;
import static de.thwien.dsr.notifier.NotifierTestKit.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.EventTypes;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionEnd;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A restriction request's answer from {@code records.erased} and, on {@code restriction.lift-announced}, the Art. 18(3)
 * notice, whose {@code notice.sent} erasure-service waits for before it lifts anything.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RestrictionNoticeDeliveryTests {

    @Inject
    Pool pool;

    private NotifierTestKit kit;

    @BeforeEach
    void kit() {
        kit = new NotifierTestKit(pool);
    }

    @Test
    void theRestrictionIsAnsweredAndTheNoticeBeforeTheLiftIsSentAndAnnouncedAsSent() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        Person her = new Person(address, "Erika Mustermann");
        EventEnvelope received = kit.publish(requestReceived(caseId, RequestType.RESTRICTION, address, "de", null));
        kit.awaitApplied(received);
        ErasureEvents.RecordsErased outcome = RestrictionSamples.restrictedAsAsked(
                RestrictionGround.OBJECTION_PENDING, "de");
        kit.publish(new ErasureEvents.RecordsErased(caseId, outcome.requestType(), "de", outcome.records(),
                outcome.restricted(), outcome.kept(), outcome.continuing(), List.of(), her, List.of(), List.of(),
                outcome.restrictionGround()));

        ReceivedMail answer = awaitMail(address, "Einschränkung der Verarbeitung Ihrer Daten");
        assertThat(answer.text()).contains("Sie haben Widerspruch gegen die Verarbeitung eingelegt")
                .contains("Bevor wir die Einschränkung aufheben, teilen wir Ihnen das mit (Art. 18 Abs. 3 DSGVO).");

        ErasureEvents.RestrictionLiftAnnounced lift = RestrictionSamples.liftAnnounced(
                RestrictionGround.OBJECTION_PENDING, RestrictionEnd.OVERRIDING_GROUNDS, "de");
        kit.publish(new ErasureEvents.RestrictionLiftAnnounced(caseId, "de", lift.ground(), lift.end(),
                lift.records(), "assistant", lift.requestedAt(),
                ErasureEvents.LiftPersonal.of(her, RestrictionSamples.OVERRIDING_GROUNDS)));

        // the grounds travel sealed in the personal block and reach her notice
        ReceivedMail notice = awaitMail(address, "Aufhebung der Einschränkung Ihrer Daten");
        assertThat(notice.text()).contains("(Art. 18 Abs. 3 DSGVO)").contains("Kundenstammdaten")
                .contains("Die Einschränkung galt nur bis zu dieser Abwägung (Art. 18 Abs. 1 lit. d DSGVO)")
                .contains("Unsere zwingenden schutzwürdigen Gründe: " + RestrictionSamples.OVERRIDING_GROUNDS);
        await().atMost(NotifierTestKit.PATIENCE).until(() -> noticeSentPayloads(caseId).stream()
                .anyMatch(payload -> payload.contains("\"RESTRICTION_LIFT_NOTICE\"")));
        assertThat(noticeSentPayloads(caseId)).anyMatch(payload -> payload.contains("\"RESTRICTION_CONFIRMATION\""));
    }

    private ReceivedMail awaitMail(String address, String subjectPrefix) {
        return await().atMost(NotifierTestKit.PATIENCE).until(() -> kit.mailsFor(address).stream()
                .filter(mail -> mail.subject().startsWith(subjectPrefix)).findFirst(), Optional::isPresent).get();
    }

    private List<String> noticeSentPayloads(String caseId) {
        List<String> payloads = new ArrayList<>();
        pool.preparedQuery("select payload from outbox_event where record_key = $1 and event_type = $2")
                .execute(Tuple.of(caseId, EventTypes.NOTICE_SENT)).await().indefinitely()
                .forEach(row -> payloads.add(row.getString(0)));
        return payloads;
    }
}
