package de.thwien.dsr.notifier.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.platform.crypto.DataKey;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.keyring.KeyRing;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Events sealed under a case key: opened for the notice, or, once the key is shredded, consumed without one. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class ShreddedEventTests {

    private final EventCodec codec = new EventCodec();

    @Inject
    Pool pool;

    @Inject
    KeyRing keyRing;

    @Test
    void aSealedRequestIsOpenedAndAcknowledged() throws Throwable {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = NotifierTestKit.newCaseId();
        String address = NotifierTestKit.uniqueAddress();
        EventEnvelope received = NotifierTestKit.envelope(
                NotifierTestKit.requestReceived(caseId, RequestType.ACCESS, address, "de", null));

        send(received, codec.encode(received, caseKey(caseId)));

        assertThat(kit.awaitMails(address, 1)).isNotEmpty();
    }

    @Test
    void aRequestWhoseCaseKeyWasShreddedIsConsumedWithoutANoticeAndWithoutADeadLetter() throws Throwable {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = NotifierTestKit.newCaseId();
        String address = NotifierTestKit.uniqueAddress();
        EventEnvelope received = NotifierTestKit.envelope(
                NotifierTestKit.requestReceived(caseId, RequestType.ACCESS, address, "de", null));
        String sealed = codec.encode(received, caseKey(caseId));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> keyRing.destroy(KeyScopes.ofCase(caseId), Instant.now())));

        send(received, sealed);

        kit.awaitApplied(received);
        assertThat(NotifierTestKit.deliveries(caseId)).isEmpty();
        assertThat(kit.mailsFor(address)).isEmpty();
        try (TopicProbe probe = new TopicProbe(kit.bootstrapServers())) {
            assertThat(probe.readAll(Topics.deadLetterOf(Topics.CASES)))
                    .noneMatch(record -> caseId.equals(record.key()));
        }
    }

    private DataKey caseKey(String caseId) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> keyRing.keyForSealing(KeyScopes.ofCase(caseId))));
    }

    private void send(EventEnvelope envelope, String value) {
        try (TopicProbe probe = new TopicProbe(new NotifierTestKit(pool).bootstrapServers())) {
            probe.send(envelope.topic(), envelope.subject(), codec.headers(envelope), value);
        }
    }
}
