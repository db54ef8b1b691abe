package de.thwien.dsr.intake.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Scenario 6 of issue 7 in a real browser: Debian's headless Chromium driven by Selenium through chromedriver.
 * The requester submits the public form (first with an error), the assistant logs in, finds the case, approves the
 * WEAK-match plan item and extends the deadline. erasure-service and notifier-service are played by
 * {@link OtherServicesStub}. Screenshots
 * go to {@code target/screenshots/} for review.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@QuarkusTestResource(value = OtherServicesStub.class, restrictToAnnotatedClass = true)
class BrowserScenarioTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TestHTTPResource("/")
    URL base;

    @Inject
    Pool pool;

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser scenario skipped: Debian's chromium and chromium-driver are not installed "
                        + "(apt-get install chromium chromium-driver; .ci/run installs them)");
        profile = Files.createTempDirectory("dsr-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1600", "--lang=de-DE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void requesterAsksAndAssistantApprovesTheWeakMatchAndExtendsTheDeadline() throws IOException {
        String email = CaseTables.uniqueEmail();

        // the requester: the form refuses a wrong address next to the field, then takes the request
        open("request");
        browser.findElement(By.cssSelector("input[name=type][value=ERASURE]")).click();
        browser.findElement(By.id("email")).sendKeys("erika.example.org");
        browser.findElement(By.id("name")).sendKeys("Erika Muster");
        browser.findElement(By.id("message")).sendKeys("Bitte löschen Sie alle meine Daten.");
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        WebElement fieldError = waitFor(By.id("email-error"));
        assertThat(fieldError.getText()).contains("gültige E-Mail-Adresse");
        assertThat(browser.findElement(By.id("email")).getAttribute("aria-describedby")).isEqualTo("email-error");
        screenshot("1-request-form-error");
        WebElement address = browser.findElement(By.id("email"));
        address.clear();
        address.sendKeys(email);
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        assertThat(waitFor(By.id("accepted")).getText()).contains("Vielen Dank");
        screenshot("2-request-accepted");
        String caseId = caseOf(email);

        // the assistant: the dashboard asks for the login first
        open("dashboard");
        waitFor(By.id("j_username")).sendKeys("assistant");
        browser.findElement(By.id("j_password")).sendKeys("demo-assistant");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.id("overdue-count"));
        screenshot("3-overview");

        // find the case by the start of its number
        browser.findElement(By.linkText("Fälle")).click();
        waitFor(By.id("f-q")).sendKeys(caseId.substring(0, 8));
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitFor(By.cssSelector("a[href='/dashboard/cases/" + caseId + "']"));
        assertThat(browser.getPageSource()).doesNotContain(email);
        screenshot("4-case-list");
        browser.findElement(By.cssSelector("a[href='/dashboard/cases/" + caseId + "']")).click();

        // the notices sent, with their text as text
        assertThat(waitFor(By.cssSelector("article.notice-sent pre")).getText())
                .isEqualTo(OtherServicesStub.NOTICE_TEXT);

        // approve the WEAK-match plan item
        WebElement weakItem = waitFor(By.id("plan-item-" + OtherServicesStub.WEAK_ITEM));
        assertThat(weakItem.getText()).contains("WEAK", "offen");
        weakItem.findElement(By.cssSelector("button.approve")).click();
        waitFor(By.id("action-done"));
        assertThat(browser.findElement(By.cssSelector("#plan-item-" + OtherServicesStub.WEAK_ITEM + " .approval"))
                .getText()).isEqualTo("freigegeben");
        assertThat(OtherServicesStub.DECISIONS).anyMatch(decision -> decision.startsWith(
                "POST /api/cases/" + caseId + "/erasure-plan/items/" + OtherServicesStub.WEAK_ITEM + "/approve|Basic "));
        screenshot("5-plan-item-approved");

        // extend the deadline with reasons
        String dueBefore = browser.findElement(By.id("case-due")).getText();
        browser.findElement(By.id("extend-text")).sendKeys("Daten in vielen Postfächern, Prüfung dauert länger");
        browser.findElement(By.id("extend")).click();
        waitFor(By.id("action-done"));
        String dueAfter = browser.findElement(By.id("case-due")).getText();
        assertThat(dueAfter).contains("verlängert").isNotEqualTo(dueBefore);
        assertThat(new CaseTables(pool).timelineEntries(caseId, "DEADLINE_EXTENDED")).isEqualTo(1);
        assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText()).contains("DEADLINE_EXTENDED");
        screenshot("6-deadline-extended");
    }

    private void open(String path) {
        browser.get(base.toString() + path);
    }

    private WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(driver -> driver.findElements(locator).stream().findFirst().orElse(null));
        } catch (org.openqa.selenium.TimeoutException e) {
            // keep what the browser showed instead, for the report
            try {
                screenshot("failed");
                Files.writeString(SCREENSHOTS.resolve("scenario6-failed.html"), browser.getPageSource());
            } catch (IOException ignored) {
                // the timeout is the failure to report
            }
            throw new AssertionError("not found on " + browser.getCurrentUrl() + ": " + locator, e);
        }
    }

    private String caseOf(String email) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            var rows = pool.preparedQuery("select id from dsr_case where requester_email = $1")
                    .execute(Tuple.of(email)).await().indefinitely();
            return rows.size() == 0 ? null : rows.iterator().next().getUUID(0).toString();
        }, id -> id != null);
    }

    private void screenshot(String name) throws IOException {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve("scenario6-" + name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
