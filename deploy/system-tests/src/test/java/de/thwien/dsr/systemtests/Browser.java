package de.thwien.dsr.systemtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, with a throw-away profile. Screenshots go to
 * {@code target/screenshots/} for review; a wait that times out leaves a screenshot and the page source there.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final String prefix;

    private Browser(ChromeDriver driver, Path profile, Path screenshots, String prefix) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
        this.prefix = prefix;
    }

    /** Skips the test (not fails) where the Debian packages are missing; .ci/run installs them. */
    static Browser start(String screenshotPrefix) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser scenario skipped: Debian's chromium and chromium-driver are not installed "
                        + "(apt-get install chromium chromium-driver; .ci/run installs them)");
        Path profile = Files.createTempDirectory("dsr-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1600", "--lang=de-DE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        return new Browser(driver, profile, screenshots, screenshotPrefix);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    /** The element once it is on the page. */
    WebElement waitFor(By locator) {
        return waitUntil(driver -> driver.findElements(locator).stream().findFirst().orElse(null),
                "not found: " + locator);
    }

    /** The page the last click led to, recognised by its address (the previous page may show the same elements). */
    void waitForAddressContaining(String part) {
        waitUntil(driver -> driver.getCurrentUrl().contains(part) ? Boolean.TRUE : null, "address with " + part);
    }

    /** Reloads the page until the condition holds (what other services do shows up on the next load). */
    <T> T reloadUntil(Function<WebDriver, T> condition, Duration atMost, String what) {
        try {
            return new WebDriverWait(driver, atMost, Duration.ofSeconds(1)).until(driver -> {
                T found = condition.apply(driver);
                if (found == null || Boolean.FALSE.equals(found)) {
                    driver.navigate().refresh();
                }
                return found;
            });
        } catch (TimeoutException e) {
            throw failure(what, e);
        }
    }

    void screenshot(String name) {
        try {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(prefix + "-" + name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T waitUntil(Function<WebDriver, T> condition, String what) {
        try {
            return new WebDriverWait(driver, WAIT).until(condition::apply);
        } catch (TimeoutException e) {
            throw failure(what, e);
        }
    }

    private AssertionError failure(String what, TimeoutException cause) {
        // keep what the browser showed instead, for the report
        try {
            screenshot("failed");
            Files.writeString(screenshots.resolve(prefix + "-failed.html"), driver.getPageSource());
        } catch (RuntimeException | IOException ignored) {
            // the timeout is the failure to report
        }
        return new AssertionError(what + " on " + driver.getCurrentUrl() + shownAlert(), cause);
    }

    /** What the page says went wrong (an alert, or a problem+json body), for the failure message. */
    private String shownAlert() {
        try {
            List<WebElement> alerts = driver.findElements(By.cssSelector("[role=alert]"));
            String shown = alerts.isEmpty() ? driver.findElement(By.tagName("body")).getText()
                    : alerts.get(0).getText();
            return ", page says: " + shown.substring(0, Math.min(shown.length(), 300));
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
