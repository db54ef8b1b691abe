package de.thwien.dsr.infra.test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through chromedriver, with a throw-away profile: a real browser's cookie rules, and
 * what a reader really sees of a page. A test using it needs {@code org.seleniumhq.selenium:selenium-java}.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the test (not fails) where the Debian packages chromium and chromium-driver are missing. */
    public static HeadlessChromium start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: Debian's chromium and chromium-driver are not installed");
        Path profile = Files.createTempDirectory("dsr-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return new HeadlessChromium(driver, profile);
    }

    /** Logs in through the login form at {@code base} and waits for the dashboard. */
    public void logIn(String base, String user, String password) {
        driver.get(base + "/login");
        driver.findElement(By.name("j_username")).sendKeys(user);
        driver.findElement(By.name("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("/dashboard"));
    }

    /** Opens a page and waits until its script has set the title {@code done}. */
    public void openAndAwaitTitle(String url, String title) {
        driver.get(url);
        new WebDriverWait(driver, WAIT).until(d -> title.equals(d.getTitle()));
    }

    /** The address the browser ends up at after opening {@code url} (a redirect to the login shows here). */
    public String addressAfterOpening(String url) {
        driver.get(url);
        return driver.getCurrentUrl();
    }

    /** The text a reader sees of the page at {@code url} (a {@code file:} URL opens a file). */
    public String visibleText(String url) {
        driver.get(url);
        return driver.findElement(By.tagName("body")).getText();
    }

    /** A PNG of the whole page at {@code url}, {@code width} pixels wide and as high as the page. */
    public byte[] screenshotOfWholePage(String url, int width) {
        driver.manage().window().setSize(new Dimension(width, 800));
        driver.get(url);
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(width, height.intValue()));
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
