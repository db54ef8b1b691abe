package de.thwien.dsr.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.demo.DemoData;
import de.thwien.dsr.localstack.demo.DemoData.Customer;
import de.thwien.dsr.localstack.demo.DemoStores;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #21 on the running system: a demo customer asks for erasure through the web form and is erased everywhere;
 * then the operator restores the CRM schema and the mail accounts from a backup taken before (every CRM table put
 * back, the mail folders re-imported: her mails back with their Message-IDs under new UIDs). The restore check
 * ({@code POST /api/restore-check}) erases exactly her records again and restricts again her held ones, with proof
 * on her case's audit trail, touches nothing else, and its report lists them.
 */
class RestoredBackupIT {

    private static final String RESTRICTED_FOLDER = "DSR-Restricted";
    private static final String AS_BEFORE = "her data, not restricted";
    /** Whether a partner is marked with the restriction tag in Odoo. */
    private static final String RESTRICTION_TAGGED = "select count(*)"
            + " from crm_demo.res_partner_res_partner_category_rel r join crm_demo.res_partner_category c"
            + " on c.id = r.category_id and c.name->>'en_US' = 'Eingeschränkt (Art. 18)' where r.partner_id = ?";

    private static LocalStack system;
    private static SystemProbes probes;
    private static StoreProbe stores;
    private static DemoData demo;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        probes = new SystemProbes(system);
        stores = new StoreProbe(system.infra());
        demo = DemoData.generate(LocalDate.now());
        probes.awaitEveryStoreIndexed();
    }

    @Test
    void afterTheCrmAndTheMailboxAreRestoredFromABackupTheRestoreCheckErasesExactlyHerRecordsAgain() {
        Customer her = customerOfHerOwn();
        CrmSchemaBackup crm = new CrmSchemaBackup(system.infra(), DemoStores.CRM_SCHEMA);
        MailboxBackup thomas = new MailboxBackup(system.infra(), DemoData.THOMAS, Set.of(RESTRICTED_FOLDER));
        MailboxBackup info = new MailboxBackup(system.infra(), DemoData.INFO, Set.of(RESTRICTED_FOLDER));
        crm.take();
        thomas.take();
        info.take();

        String caseId = erased(her);
        JsonPath plan = plan(caseId);
        List<Long> erasedItems = itemIds(plan, "ERASED");
        List<Long> restrictedItems = itemIds(plan, "RESTRICTED");
        assertThat(erasedItems).as("her mail and CRM records erased").isNotEmpty();
        // her master data is erased, or restricted while a posted invoice of hers is kept (mapping's keepWhile)
        String masterData = plan.getString("items.find { it.store == 'crm' && it.reference == 'res_partner/"
                + her.partnerId() + "' }.execution");
        assertThat(masterData).isIn("ERASED", "RESTRICTED");
        assertThat(masterDataOf(her)).as("her CRM master data after her erasure").isEqualTo(masterData);
        Map<String, List<String>> crmAfterErasure = crm.rows();
        Map<String, List<String>> thomasAfterErasure = thomas.messageIdsByFolder();
        Map<String, List<String>> infoAfterErasure = info.messageIdsByFolder();

        // the backups of before the erasure are restored
        crm.restore();
        assertThat(thomas.reimportMissing() + info.reimportMissing()).as("her mails back in their folders")
                .isPositive();
        assertThat(masterDataOf(her)).as("she is back in the CRM as before her erasure").isEqualTo(AS_BEFORE);
        assertThat(crm.rows()).as("the restore brought her CRM records back").isNotEqualTo(crmAfterErasure);

        JsonPath report = given().baseUri(erasureUrl()).auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/restore-check").then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> reapplied = report.getList("reapplied");
        assertThat(reapplied).as("only her case's records, each with the store's proof").isNotEmpty()
                .allSatisfy(done -> {
                    assertThat(done.get("caseId")).isEqualTo(caseId);
                    assertThat(done.get("succeeded")).as(String.valueOf(done)).isEqualTo(true);
                    assertThat(String.valueOf(done.get("proof"))).isNotBlank();
                });
        assertThat(itemsDoneAgain(reapplied, "ERASED")).as("every record of hers erased is erased again, once")
                .containsExactlyInAnyOrderElementsOf(erasedItems);
        List<Long> restrictedAgain = itemsDoneAgain(reapplied, "RESTRICTED");
        assertThat(restrictedAgain).doesNotHaveDuplicates();
        assertThat(restrictedItems).containsAll(restrictedAgain);
        if (!restrictedItems.isEmpty()) {
            assertThat(restrictedAgain).as("held records whose restriction the restore took away").isNotEmpty();
        }
        assertThat(report.getInt("reErased")).isEqualTo(erasedItems.size());
        assertThat(report.getInt("reRestricted")).isEqualTo(restrictedAgain.size());
        assertThat(report.getInt("failed")).isZero();
        assertThat(report.getList("unavailableStores")).isEmpty();
        List<Map<String, Object>> counts = report.getList("counts");
        assertThat(counts.stream().filter(count -> "ERASED".equals(count.get("action")))
                .mapToInt(count -> ((Number) count.get("count")).intValue()).sum())
                .as("the report lists them per store").isEqualTo(erasedItems.size());

        // nothing else touched: the CRM and the mail folders are as her erasure left them
        assertThat(masterDataOf(her)).as("her CRM master data after the restore check").isEqualTo(masterData);
        assertThat(crm.rows()).isEqualTo(crmAfterErasure);
        assertThat(withoutRestricted(thomas.messageIdsByFolder())).isEqualTo(withoutRestricted(thomasAfterErasure));
        assertThat(withoutRestricted(info.messageIdsByFolder())).isEqualTo(withoutRestricted(infoAfterErasure));
        assertThat(distinct(info.messageIdsByFolder().get(RESTRICTED_FOLDER)))
                .as("the held mails restricted again").isEqualTo(distinct(infoAfterErasure.get(RESTRICTED_FOLDER)));
        String audit = given().baseUri(erasureUrl()).auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                .asString();
        assertThat(audit).as("the proof is on her case's audit trail").contains("ERASED_AGAIN_AFTER_RESTORE");

        JsonPath second = given().baseUri(erasureUrl()).auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/restore-check").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("reapplied")).as("nothing is back a second time").isEmpty();
    }

    /**
     * A demo customer no other system test asks about, with a name nobody else has (no namesake for the assistant to
     * review), a mail of hers in Thomas' inbox and an invoice mailed to her from info@ (a record held, not erased).
     */
    private static Customer customerOfHerOwn() {
        Set<String> inPrivacyMailbox = demo.mails().stream().filter(mail -> DemoData.PRIVACY.equals(mail.account()))
                .map(DemoData.DemoMail::from).collect(Collectors.toSet());
        return demo.customers().stream()
                .filter(customer -> customer.partnerId() > 3)
                .filter(customer -> !inPrivacyMailbox.contains(customer.mailbox()))
                .filter(customer -> demo.customers().stream().filter(other -> other.lastName()
                        .equals(customer.lastName())).count() == 1)
                .filter(customer -> demo.mails().stream().anyMatch(mail -> DemoData.THOMAS.equals(mail.account())
                        && customer.mailbox().equals(mail.from())))
                .filter(customer -> demo.mails().stream().anyMatch(mail -> DemoData.INFO.equals(mail.account())
                        && customer.mailbox().equals(mail.to())))
                .findFirst().orElseThrow(() -> new IllegalStateException("no demo customer fits"));
    }

    /**
     * Her partner row in the CRM: {@code ERASED} (no row with her address any more), {@code RESTRICTED} (her row,
     * tagged as restricted) or {@link #AS_BEFORE} (her row, untagged).
     */
    private static String masterDataOf(Customer her) {
        if (stores.count("select count(*) from crm_demo.res_partner where id = ? and email = ?", her.partnerId(),
                her.email()) == 0) {
            return "ERASED";
        }
        return stores.count(RESTRICTION_TAGGED, her.partnerId()) > 0 ? "RESTRICTED" : AS_BEFORE;
    }

    /** Her erasure request by web form, confirmed from the verification mail, until its plan is completed. */
    private static String erased(Customer her) {
        String caseId = given().baseUri(probes.intakeUrl()).contentType(ContentType.JSON)
                .body("{\"type\":\"ERASURE\",\"email\":\"" + her.email() + "\",\"name\":\"" + her.name()
                        + "\",\"language\":\"de\"}")
                .when().post("/api/requests")
                .then().statusCode(202).extract().path("caseId");
        Matcher link = SystemProbes.VERIFICATION_LINK.matcher(probes.awaitMail(her.email(),
                mail -> SystemProbes.VERIFICATION_LINK.matcher(mail.text()).find()).text());
        assertThat(link.find()).isTrue();
        given().when().post(link.group(1)).then().statusCode(200);
        probes.awaitMail(her.email(), mail -> mail.subject().startsWith("Bestätigung der Löschung Ihrer Daten"));
        await().atMost(SystemProbes.PATIENCE).until(() -> "COMPLETED".equals(plan(caseId).getString("status")));
        return caseId;
    }

    private static JsonPath plan(String caseId) {
        return given().baseUri(erasureUrl()).auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Items of the stores restored here (the conference server was not). */
    private static List<Long> itemIds(JsonPath plan, String execution) {
        return plan.getList("items.findAll { it.execution == '" + execution + "' && it.store != 'conference' }.id",
                Long.class);
    }

    private static List<Long> itemsDoneAgain(List<Map<String, Object>> reapplied, String action) {
        return reapplied.stream().filter(done -> action.equals(done.get("action")))
                .map(done -> ((Number) done.get("itemId")).longValue()).toList();
    }

    /**
     * The restricted folder holds, after the check, a second copy of each held mail the restore brought back (moved
     * there again); the other folders must be exactly as the erasure left them.
     */
    private static Map<String, List<String>> withoutRestricted(Map<String, List<String>> folders) {
        Map<String, List<String>> others = new TreeMap<>(folders);
        others.remove(RESTRICTED_FOLDER);
        return others;
    }

    private static Set<String> distinct(List<String> messageIds) {
        return messageIds == null ? Set.of() : Set.copyOf(messageIds);
    }

    private static String erasureUrl() {
        return system.service("erasure-service").service().baseUrl();
    }
}
