package org.marketsweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketsweep.report.HtmlReport;
import org.marketsweep.report.StatementMapper;

/**
 * Renders report.html with headless Chromium and checks the screenshot: every chart's bar
 * colour must be on it, so the charts show data in a real browser, offline. Skipped when
 * {@code /usr/bin/chromium} is missing, unless {@code MARKETSWEEP_REQUIRE_CHROMIUM=1}, which
 * makes a missing browser a failure (for CI). The report's files and the screenshot
 * ({@code report.png}) are kept in {@code target/report-screenshot/} to look at.
 */
class ReportScreenshotTest {
  /** The browser: /usr/bin/chromium, or the system property marketsweep.chromium. */
  static final Path CHROMIUM = Path.of(System.getProperty("marketsweep.chromium",
      "/usr/bin/chromium"));
  /** Pixels of a colour that show drawn bars (more than a 12 x 12 legend key). */
  static final int MIN_PIXELS = 400;

  @TempDir Path tmp;

  @Test
  void everyChartShowsItsBarsInTheBrowser() throws Exception {
    requireChromium();
    Path out = tmp.resolve("reports");
    new ReportJob(TestSpark.session(), new ReportJob.Request(ReportFixture.warehouse(),
        ReportFixture.FIRST, ReportFixture.AS_OF, out.toString(),
        StatementMapper.Settings.DEFAULTS, "test")).execute();
    Path folder = out.resolve(ReportFixture.AS_OF.toString());
    Path html = folder.resolve("report.html");
    Path kept = Path.of("target", "report-screenshot");
    Files.createDirectories(kept);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.copy(f, kept.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path png = kept.resolve("report.png");
    Files.deleteIfExists(png);
    screenshot(html, png);

    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1280, image.getWidth());
    Map<String, String> colours = new LinkedHashMap<>(HtmlReport.CHART_COLOURS);
    colours.put("chart-trend notices", HtmlReport.NOTICES_COLOUR);
    colours.put("chart-trend removals", HtmlReport.REMOVALS_COLOUR);
    Map<String, Integer> found = count(image, colours);
    for (Map.Entry<String, Integer> e : found.entrySet()) {
      assertTrue(e.getValue() >= MIN_PIXELS, e.getKey() + " (" + colours.get(e.getKey())
          + "): only " + e.getValue() + " pixels in " + png.toAbsolutePath() + "; " + found);
    }
  }

  static void requireChromium() {
    if (Files.isExecutable(CHROMIUM)) {
      return;
    }
    if ("1".equals(System.getenv("MARKETSWEEP_REQUIRE_CHROMIUM"))) {
      fail(CHROMIUM + " is not installed and MARKETSWEEP_REQUIRE_CHROMIUM=1: install it"
          + " (apt-get install -y chromium)");
    }
    Assumptions.abort(CHROMIUM + " is not installed; set MARKETSWEEP_REQUIRE_CHROMIUM=1 to"
        + " make this a failure");
  }

  private void screenshot(Path html, Path png) throws Exception {
    Path profile = Files.createTempDirectory(tmp, "chromium-profile");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280,3000",
        "--screenshot=" + png.toAbsolutePath(), html.toUri().toString()));
    Path log = tmp.resolve("chromium.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 180 s: " + Files.readString(log));
    }
    assertTrue(Files.exists(png), "no screenshot (exit " + p.exitValue() + "): "
        + Files.readString(log));
  }

  /** Pixels matching each colour (within a small tolerance per channel). */
  static Map<String, Integer> count(BufferedImage image, Map<String, String> colours) {
    Map<String, Integer> found = new LinkedHashMap<>();
    colours.keySet().forEach(k -> found.put(k, 0));
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        for (Map.Entry<String, String> c : colours.entrySet()) {
          if (close(rgb, Integer.parseInt(c.getValue().substring(1), 16))) {
            found.merge(c.getKey(), 1, Integer::sum);
          }
        }
      }
    }
    return found;
  }

  private static boolean close(int a, int b) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > 6) {
        return false;
      }
    }
    return true;
  }
}
