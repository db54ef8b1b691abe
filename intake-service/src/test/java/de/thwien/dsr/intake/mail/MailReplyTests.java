package de.thwien.dsr.intake.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.keyring.KeyRing;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.cases.RequesterDigest;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A mail that answers one of our notices or names a case belongs to that case: attached there (sealed like the case
 * file), never a new case and never answered. A mail naming a case from another address waits in triage.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class MailReplyTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TRIAGE_FOLDER = "DSR-Triage";
    private static final String AUTOMATIC_FOLDER = "DSR-Automatic";

    @Inject
    Pool pool;

    @Inject
    SentNotices sentNotices;

    @Inject
    RequesterDigest requesterDigest;

    @Inject
    KeyRing keyRing;

    private RequestMailbox mailbox;
    private CaseTables tables;

    @BeforeEach
    void openMailbox() {
        mailbox = RequestMailbox.ofTestConfiguration();
        tables = new CaseTables(pool);
    }

    @Test
    void replyNamingTheAcknowledgementInItsHeaderIsAttachedToItsCaseWithoutANewCaseOrAMail() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ERASURE", email);
        String acknowledgement = noticeSent(caseId, NoticeKind.ACKNOWLEDGEMENT);
        long eventsBefore = outboxEventsOf(caseId);
        String replyId = newMessageId();

        mailbox.send(mail(replyId, email, "Re: Ihre Datenschutzanfrage ist eingegangen",
                "In-Reply-To: " + acknowledgement + "\r\nReferences: " + acknowledgement + "\r\n",
                "Danke, bitte auch meine Rechnungen löschen.\n\nAm 27.11.2026 schrieb Datenschutz:\n> Ihre Anfrage"));

        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", replyId) == 1);
        assertThat(casesOf(email)).as("no new case").isEqualTo(1);
        assertThat(outboxEventsOf(caseId)).as("no event, so no mail to the requester").isEqualTo(eventsBefore);
        assertThat(requestEventsNaming(replyId)).isZero();
        assertThat(tables.timeline(caseId)).contains("REPLY_RECEIVED|system|Reply by mail, 43 characters");
        assertThat(attentionOf(caseId)).containsExactly("NEW_REPLY");
        JsonPath replies = repliesOf(caseId);
        assertThat(replies.getList("")).hasSize(1);
        assertThat(replies.getString("[0].senderEmail")).isEqualTo(email);
        assertThat(replies.getString("[0].subject")).isEqualTo("Re: Ihre Datenschutzanfrage ist eingegangen");
        assertThat(replies.getString("[0].newText")).isEqualTo("Danke, bitte auch meine Rechnungen löschen.");
        assertThat(replies.getString("[0].text")).endsWith("> Ihre Anfrage");
        assertThat(replies.getBoolean("[0].automatic")).isFalse();
        assertThat(sealedReplyColumns(caseId)).as("nothing readable at rest").doesNotContain(email, "Rechnungen");
    }

    @Test
    void replyWithTheCaseReferenceInItsSubjectFromTheRequesterInOtherLetterCaseIsAttached() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        long eventsBefore = outboxEventsOf(caseId);
        String replyId = newMessageId();

        mailbox.send(mail(replyId, email.toUpperCase(Locale.ROOT),
                "AW: Ihre Datenschutzanfrage (Vorgang " + reference(caseId) + ")", "",
                "Ich habe den Link nicht bekommen."));

        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", replyId) == 1);
        assertThat(casesOf(email)).isEqualTo(1);
        assertThat(outboxEventsOf(caseId)).isEqualTo(eventsBefore);
        assertThat(requestEventsNaming(replyId)).isZero();
        assertThat(tables.timelineEntries(caseId, "REPLY_RECEIVED")).isEqualTo(1);
        assertThat(repliesOf(caseId).getString("[0].newText")).isEqualTo("Ich habe den Link nicht bekommen.");
        assertThat(attentionOf(caseId)).containsExactly("NEW_REPLY");
    }

    @Test
    void theSameReplyPolledAgainAfterACrashIsAttachedOnce() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        String replyId = newMessageId();
        String reply = mail(replyId, email, "Re: " + reference(caseId), "", "Noch eine Frage.");

        mailbox.send(reply);
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", replyId) == 1);
        // a restart between commit and move leaves the mail in the inbox: the next poll meets it again
        mailbox.send(reply);
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", replyId) == 2);

        assertThat(repliesOf(caseId).getList("")).hasSize(1);
        assertThat(tables.timelineEntries(caseId, "REPLY_RECEIVED")).isEqualTo(1);
        assertThat(casesOf(email)).isEqualTo(1);
    }

    @Test
    void mailNamingACaseFromAnotherAddressWaitsInTriageUntilTheAssistantAttachesIt() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ERASURE", email);
        String stranger = CaseTables.uniqueEmail();
        long eventsBefore = outboxEventsOf(caseId);
        String replyId = newMessageId();

        mailbox.send(mail(replyId, stranger, "Vorgang " + reference(caseId), "",
                "Ich schreibe für meine Mutter: bitte löschen Sie alles."));

        await().atMost(PATIENCE).until(() -> mailbox.countIn(TRIAGE_FOLDER, replyId) == 1);
        assertThat(mailbox.countIn("INBOX", replyId)).isZero();
        assertThat(casesOf(email)).isEqualTo(1);
        assertThat(casesOf(stranger)).isZero();
        assertThat(requestEventsNaming(replyId)).isZero();
        assertThat(repliesOf(caseId).getList("")).as("not attached yet").isEmpty();
        assertThat(attentionOf(caseId)).isEmpty();
        Row item = triageItem(replyId);
        assertThat(item.getString("kind")).isEqualTo("REPLY_FROM_OTHER_ADDRESS");
        assertThat(item.getUUID("case_id")).isEqualTo(UUID.fromString(caseId));
        assertThat(item.getString("folder")).isEqualTo(TRIAGE_FOLDER);

        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assertThat(assistant.get("/dashboard/triage").asString())
                .contains("id=\"triage-" + item.getLong("id") + "\"", "bitte löschen Sie alles", reference(caseId));
        Response attached = assistant.submit("/dashboard/triage", "/dashboard/triage/" + item.getLong("id")
                + "/attach", Map.of());

        assertThat(attached.statusCode()).isEqualTo(303);
        assertThat(repliesOf(caseId).getString("[0].newText"))
                .isEqualTo("Ich schreibe für meine Mutter: bitte löschen Sie alles.");
        assertThat(repliesOf(caseId).getBoolean("[0].fromRequester")).isFalse();
        assertThat(tables.timeline(caseId)).anyMatch(entry -> entry.startsWith("REPLY_RECEIVED|assistant|"));
        assertThat(attentionOf(caseId)).containsExactly("NEW_REPLY");
        assertThat(triageItem(replyId).getString("handled_by")).isEqualTo("assistant");
        assertThat(assistant.get("/dashboard/triage").asString()).doesNotContain("id=\"triage-" + item.getLong("id"));
        assertThat(casesOf(email)).isEqualTo(1);
        assertThat(casesOf(stranger)).isZero();
        assertThat(outboxEventsOf(caseId)).as("no mail to anyone").isEqualTo(eventsBefore);
    }

    @Test
    void mailNamingACaseFromAnotherAddressCanBeOpenedAsANewCaseFromTriageWithItsReceiptInstant() throws Throwable {
        String caseId = CaseTables.openCase("ACCESS", CaseTables.uniqueEmail());
        String stranger = CaseTables.uniqueEmail();
        String replyId = newMessageId();
        mailbox.send(mail(replyId, stranger, "Wie " + reference(caseId), "",
                "Ich möchte ebenfalls Auskunft nach Art. 15 DSGVO."));
        await().atMost(PATIENCE).until(() -> mailbox.countIn(TRIAGE_FOLDER, replyId) == 1);
        long itemId = triageItem(replyId).getLong("id");
        Instant receivedAt = triageItem(replyId).getOffsetDateTime("received_at").toInstant();

        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        Response opened = assistant.submit("/dashboard/triage", "/dashboard/triage/" + itemId + "/open-case",
                Map.of());

        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(casesOf(stranger)).isEqualTo(1);
        Row newCase = caseOf(stranger);
        assertThat(opened.header("Location")).endsWith("/dashboard/cases/" + newCase.getUUID("id"));
        assertThat(newCase.getString("request_type")).isEqualTo("ACCESS");
        assertThat(newCase.getOffsetDateTime("received_at").toInstant()).isEqualTo(receivedAt);
        assertThat(triageItem(replyId).getOffsetDateTime("handled_at")).isNotNull();
        assertThat(repliesOf(caseId).getList("")).isEmpty();
    }

    @Test
    void mailInTriageMarkedHandledLeavesTheOpenListWithoutACaseOrAReply() throws Throwable {
        String caseId = CaseTables.openCase("ACCESS", CaseTables.uniqueEmail());
        String stranger = CaseTables.uniqueEmail();
        String replyId = newMessageId();
        mailbox.send(mail(replyId, stranger, "Spam " + reference(caseId), "", "Kaufen Sie jetzt!"));
        await().atMost(PATIENCE).until(() -> mailbox.countIn(TRIAGE_FOLDER, replyId) == 1);
        long itemId = triageItem(replyId).getLong("id");

        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assertThat(assistant.submit("/dashboard/triage", "/dashboard/triage/" + itemId + "/handled", Map.of())
                .statusCode()).isEqualTo(303);

        assertThat(triageItem(replyId).getString("handled_by")).isEqualTo("assistant");
        assertThat(casesOf(stranger)).isZero();
        assertThat(repliesOf(caseId).getList("")).isEmpty();
        assertThat(mailbox.countIn(TRIAGE_FOLDER, replyId)).as("never deleted").isEqualTo(1);
    }

    @Test
    void outOfOfficeReplyToOurNoticeIsAttachedAsAutomaticReplyWithoutBadgeCaseOrMail() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        String verification = noticeSent(caseId, NoticeKind.VERIFICATION_LINK);
        long eventsBefore = outboxEventsOf(caseId);
        String replyId = newMessageId();

        mailbox.send(mail(replyId, email, "Abwesenheitsnotiz: Bitte bestätigen Sie Ihre Anfrage",
                "Auto-Submitted: auto-replied\r\nIn-Reply-To: " + verification + "\r\n",
                "Ich bin bis 14.12. nicht im Büro. Anfragen zur Löschung bitte an meine Vertretung."));

        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", replyId) == 1);
        assertThat(mailbox.countIn(AUTOMATIC_FOLDER, replyId)).isZero();
        assertThat(casesOf(email)).isEqualTo(1);
        assertThat(requestEventsNaming(replyId)).isZero();
        assertThat(outboxEventsOf(caseId)).isEqualTo(eventsBefore);
        assertThat(tables.timeline(caseId)).contains("AUTOMATIC_REPLY|system|Automatic reply (AUTO_SUBMITTED)");
        assertThat(tables.timelineEntries(caseId, "REPLY_RECEIVED")).isZero();
        assertThat(attentionOf(caseId)).isEmpty();
        assertThat(repliesOf(caseId).getBoolean("[0].automatic")).isTrue();
        assertThat(triageItems(replyId)).as("attached, so not in triage").isZero();
    }

    @Test
    void outOfOfficeReplyNamingNoNoticeOfOursStaysInTheAutomaticFolderWithoutACase() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        String replyId = newMessageId();

        mailbox.send(mail(replyId, email, "Abwesenheitsnotiz: Ihre Nachricht",
                "Auto-Submitted: auto-replied\r\nIn-Reply-To: <unknown-" + UUID.randomUUID() + "@thwien.de>\r\n",
                "Ich bin bis 14.12. nicht im Büro. Anfragen zur Löschung bitte an meine Vertretung."));

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, replyId) == 1);
        assertThat(casesOf(email)).isEqualTo(1);
        assertThat(requestEventsNaming(replyId)).isZero();
        assertThat(repliesOf(caseId).getList("")).isEmpty();
        assertThat(triageItem(replyId).getString("kind")).isEqualTo("AUTOMATIC_MAIL");
    }

    @Test
    void replyToAClosedCaseIsAttachedWithoutReopeningAndTheFollowUpActionOpensALinkedCase() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        closed(caseId);
        String answer = noticeSent(caseId, NoticeKind.REFUSAL);
        String replyId = newMessageId();

        mailbox.send(mail(replyId, email, "Re: Ihre Anfrage", "References: <other@example.org> " + answer + "\r\n",
                "Dann möchte ich jetzt die Löschung meiner Daten."));

        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", replyId) == 1);
        assertThat(tables.status(caseId)).isEqualTo("CLOSED");
        assertThat(casesOf(email)).isEqualTo(1);
        assertThat(requestEventsNaming(replyId)).isZero();
        assertThat(tables.timelineEntries(caseId, "REPLY_RECEIVED")).isEqualTo(1);
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = assistant.get("/dashboard/cases/" + caseId).asString();
        assertThat(page).contains("/dashboard/cases/" + caseId + "/actions/follow-up", "Folgevorgang anlegen");

        Response followUp = assistant.submit("/dashboard/cases/" + caseId,
                "/dashboard/cases/" + caseId + "/actions/follow-up", Map.of());

        assertThat(followUp.statusCode()).isEqualTo(303);
        assertThat(casesOf(email)).isEqualTo(2);
        assertThat(tables.status(caseId)).isEqualTo("CLOSED");
        Row linked = followUpOf(caseId);
        assertThat(linked.getString("request_type")).isEqualTo("ERASURE");
        assertThat(linked.getOffsetDateTime("received_at").toInstant())
                .isEqualTo(Instant.parse(repliesOf(caseId).getString("[0].receivedAt")));
        String newCaseId = linked.getUUID("id").toString();
        assertThat(tables.outboxEvents(newCaseId, "request.received")).as("a new case is acknowledged").isEqualTo(1);
        assertThat(assistant.get("/dashboard/cases/" + caseId).asString())
                .contains("id=\"follow-up-" + newCaseId + "\"");
        assertThat(assistant.get("/dashboard/cases/" + newCaseId).asString())
                .contains("id=\"follow-up-of\"", "/dashboard/cases/" + caseId);
        assertThat(assistant.submit("/dashboard/cases/" + caseId, "/dashboard/cases/" + caseId
                + "/actions/follow-up", Map.of()).statusCode()).as("once per reply").isEqualTo(409);
        assertThat(casesOf(email)).isEqualTo(2);
    }

    @Test
    void germanRequestQuotedUnderAnEnglishReplyNamingItsCaseIsAttachedAsAReply() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ERASURE", email);
        String replyId = newMessageId();

        mailbox.send(mail(replyId, email, "Re: " + reference(caseId), "",
                "Thanks, any news?\n\nAm 3. März 2026 schrieb Anna Beispiel <" + email + ">:\n"
                        + "> Bitte löschen Sie alle meine Daten."));

        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", replyId) == 1);
        assertThat(casesOf(email)).isEqualTo(1);
        assertThat(requestEventsNaming(replyId)).isZero();
        assertThat(repliesOf(caseId).getString("[0].newText")).isEqualTo("Thanks, any news?");
        assertThat(tables.timeline(caseId)).contains("REPLY_RECEIVED|system|Reply by mail, 17 characters");
    }

    @Test
    void theCasePageShowsTheReplyEscapedWithItsInvisibleCharactersAndReadClearsTheBadge() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        String replyId = newMessageId();
        mailbox.send(mail(replyId, email, "Re: " + reference(caseId), "",
                "<script>alert(1)</script> Konto \u202Eneu"));
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", replyId) == 1);

        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = assistant.get("/dashboard/cases/" + caseId).asString();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; Konto ⟨U+202E⟩neu", "Gelesen")
                .doesNotContain("<script>alert(1)");

        Response read = assistant.submit("/dashboard/cases/" + caseId, "/dashboard/cases/" + caseId
                + "/actions/read", Map.of());

        assertThat(read.statusCode()).isEqualTo(303);
        assertThat(attentionOf(caseId)).isEmpty();
        assertThat(tables.timeline(caseId)).anyMatch(entry -> entry.startsWith("REPLY_READ|assistant|"));
    }

    @Test
    void aReplyOfACaseWhoseKeyWasShreddedReadsAsErased() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        String replyId = newMessageId();
        mailbox.send(mail(replyId, email, "Re: " + reference(caseId), "", "Meine neue Adresse: Hauptstr. 1"));
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", replyId) == 1);

        inTransaction(() -> keyRing.destroy(KeyScopes.ofCase(caseId), Instant.now()));

        JsonPath replies = repliesOf(caseId);
        assertThat(replies.getString("[0].personalData")).isEqualTo("ERASED");
        assertThat(replies.getString("[0].newText")).isNull();
        assertThat(replies.getString("[0].senderEmail")).isNull();
        assertThat(FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard/cases/" + caseId).asString())
                .doesNotContain("Hauptstr").contains("[gelöscht]");
    }

    @Test
    void requesterAddingToHerOwnRequestMailIsAttachedToItsCaseWithoutANewCaseOrAMail() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String requestId = newMessageId();
        mailbox.send(mail(requestId, email, "Auskunft", "", "Ich bitte um Auskunft nach Art. 15 DSGVO."));
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", requestId) == 1);
        String caseId = caseWithMailKey(requestId);
        long eventsBefore = outboxEventsOf(caseId);
        String additionId = newMessageId();

        // her mail client answers her own sent mail: no reference of ours, only her request's Message-ID
        mailbox.send(mail(additionId, email, "Re: Auskunft",
                "In-Reply-To: " + requestId + "\r\nReferences: " + requestId + "\r\n",
                "Noch etwas: bitte auch die Daten meines alten Kontos.\n\nAm 27.11.2026 schrieb Anna Beispiel:\n"
                        + "> Ich bitte um Auskunft nach Art. 15 DSGVO."));

        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", additionId) == 1);
        assertThat(casesOf(email)).as("no second case").isEqualTo(1);
        assertThat(requestEventsNaming(additionId)).isZero();
        assertThat(outboxEventsOf(caseId)).as("no acknowledgement, no verification link").isEqualTo(eventsBefore);
        assertThat(tables.timelineEntries(caseId, "REPLY_RECEIVED")).isEqualTo(1);
        assertThat(attentionOf(caseId)).containsExactly("NEW_REPLY");
        JsonPath replies = repliesOf(caseId);
        assertThat(replies.getString("[0].newText")).isEqualTo("Noch etwas: bitte auch die Daten meines alten Kontos.");
        assertThat(replies.getBoolean("[0].fromRequester")).isTrue();
    }

    @Test
    void mailFromAnotherAddressNamingTheMessageIdOfSomeonesRequestMailWaitsInTriageWithoutACaseOrAMail()
            throws Throwable {
        String email = CaseTables.uniqueEmail();
        String requestId = newMessageId();
        mailbox.send(mail(requestId, email, "Löschung", "", "Bitte löschen Sie alle meine Daten."));
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", requestId) == 1);
        String caseId = caseWithMailKey(requestId);
        long eventsBefore = outboxEventsOf(caseId);
        String stranger = CaseTables.uniqueEmail();
        String strangerId = newMessageId();

        mailbox.send(mail(strangerId, stranger, "Re: Löschung", "In-Reply-To: " + requestId + "\r\n",
                "Wie weit ist die Löschung?"));

        await().atMost(PATIENCE).until(() -> mailbox.countIn(TRIAGE_FOLDER, strangerId) == 1);
        assertThat(casesOf(stranger)).as("nothing is sent to the stranger").isZero();
        assertThat(requestEventsNaming(strangerId)).isZero();
        assertThat(casesOf(email)).isEqualTo(1);
        assertThat(outboxEventsOf(caseId)).isEqualTo(eventsBefore);
        assertThat(repliesOf(caseId).getList("")).as("not attached").isEmpty();
        assertThat(attentionOf(caseId)).isEmpty();
        Row item = triageItem(strangerId);
        assertThat(item.getString("kind")).isEqualTo("REPLY_FROM_OTHER_ADDRESS");
        assertThat(item.getUUID("case_id")).isEqualTo(UUID.fromString(caseId));
    }

    @Test
    void requestMailNamingItsOwnMessageIdPolledAgainAfterACrashIsStillOneCaseAndNoReplyToItself() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String requestId = newMessageId();
        String request = mail(requestId, email, "Auskunft", "References: " + requestId + "\r\n",
                "Ich bitte um Auskunft nach Art. 15 DSGVO.");
        mailbox.send(request);
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", requestId) == 1);
        String caseId = caseWithMailKey(requestId);

        // a restart between commit and move leaves the mail in the inbox: the next poll meets it again
        mailbox.send(request);
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", requestId) == 2);

        assertThat(casesOf(email)).isEqualTo(1);
        assertThat(repliesOf(caseId).getList("")).isEmpty();
        assertThat(tables.timelineEntries(caseId, "REPLY_RECEIVED")).isZero();
    }

    @Test
    void followUpOfAReplyToOurAccessAnswerTakesItsTypeFromTheNewTextNotFromOurSubjectItQuotes() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        closed(caseId);
        String answer = noticeSent(caseId, NoticeKind.ACCESS_ANSWER);
        String replyId = newMessageId();
        mailbox.send(mail(replyId, email, "Re: Ihre Auskunft nach Art. 15 DSGVO (Vorgang " + reference(caseId) + ")",
                "In-Reply-To: " + answer + "\r\n", "Danke. Bitte löschen Sie jetzt alle meine Daten.\n\n"
                        + "Am 27.11.2026 schrieb Datenschutz:\n> anbei die Auskunft über Ihre Daten."));
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", replyId) == 1);

        Response followUp = FormSession.loggedInAs("assistant", "demo-assistant").submit("/dashboard/cases/"
                + caseId, "/dashboard/cases/" + caseId + "/actions/follow-up", Map.of());

        assertThat(followUp.statusCode()).isEqualTo(303);
        assertThat(followUpOf(caseId).getString("request_type")).isEqualTo("ERASURE");
    }

    @Test
    void replyInACharsetJavaDoesNotKnowIsAttachedWithItsTextReadable() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        String replyId = newMessageId();

        mailbox.send(mail(replyId, email, "Re: " + reference(caseId), "", "Meine Kundennummer ist 4711.")
                .replace("charset=UTF-8", "charset=x-unknown-garbage"));

        await().atMost(PATIENCE).until(() -> mailbox.countIn("INBOX", replyId) == 0);
        assertThat(mailbox.countIn("Processed", replyId)).as("not in the error folder").isEqualTo(1);
        assertThat(casesOf(email)).isEqualTo(1);
        assertThat(repliesOf(caseId).getString("[0].newText")).isEqualTo("Meine Kundennummer ist 4711.");
        assertThat(attentionOf(caseId)).containsExactly("NEW_REPLY");
    }

    @Test
    void theRepliesOfACaseAreForTheAssistantOnly() {
        String caseId = CaseTables.openCase("ACCESS");

        given().when().get("/api/cases/" + caseId + "/replies").then().statusCode(401);
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + UUID.randomUUID() + "/replies").then().statusCode(404);
    }

    /** A notice the notifier sent for the case, as it reports it: returns its Message-ID. */
    private String noticeSent(String caseId, NoticeKind kind) throws Throwable {
        String messageId = "<" + UUID.randomUUID() + "@thwien.de>";
        inTransaction(() -> sentNotices.remember(new NoticeEvents.NoticeSent(caseId, kind, UUID.randomUUID(),
                messageId, Instant.now(), null)));
        return messageId;
    }

    private void closed(String caseId) {
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType("application/json")
                .body("{\"reasonCode\":\"OTHER\",\"reasons\":\"not ours\"}")
                .when().post("/api/cases/" + caseId + "/rejection").then().statusCode(200);
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType("application/json")
                .body("{}").when().post("/api/cases/" + caseId + "/closure").then().statusCode(200);
    }

    private <T> void inTransaction(Supplier<Uni<T>> work) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
    }

    private static String reference(String caseId) {
        return "DSR-" + caseId.replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static String newMessageId() {
        return "<" + UUID.randomUUID() + "@requester.example>";
    }

    private String mail(String messageId, String from, String subject, String extraHeaders, String text) {
        return "From: Anna Beispiel <" + from + ">\r\nTo: " + mailbox.address() + "\r\nSubject: " + subject
                + "\r\nMessage-ID: " + messageId + "\r\nDate: Fri, 27 Nov 2026 10:00:00 +0100\r\n" + extraHeaders
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + text.replace("\n", "\r\n") + "\r\n";
    }

    private JsonPath repliesOf(String caseId) {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/replies")
                .then().statusCode(200).extract().jsonPath();
    }

    private List<String> attentionOf(String caseId) {
        return given().auth().preemptive().basic("assistant", "demo-assistant").get("/api/cases/" + caseId)
                .then().statusCode(200).extract().path("attention");
    }

    private long casesOf(String email) {
        return pool.preparedQuery("select count(*) from dsr_case where requester_email_digest = $1")
                .execute(Tuple.of(requesterDigest.of(email))).await().indefinitely().iterator().next().getLong(0);
    }

    private Row caseOf(String email) {
        return pool.preparedQuery("select * from dsr_case where requester_email_digest = $1")
                .execute(Tuple.of(requesterDigest.of(email))).await().indefinitely().iterator().next();
    }

    private String caseWithMailKey(String messageId) {
        return pool.preparedQuery("select id from dsr_case where mail_key = $1").execute(Tuple.of(messageId))
                .await().indefinitely().iterator().next().getUUID(0).toString();
    }

    private Row followUpOf(String caseId) {
        return pool.preparedQuery("select * from dsr_case where follow_up_of = $1")
                .execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely().iterator().next();
    }

    private long outboxEventsOf(String caseId) {
        return pool.preparedQuery("select count(*) from outbox_event where record_key = $1")
                .execute(Tuple.of(caseId)).await().indefinitely().iterator().next().getLong(0);
    }

    private long requestEventsNaming(String messageId) {
        return pool.preparedQuery("select count(*) from outbox_event where event_type = $1"
                        + " and position($2 in payload) > 0")
                .execute(Tuple.of("de.thwien.dsr.request.received.v1", "\"originalMessageId\":\"" + messageId + "\""))
                .await().indefinitely().iterator().next().getLong(0);
    }

    private Row triageItem(String messageId) {
        return pool.preparedQuery("select * from mail_intake_failure where message_id = $1")
                .execute(Tuple.of(messageId)).await().indefinitely().iterator().next();
    }

    private long triageItems(String messageId) {
        return pool.preparedQuery("select count(*) from mail_intake_failure where message_id = $1")
                .execute(Tuple.of(messageId)).await().indefinitely().iterator().next().getLong(0);
    }

    /** Everything the reply rows of the case hold, as text. */
    private String sealedReplyColumns(String caseId) {
        StringBuilder columns = new StringBuilder();
        pool.preparedQuery("select * from case_reply where case_id = $1").execute(Tuple.of(UUID.fromString(caseId)))
                .await().indefinitely().forEach(row -> {
                    for (int i = 0; i < row.size(); i++) {
                        columns.append(row.getValue(i)).append('\n');
                    }
                });
        return columns.toString();
    }
}
