package org.incidentclassifier.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk's page in a real headless Chromium (Debian's chromium and chromium-driver), driven by Selenium, against
 * the real server on a random port: paste a seed, see its incident on the board, open it, click a claim and see
 * its words and sentence highlighted; a second report updates the page live. Any browser console error fails
 * the test. Screenshots go to target/desk-page-*.png.
 */
class DeskPageIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path profile;

    DeskClient desk;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: the page test needs Debian's chromium and chromium-driver (/usr/bin/chromium,"
                        + " /usr/bin/chromedriver); .ci/run installs them: apt-get install -y chromium chromium-driver");
        desk = new DeskClient(null);
        // the system driver, named explicitly: Selenium Manager would try to download one
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1366,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1366, 900));
        // the page redraws the board and the incident on every event: an element found may be replaced before it is
        // read, so a wait looks again
        wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void pasteASeedSeeItsIncidentOpenItAndClickAClaimToSeeItsSentence() throws Exception {
        browser.get(desk.url() + "/");
        wait.until(b -> "live".equals(b.findElement(By.id("live")).getText()));
        assertEquals("No incident yet: add a report.", browser.findElement(By.id("board-empty")).getText());

        // paste the report (set as a paste sets it), name it, add it with the real button
        WebElement text = browser.findElement(By.id("report-text"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input'));", text, DeskServerTest.seed("000_"));
        browser.findElement(By.id("report-id")).sendKeys("seed-000");
        browser.findElement(By.id("add-button")).click();

        List<String> cells = wait.until(b -> {
            List<WebElement> found = b.findElements(By.cssSelector("#board tr[data-incident] th, #board tr[data-incident] td"));
            return found.isEmpty() ? null : found.stream().map(WebElement::getText).toList();
        });
        assertEquals("incident-1", cells.get(0));
        assertEquals("hostage taking barricade", cells.get(1));
        assertEquals("1", cells.get(4));
        JsonNode incident = desk.get("/incidents/incident-1").body().get("incident");
        assertEquals(String.valueOf(incident.get("inconsistencies").size()), cells.get(5));
        assertTrue(Integer.parseInt(cells.get(5)) >= 1, "seed 000 has its ARITHMETIC inconsistency");
        wait.until(b -> b.findElement(By.id("add-status")).getText().startsWith("Report seed-000 added to incident-1"));
        screenshot("board");

        // open it from the keyboard: the board's link is a real link
        wait.until(b -> {
            b.findElement(By.cssSelector("#board tr[data-incident='incident-1'] a.incident-link")).sendKeys(Keys.ENTER);
            return true;
        });
        wait.until(b -> b.findElement(By.id("incident")).isDisplayed()
                && !b.findElements(By.cssSelector("#claims button.conclusion")).isEmpty());
        assertEquals("incident-1: hostage taking barricade", browser.findElement(By.id("incident-title")).getText());
        assertTrue(browser.findElement(By.id("inconsistencies")).getText().contains("ARITHMETIC"));

        // click the first claim: its words are marked, and the sentence they stand in
        JsonNode claim = incident.get("claims").get(0);
        JsonNode evidence = claim.get("evidence").get(0);
        String words = evidence.has("original") ? evidence.get("original").asText() : evidence.get("text").asText();
        // (clicked again if the incident was redrawn by a late event in between)
        String strip = words.strip();
        String marked = wait.until(b -> {
            b.findElements(By.cssSelector("#claims button.conclusion")).get(0).click();
            String active = b.findElements(By.cssSelector("#report-seed-000 mark.active")).stream()
                    .map(WebElement::getText).collect(Collectors.joining());
            return active.contains(strip) ? active : null;
        });
        assertTrue(marked.contains(strip), "marked \"" + marked + "\", the claim's words are \"" + words + "\"");
        String sentence = browser.findElements(By.cssSelector("#report-seed-000 .in-sentence")).stream()
                .map(WebElement::getText).collect(Collectors.joining());
        assertTrue(sentence.contains(strip) && sentence.length() > words.length(),
                "the sentence highlighted is \"" + sentence + "\"");
        assertEquals("true", browser.findElements(By.cssSelector("#claims button.conclusion")).get(0)
                .getAttribute("aria-pressed"));
        screenshot("incident");

        // a second report arrives elsewhere: the board and the open incident follow through /events
        assertEquals(201, desk.postReport("seed-002", DeskServerTest.seed("002_")).status());
        wait.until(b -> "2".equals(b.findElement(By.cssSelector("#board tr[data-incident='incident-1'] td:nth-of-type(4)"))
                .getText()));
        wait.until(b -> !b.findElements(By.id("report-seed-002")).isEmpty());
        assertTrue(browser.findElement(By.id("last-change")).getText().contains("report seed-002 added"));
        assertTrue(browser.findElement(By.id("actors")).getText().contains("CONTESTED"));
        screenshot("live");
        // the README's picture: the top of the page on a laptop-sized window, a claim chosen
        wait.until(b -> {
            b.findElements(By.cssSelector("#claims button.conclusion")).get(0).click();
            return true;
        });
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);"
                + " document.querySelectorAll('.report-text').forEach((t) => { t.scrollTop = 0; });");
        browser.manage().window().setSize(new Dimension(1440, 1500));
        screenshot("page");

        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList(), "browser console errors");
    }

    private void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "desk-page-" + name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
