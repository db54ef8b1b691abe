package de.thwien.dsr.notifier.firstcontact;

import static de.thwien.dsr.notifier.NotifierTestKit.awaitAllSent;
import static de.thwien.dsr.notifier.NotifierTestKit.deliveries;
import static de.thwien.dsr.notifier.NotifierTestKit.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Art. 13 notice at first contact: once per address, never to a suppressed one. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class FirstContactNoticeTests {

    @Inject
    Pool pool;

    @Inject
    ContactKeyShredding shredding;

    private NotifierTestKit kit;

    @BeforeEach
    void kit() {
        kit = new NotifierTestKit(pool);
    }

    @Test
    void newSenderGetsTheArticle13NoticeInTheirLanguage() {
        String address = uniqueAddress();
        String contactId = UUID.randomUUID().toString();

        kit.publish(firstSeen(contactId, address, "en"));

        awaitAllSent(contactId, 1);
        ReceivedMail mail = kit.awaitMails(address, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Data protection information under Art. 13 GDPR – Thomas Wien");
        assertThat(mail.text()).contains("Hetzner Online GmbH").contains("Kavalleriestraße 2-4")
                .contains("Art. 6(1)(f) GDPR").contains("Storage period");
    }

    @Test
    void sentArticle13NoticeIsNotAnnouncedAsACaseNotice() {
        String address = uniqueAddress();
        String contactId = UUID.randomUUID().toString();

        kit.publish(firstSeen(contactId, address, "de"));

        // SENT and any notice.sent commit together, so the outbox is final once the log says SENT
        awaitAllSent(contactId, 1);
        assertThat(kit.outboxEventsFor(contactId)).isZero();
    }

    @Test
    void anAddressGetsTheNoticeOnlyOnceWhateverItsContactIdOrCase() {
        String address = uniqueAddress();
        String firstContact = UUID.randomUUID().toString();
        String secondContact = UUID.randomUUID().toString();

        kit.publish(firstSeen(firstContact, address, "de"));
        awaitAllSent(firstContact, 1);
        EventEnvelope again = kit.publish(firstSeen(secondContact, address.toUpperCase(), "de"));
        kit.awaitApplied(again);

        assertThat(deliveries(secondContact)).isEmpty();
        assertThat(kit.mailsFor(address)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).startsWith("Datenschutzhinweise nach Art. 13 DSGVO"));
    }

    @Test
    void suppressedAddressesAndDomainsGetNoNotice() {
        String contactAtOwnDomain = UUID.randomUUID().toString();
        String listedContact = UUID.randomUUID().toString();
        String noReplyContact = UUID.randomUUID().toString();

        EventEnvelope own = kit.publish(firstSeen(contactAtOwnDomain, "kollege@thwien.de", "de"));
        EventEnvelope listed = kit.publish(firstSeen(listedContact, "Suppressed@Example.org", "de"));
        EventEnvelope noReply = kit.publish(firstSeen(noReplyContact, "noreply@shop.example", "de"));
        kit.awaitApplied(own);
        kit.awaitApplied(listed);
        kit.awaitApplied(noReply);

        assertThat(deliveries(contactAtOwnDomain)).isEmpty();
        assertThat(deliveries(listedContact)).isEmpty();
        assertThat(deliveries(noReplyContact)).isEmpty();
        assertThat(kit.mailsFor("suppressed@example.org")).isEmpty();
    }

    @Test
    void voicemailSystemsAndMailingListRobotsGetNoNoticeThoughNotListed() {
        String voicemail = UUID.randomUUID().toString();
        String listRobot = UUID.randomUUID().toString();

        EventEnvelope fromVoicemail = kit.publish(firstSeen(voicemail, "voicemail@sipgate.de", "de"));
        EventEnvelope fromList = kit.publish(firstSeen(listRobot, "users-bounces@lists.example", "en"));
        kit.awaitApplied(fromVoicemail);
        kit.awaitApplied(fromList);

        assertThat(deliveries(voicemail)).isEmpty();
        assertThat(deliveries(listRobot)).isEmpty();
        assertThat(kit.mailsFor("voicemail@sipgate.de")).isEmpty();
    }

    @Test
    void aMailTheCrawlSawFromAMailingListOrAutoResponderGetsNoNoticeWhateverItsAddress() {
        String listMail = UUID.randomUUID().toString();
        String address = uniqueAddress();

        EventEnvelope fromList = kit.publish(new DiscoveryEvents.ContactFirstSeen(listMail, "en",
                Instant.parse("2026-03-01T08:00:00Z"), new Person(address, null), true));
        kit.awaitApplied(fromList);

        assertThat(deliveries(listMail)).isEmpty();
        assertThat(kit.mailsFor(address)).isEmpty();
    }

    @Test
    void contactKeyIsShreddedOnceTheNoticesRetentionHasEnded() throws Throwable {
        String sentIn2022 = UUID.randomUUID().toString();
        String sentIn2023 = UUID.randomUUID().toString();
        noticedAt(sentIn2022, "2022-12-31T22:30:00Z"); // 23:30 on 31 Dec 2022 in Berlin
        noticedAt(sentIn2023, "2022-12-31T23:30:00Z"); // 00:30 on 1 Jan 2023 in Berlin
        Instant newYear2026 = Instant.parse("2025-12-31T23:00:00Z");

        List<String> shredded = VertxContextSupport.subscribeAndAwait(() -> shredding.shredDue(newYear2026));

        assertThat(shredded).contains(sentIn2022).doesNotContain(sentIn2023);
        assertThat(keyShredded(sentIn2022)).isTrue();
        assertThat(keyShredded(sentIn2023)).isFalse();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> shredding.shredDue(newYear2026)))
                .as("shredded once").doesNotContain(sentIn2022);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> shredding.shredDue(newYear2026.plusSeconds(
                366L * 24 * 3600)))).contains(sentIn2023);
    }

    private void noticedAt(String contactId, String at) {
        pool.preparedQuery("insert into first_contact_notice (address_sha256, contact_id, noticed_at)"
                        + " values ($1, $2, $3)")
                .execute(Tuple.of(UUID.randomUUID().toString(), contactId,
                        Instant.parse(at).atOffset(ZoneOffset.UTC)))
                .await().indefinitely();
    }

    private boolean keyShredded(String contactId) {
        return pool.preparedQuery("select count(*) from keyring.data_key where scope = $1"
                        + " and destroyed_at is not null and wrapped_key is null")
                .execute(Tuple.of(KeyScopes.ofContact(contactId))).await().indefinitely()
                .iterator().next().getLong(0) == 1;
    }

    private static DiscoveryEvents.ContactFirstSeen firstSeen(String contactId, String address, String language) {
        return new DiscoveryEvents.ContactFirstSeen(contactId, language, Instant.parse("2026-03-01T08:00:00Z"),
                new Person(address, "Max Muster"));
    }
}
