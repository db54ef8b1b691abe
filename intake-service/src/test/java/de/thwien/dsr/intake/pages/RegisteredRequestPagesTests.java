package de.thwien.dsr.intake.pages;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's form for requests that came by letter, phone, fax, in person or to another address, and the print
 * view of the notices notifier-service prepared for printing for a requester without an address.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@QuarkusTestResource(NotifierServiceStub.class)
class RegisteredRequestPagesTests {

    @Inject
    Pool pool;

    NotifierServiceStub notifier;

    @Test
    void aNoteAsLongAsTheFormAllowsInGermanRegistersTheLetter() {
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        Map<String, String> letter = letter(Instant.now().minus(Duration.ofDays(1)));
        letter.put("note", "Ü".repeat(10_000));

        Response response = assistant.submit("/dashboard/register", "/dashboard/register", letter);

        assertThat(response.statusCode()).isEqualTo(303);
    }

    private static Map<String, String> letter(Instant receivedAt) {
        Map<String, String> fields = new HashMap<>();
        fields.put("type", "ERASURE");
        fields.put("channel", "LETTER");
        fields.put("receivedAt", LocalDateTime.ofInstant(receivedAt, DeadlineCalculator.BERLIN)
                .truncatedTo(ChronoUnit.MINUTES).toString());
        fields.put("name", "Erika Beispiel");
        fields.put("language", "de");
        fields.put("note", "Brief mit Unterschrift");
        return fields;
    }

    @Test
    void assistantRegistersALetterWithItsReceiptDayAndLandsOnItsCasePage() {
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        Instant receivedAt = Instant.now().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);

        Response response = assistant.submit("/dashboard/register", "/dashboard/register", letter(receivedAt));

        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.header("Location");
        assertThat(location).matches(".*/dashboard/cases/[0-9a-f-]{36}\\?done=register");
        String caseId = location.replaceAll(".*/dashboard/cases/([0-9a-f-]{36}).*", "$1");
        assertThat(pool.preparedQuery("select received_at, channel from dsr_case where id = $1")
                .execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely().iterator().next())
                .satisfies(row -> {
                    assertThat(row.getOffsetDateTime("received_at").toInstant()).isEqualTo(receivedAt);
                    assertThat(row.getString("channel")).isEqualTo("LETTER");
                });
        assertThat(new CaseTables(pool).timeline(caseId)).first().asString()
                .startsWith("REQUEST_RECEIVED|assistant|Registered by assistant");
        String page = assistant.get("/dashboard/cases/" + caseId).asString();
        assertThat(page).contains("Erika Beispiel", "Brief (Deutsch)").doesNotContain("&lt;&gt;");
    }

    @Test
    void aReceiptInTheFutureShowsTheFormAgainWithTheReasonAndOpensNoCase() {
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        long before = caseCount();

        Response response = assistant.submit("/dashboard/register", "/dashboard/register",
                letter(Instant.now().plus(Duration.ofDays(2))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("id=\"register-form\"", "in der Zukunft", "Erika Beispiel");
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void aMissingReceiptShowsTheFormAgain() {
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        Map<String, String> fields = letter(Instant.now());
        fields.put("receivedAt", "yesterday");

        Response response = assistant.submit("/dashboard/register", "/dashboard/register", fields);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("Bitte Datum und Uhrzeit des Eingangs angeben.");
    }

    @Test
    void aNoticePreparedForPrintingIsLinkedFromTheCasePageAndPrintsOnlyTheLetter() {
        String caseId = CaseTables.openCase("ACCESS");
        String deliveryId = UUID.randomUUID().toString();
        notifier.prepare(caseId, deliveryId, true, "Ihre Datenschutzanfrage ist eingegangen (Vorgang DSR-4F2A9C01)",
                "Guten Tag,\n\nwir haben Ihre Anfrage erhalten. <script>alert(1)</script>");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        String casePage = assistant.get("/dashboard/cases/" + caseId).asString();
        Response print = assistant.get("/dashboard/printable-notices/" + deliveryId);

        assertThat(casePage).contains("zum Drucken vorbereitet", "/dashboard/printable-notices/" + deliveryId);
        assertThat(print.statusCode()).isEqualTo(200);
        assertThat(print.asString()).contains("id=\"letter\"", "Vorgang DSR-4F2A9C01", "wir haben Ihre Anfrage erhalten",
                "&lt;script&gt;", "/dashboard/cases/" + caseId)
                .doesNotContain("<script>", "Message-ID", "In-Reply-To");
    }

    @Test
    void aMailedNoticeHasNoPrintView() {
        String caseId = CaseTables.openCase("ACCESS");
        String deliveryId = UUID.randomUUID().toString();
        notifier.prepare(caseId, deliveryId, false, "Ihre Datenschutzanfrage ist eingegangen", "Guten Tag,");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        Response print = assistant.get("/dashboard/printable-notices/" + deliveryId);

        assertThat(print.statusCode()).isEqualTo(409);
        assertThat(print.asString()).doesNotContain("id=\"letter\"");
    }

    private long caseCount() {
        return pool.preparedQuery("select count(*) from dsr_case").execute().await().indefinitely()
                .iterator().next().getLong(0);
    }
}
