package de.thwien.dsr.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.demo.DemoData;
import de.thwien.dsr.localstack.demo.DemoData.Customer;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Scenario 6 of issue 7 in a real browser on the running system: Hanna Berger asks for erasure through the public
 * form (first with a wrong address), confirms her link, and the assistant finds the case in the dashboard, approves
 * the WEAK-match item (her mail from a former address, found by name only) which erasure-service then carries out,
 * and extends the deadline, which the requester is told by mail. And a rectification (Art. 16) by mail whose new
 * address the assistant enters in the case page's form. Screenshots: {@code target/screenshots/}.
 */
class BrowserScenarioIT {

    private static LocalStack system;
    private static SystemProbes probes;
    private static StoreProbe stores;

    private Browser browser;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        probes = new SystemProbes(system);
        stores = new StoreProbe(system.infra());
        probes.awaitEveryStoreIndexed();
    }

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start("scenario6");
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void requesterAsksThroughTheFormAndTheAssistantApprovesTheWeakMatchAndExtendsTheDeadline() {
        String intake = probes.intakeUrl();
        String email = DemoData.HANNA_BERGER_EMAIL;

        // the requester: the form shows a wrong address next to the field, then takes the request
        browser.open(intake + "/request");
        browser.find(By.cssSelector("input[name=type][value=ERASURE]")).click();
        browser.find(By.id("email")).sendKeys("hanna.berger.example.org");
        browser.find(By.id("name")).sendKeys(DemoData.HANNA_BERGER_NAME);
        browser.find(By.id("message")).sendKeys("Bitte löschen Sie alle meine Daten.");
        browser.find(By.cssSelector("form.stacked button[type=submit]")).click();
        assertThat(browser.waitFor(By.id("email-error")).getText()).contains("gültige E-Mail-Adresse");
        assertThat(browser.find(By.id("email")).getAttribute("aria-describedby")).isEqualTo("email-error");
        browser.screenshot("1-request-form-error");
        WebElement address = browser.find(By.id("email"));
        address.clear();
        address.sendKeys(email);
        browser.find(By.cssSelector("form.stacked button[type=submit]")).click();
        assertThat(browser.waitFor(By.id("accepted")).getText()).contains("Vielen Dank");
        browser.screenshot("2-request-accepted");
        String caseId = probes.caseOpenedFor(email);

        // her link from the mail, opened and confirmed in the browser
        Matcher link = SystemProbes.VERIFICATION_LINK.matcher(probes.awaitMail(email,
                mail -> SystemProbes.VERIFICATION_LINK.matcher(mail.text()).find()).text());
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        browser.waitFor(By.cssSelector("form[action^='/verification/'] button[type=submit]")).click();
        browser.waitFor(By.id("verified"));
        browser.screenshot("3-verified");

        // the assistant: the dashboard asks for the login first
        browser.open(intake + "/dashboard");
        browser.waitFor(By.id("j_username")).sendKeys("assistant");
        browser.find(By.id("j_password")).sendKeys("demo-assistant");
        browser.find(By.cssSelector("form button[type=submit]")).click();
        browser.waitFor(By.id("overdue-count"));
        browser.screenshot("4-overview");

        // the case appears in the list, found by the start of its number, the requester masked
        browser.find(By.linkText("Fälle")).click();
        browser.waitFor(By.id("f-q")).sendKeys(caseId.substring(0, 8));
        browser.find(By.cssSelector("form.filters button[type=submit]")).click();
        By caseLink = By.cssSelector("a[href='/dashboard/cases/" + caseId + "']");
        browser.waitFor(caseLink);
        assertThat(browser.driver().getPageSource()).doesNotContain(email);
        browser.screenshot("5-case-list");
        browser.find(caseLink).click();

        // the plan arrives once subject-index located her: the mail from her former address is a WEAK match
        WebElement weak = browser.reloadUntil(driver -> driver.findElements(By.cssSelector("tr.match-WEAK")).stream()
                .filter(row -> !row.findElements(By.cssSelector("button.approve")).isEmpty()).findFirst()
                .orElse(null), SystemProbes.PATIENCE, "WEAK plan item waiting for approval");
        String weakRow = weak.getAttribute("id");
        browser.screenshot("6-plan-weak-item-waiting");
        // declining would need a reason the requester is told (Art. 12(4)), unless the mail is another person's
        assertThat(browser.driver().findElements(By.cssSelector("#" + weakRow + " select[name=reasonCode] option"))
                .stream().map(option -> option.getAttribute("value")).toList())
                .containsExactly("NOT_THE_REQUESTER", "LEGAL_CLAIMS", "OTHER");

        // while the item waits, she extends the deadline with reasons (once the plan is carried out the case is
        // answered and cannot be extended any more): the requester gets the extension mail with them
        String dueBefore = browser.find(By.id("case-due")).getText();
        browser.find(By.id("extend-text")).sendKeys("Ihre Daten liegen in mehreren Postfächern aus vielen Jahren.");
        browser.find(By.id("extend")).click();
        browser.waitForAddressContaining("done=extend");
        assertThat(browser.find(By.id("case-due")).getText()).contains("verlängert").isNotEqualTo(dueBefore);
        browser.screenshot("7-deadline-extended");
        ReceivedMail extension = probes.awaitMail(email,
                mail -> mail.subject().startsWith("Verlängerung der Frist für Ihren Löschantrag"));
        assertThat(extension.text()).contains("mehreren Postfächern aus vielen Jahren");

        browser.find(By.cssSelector("#" + weakRow + " button.approve")).click();
        browser.waitForAddressContaining("done=plan-approve");
        assertThat(browser.find(By.cssSelector("#" + weakRow + " .approval")).getText()).isEqualTo("freigegeben");
        // the plan row speaks the page's language: "gelöscht", not the code ERASED
        browser.reloadUntil(driver -> "gelöscht".equals(driver.findElement(By.cssSelector("#" + weakRow + " .execution"))
                .getText()), SystemProbes.PATIENCE, "approved WEAK item carried out");
        browser.screenshot("8-plan-weak-item-erased");
        assertThat(stores.subjects(DemoData.THOMAS, "INBOX")).doesNotContain("Vortrag IT-Sicherheit");
        // the audit names the assistant, not the dashboard's service login
        List<String> approvers = given().baseUri(system.service("erasure-service").service().baseUrl())
                .auth().preemptive().basic("owner", "demo-owner")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit")
                .then().statusCode(200).extract().path("findAll { it.action == 'APPROVED' }.actor");
        assertThat(approvers).containsExactly("assistant");
    }

    /**
     * Rectification (issue 18) walked in the browser: a demo customer writes by mail that her address is wrong,
     * confirms her link in the browser; the assistant enters the new address in the case page's form for her CRM
     * partner row (the other records the store could change she finds correct) and has it written; the CRM row holds
     * the new address and the customer's answer names it.
     */
    @Test
    void customerAsksByMailToCorrectHerAddressAndTheAssistantEntersItInTheDashboardForm() throws Exception {
        String intake = probes.intakeUrl();
        Customer customer = RectificationIT.germanCustomers().get(1);
        String street = "Am Sportplatz 3";
        String zip = "42579";
        String city = "Heiligenhaus";
        probes.sendMail(customer.mailbox(), DemoData.PRIVACY, "Berichtigung meiner Adresse",
                "Hallo,\n\nmeine Adresse ist falsch, neue Adresse: " + street + ", " + zip + " " + city
                        + ".\n\nDanke\n" + customer.name());
        String caseId = probes.caseOpenedFor(customer.email());

        // her link for this case: the demo data may hold another request of hers that waits for its own link
        Matcher link = SystemProbes.VERIFICATION_LINK.matcher(probes.awaitMail(customer.email(),
                RectificationIT.verificationOf(caseId)).text());
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        browser.waitFor(By.cssSelector("form[action^='/verification/'] button[type=submit]")).click();
        browser.waitFor(By.id("verified"));
        browser.screenshot("r1-verified");

        loginAsAssistant(intake);
        browser.open(intake + "/dashboard/cases/" + caseId);
        // the form appears once subject-index located her and erasure-service planned the rectification
        String partner = "res_partner/" + customer.partnerId();
        long partnerItem = rectificationItemOf(caseId, partner);
        By streetField = By.id("field-" + partnerItem + "-street");
        browser.reloadUntil(driver -> !driver.findElements(streetField).isEmpty(), SystemProbes.PATIENCE,
                "rectification form of her partner row");
        assertThat(browser.find(By.id("rectification-request")).getText()).contains("meine Adresse ist falsch");
        assertThat(browser.find(By.cssSelector("#rectification-item-" + partnerItem + " td.current")).getText())
                .isNotBlank();
        browser.screenshot("r2-rectification-form");

        browser.find(streetField).sendKeys(street);
        browser.find(By.id("field-" + partnerItem + "-zip")).sendKeys(zip);
        browser.find(By.id("field-" + partnerItem + "-city")).sendKeys(city);
        browser.find(By.id("rectification-correct-" + partnerItem)).click();
        browser.waitForAddressContaining("done=rectification-correct");
        for (long other : otherRectifiableItems(caseId, partner)) {
            browser.find(By.id("no-change-" + other)).sendKeys("Diese Angaben stimmen.");
            browser.find(By.id("rectification-no-change-" + other)).click();
            browser.waitForAddressContaining("done=rectification-no-change");
        }
        browser.screenshot("r3-decided");
        browser.find(By.id("rectification-execute")).click();
        browser.waitForAddressContaining("done=rectification-execute");
        browser.screenshot("r4-executed");

        assertThat(stores.count("select count(*) from crm_demo.res_partner where id = ? and street = ? and zip = ?"
                + " and city = ?", customer.partnerId(), street, zip, city)).isOne();
        ReceivedMail answer = probes.awaitMail(customer.email(),
                mail -> mail.subject().startsWith("Berichtigung Ihrer Daten (Art. 16 DSGVO"));
        assertThat(answer.text()).contains("Straße jetzt „" + street + "“").contains("Ort jetzt „" + city + "“")
                .contains("Art. 77 DSGVO");
    }

    private void loginAsAssistant(String intake) {
        browser.open(intake + "/dashboard");
        browser.waitFor(By.id("j_username")).sendKeys("assistant");
        browser.find(By.id("j_password")).sendKeys("demo-assistant");
        browser.find(By.cssSelector("form button[type=submit]")).click();
        browser.waitFor(By.id("overdue-count"));
    }

    /** The plan item of {@code reference}, once erasure-service planned it (the page shows it by this id). */
    private static long rectificationItemOf(String caseId, String reference) {
        return await().atMost(SystemProbes.PATIENCE).until(() -> {
            var plan = erasure().when().get("/api/cases/" + caseId + "/rectification");
            return plan.statusCode() == 200 ? plan.jsonPath().getObject(
                    "items.find { it.reference == '" + reference + "' && it.rectifiable }.id", Long.class) : null;
        }, java.util.Objects::nonNull);
    }

    private static List<Long> otherRectifiableItems(String caseId, String reference) {
        return erasure().when().get("/api/cases/" + caseId + "/rectification").then().statusCode(200).extract()
                .jsonPath().getList("items.findAll { it.rectifiable && it.reference != '" + reference + "' }.id",
                        Long.class);
    }

    private static io.restassured.specification.RequestSpecification erasure() {
        return given().baseUri(system.service("erasure-service").service().baseUrl()).auth().preemptive()
                .basic("assistant", "demo-assistant");
    }
}
