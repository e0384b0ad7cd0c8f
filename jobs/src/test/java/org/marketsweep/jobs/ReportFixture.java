package org.marketsweep.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.marketsweep.io.EventKind;
import org.marketsweep.io.ListingRecord;
import org.marketsweep.lists.Category;

/**
 * A warehouse for the report tests, built once per test JVM: two marketplaces over five
 * daily snapshots (2026-03-01..05, 10:00 UTC), their flags, notices, removal events and
 * reviewer decisions, and the lifecycle as of 2026-03-10 and 2026-03-03.
 *
 * <p>{@code shopnet} is {@link LifecycleJobTest}'s hand-made timeline, with a title holding a
 * script tag (F) and a seller id holding HTML characters (the repeat infringer of A, D, G);
 * H's flag carries the DSA category's pre-2025 name. {@code bazaar} adds 22 offers across the
 * days, rules, notice sources and removal times, so that every chart has several bars.
 */
public final class ReportFixture {
  public static final LocalDate FIRST = LocalDate.parse("2026-03-01");
  public static final LocalDate AS_OF = LocalDate.parse("2026-03-10");
  static final LocalDate EARLY = LocalDate.parse("2026-03-03");
  static final String SCRIPT_TITLE = "Carved rhino horn libation cup <script>alert(\"x\")</script>";
  static final String ODD_SELLER = "s1<&>";

  /**
   * bazaar: id | title | seller | first day (1-5) | rule or - | notice source@hours after the
   * first sighting (:category for offers no rule flags) or - | hours to removal or - |
   * reviewer decision or -.
   */
  static final String[] BAZAAR = {
      "b01|Louis Vuitton Neverfull tote AAA mirror copy|b-s1|1|cf-bags|-|20|confirmed",
      "b02|Rolex Daytona 1:1 super clone automatic|b-s1|1|cf-watches|trusted_flagger@3|6|confirmed",
      "b03|Apple AirPods Pro 2 replica with noise cancelling|b-s2|1|cf-electronics|-|30|rejected",
      "b04|Raw ivory tusk piece 2kg from old collection|b-s3|1|wl-ivory|authority@-2|50|confirmed",
      "b05|Pangolin scale powder 100g for traditional remedy|b-s3|2|wl-pangolin|-|12|confirmed",
      "b06|Neodymium magnet balls 5mm desk toy set|b-s4|2|un-magnets|user@5|190|-",
      "b07|Baby walker with seat and wheels, no CE mark|b-s5|2|un-baby|-|-|rejected",
      "b08|Gucci Marmont shoulder bag mirror quality|b-s2|2|cf-bags|user@1|26|confirmed",
      "b09|Dried shark fins for soup, 1kg box|b-s6|2|wl-shark-fin|authority@4|70|-",
      "b10|Burning laser pointer 10000mW green beam|b-s4|3|un-lasers|-|8|confirmed",
      "b11|Omega Seamaster homage replica dial|b-s1|3|cf-watches|-|-|rejected",
      "b12|Beats Studio headphones copy high quality|b-s2|3|cf-electronics|trusted_flagger@2|40|-",
      "b13|Hermes Birkin 30 copy togo leather|b-s7|3|cf-bags|-|100|-",
      "b14|Carved ivory netsuke figure, antique look|b-s3|3|wl-ivory|-|-|-",
      "b15|Magnetic putty with strong neodymium magnet|b-s8|4|un-magnets|-|-|rejected",
      "b16|Cartier Love bracelet replica gold plated|b-s7|4|cf-jewellery|-|16|confirmed",
      "b17|Blue laser 5W with burning lens kit|b-s4|4|un-lasers|user@-1|18|-",
      "b18|JBL Charge 5 bluetooth speaker sealed box|b-s9|4|-|user@0:counterfeit|10|-",
      "b19|Vintage tortoiseshell hair comb|b-s10|4|-|authority@0:wildlife|-|-",
      "b20|Ray-Ban Wayfarer knockoff sunglasses|b-s7|5|cf-eyewear|-|4|confirmed",
      "b21|Padded crib bumper set for cot|b-s5|5|un-baby|trusted_flagger@1|22|confirmed",
      "b22|Live slow loris for sale, hand tame|b-s6|5|wl-primates|-|2|confirmed"};

  private static Path dir;
  private static String warehouse;
  private static final List<String[]> NOTICES = new ArrayList<>();

  private ReportFixture() {}

  /** The warehouse, built on first use. */
  public static synchronized String warehouse() {
    if (warehouse == null) {
      try {
        build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return warehouse;
  }

  /** Notices as (marketplace, listing_id, received_at) of every notice loaded. */
  static List<String[]> notices() {
    warehouse();
    return List.copyOf(NOTICES);
  }

  private static void build() throws IOException {
    dir = Files.createTempDirectory("marketsweep-report-");
    Runtime.getRuntime().addShutdownHook(new Thread(ReportFixture::delete));
    warehouse = dir.resolve("wh").toString();
    snapshots();
    flags();
    List<String> notices = new ArrayList<>(List.of(
        notice("n1", "shopnet", "B", "trusted_flagger", "counterfeit", "2026-03-01T12:00:00Z"),
        notice("n2", "shopnet", "C", "user", "wildlife", "2026-03-02T09:00:00Z"),
        notice("n3", "shopnet", "E", "authority", "wildlife", "2026-03-01T08:00:00Z")));
    List<String> removals = new ArrayList<>(List.of(
        LifecycleJobTest.json("marketplace", "shopnet", "listing_id", "B", "removed_at",
            "2026-03-01T20:00:00Z", "reason", "notice upheld"),
        LifecycleJobTest.json("marketplace", "shopnet", "listing_id", "H", "removed_at",
            "2026-03-10T12:00:00Z")));
    List<String> decisions = new ArrayList<>(List.of(
        decision("shopnet", "A", "wl-ivory", "confirmed", "2026-03-01T15:00:00Z"),
        decision("shopnet", "D", "un-lasers", "confirmed", "2026-03-01T16:00:00Z"),
        decision("shopnet", "F", null, "rejected", "2026-03-02T11:00:00Z")));
    for (String line : BAZAAR) {
      bazaarEvents(line.split("\\|"), notices, removals, decisions);
    }
    load(EventKind.NOTICES, notices);
    load(EventKind.REMOVALS, removals);
    load(EventKind.DECISIONS, decisions);
    for (LocalDate asOf : List.of(AS_OF, EARLY)) {
      new LifecycleJob(TestSpark.session(), warehouse, asOf, LifecycleJob.Settings.DEFAULTS)
          .execute();
    }
  }

  /** Each day's listings of both marketplaces, written as the snapshot partitions. */
  private static void snapshots() {
    Map<String, String[]> shop = new LinkedHashMap<>();
    shop.put("A", new String[] {LifecycleJobTest.A_TEXT, LifecycleJobTest.A_DESC, ODD_SELLER});
    shop.put("B", new String[] {"Rolex Submariner replica watch AAA grade", null, "s2"});
    shop.put("C", new String[] {"Dried shark fin, premium grade, 500 g", null, "s3"});
    shop.put("D", new String[] {"Green laser pointer 5000mW burning beam", null, ODD_SELLER});
    shop.put("E", new String[] {"Pangolin scales for traditional medicine", null, "s4"});
    shop.put("F", new String[] {SCRIPT_TITLE, null, "s2"});
    shop.put("H", new String[] {"Buckyballs magnet set 216 pieces", null, "s5"});
    shop.put("G", new String[] {LifecycleJobTest.G_TEXT, LifecycleJobTest.G_DESC, ODD_SELLER});
    shop.put("K", new String[] {"Canon PowerShot SX620 HS digital camera, black", null, "s6"});
    String[][] days = {
        {"A", "B", "C", "D", "E", "F", "H"},
        {"A", "B", "C", "D:removed", "E", "F", "H"},
        {"B", "C", "E", "F", "H"},
        {"B", "C:removed", "E", "F", "H", "G", "K"},
        {"B", "E", "F", "H", "G", "K"}};
    for (int d = 0; d < days.length; d++) {
      LocalDateTime at = FIRST.plusDays(d).atTime(10, 0);
      List<Row> rows = new ArrayList<>();
      for (String entry : days[d]) {
        String id = entry.split(":")[0];
        String[] l = shop.get(id);
        rows.add(listing("shopnet", id, l[0], l[1], l[2], null, at,
            entry.endsWith(":removed") ? ListingRecord.REMOVED : ListingRecord.ACTIVE));
      }
      for (String line : BAZAAR) {
        String[] b = line.split("\\|");
        if (Integer.parseInt(b[3]) <= d + 1) {
          rows.add(listing("bazaar", b[0], b[1], null, b[2], "en-GB", at,
              ListingRecord.ACTIVE));
        }
      }
      TestSpark.session().createDataFrame(rows, ListingRecord.SCHEMA).write()
          .partitionBy("marketplace")
          .parquet(warehouse + "/listings/snapshot_date=" + FIRST.plusDays(d));
    }
  }

  private static Row listing(String marketplace, String id, String title, String description,
      String seller, String language, LocalDateTime at, String status) {
    return RowFactory.create(marketplace, id, "https://" + marketplace + ".example/item/" + id,
        title, description, null, null, seller, null, language, at, status);
  }

  /** The flags of each scan day: shopnet's as in LifecycleJobTest, bazaar's on day one. */
  private static void flags() {
    Map<LocalDate, List<Row>> byDay = new LinkedHashMap<>();
    String[][] shop = {{"1", "A", "wl-ivory"}, {"1", "D", "un-lasers"}, {"1", "F", "wl-rhino"},
        {"1", "H", "un-magnets"}, {"2", "A", "wl-ivory"}, {"2", "C", "wl-shark-fin"},
        {"2", "F", "wl-rhino"}};
    for (String[] f : shop) {
      LocalDate day = FIRST.plusDays(Integer.parseInt(f[0]) - 1);
      byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(flag(day, "shopnet", f[1], f[2],
          f[1].equals("H") ? "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS" : null));
    }
    for (String line : BAZAAR) {
      String[] b = line.split("\\|");
      if (!b[4].equals("-")) {
        LocalDate day = FIRST.plusDays(Integer.parseInt(b[3]) - 1);
        byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(flag(day, "bazaar", b[0], b[4],
            null));
      }
    }
    byDay.forEach((day, rows) -> TestSpark.session().createDataFrame(rows, FlagRecord.SCHEMA)
        .coalesce(1).write().parquet(warehouse + "/flags/scan_date=" + day));
  }

  private static Row flag(LocalDate day, String marketplace, String id, String rule,
      String dsaCategory) {
    Category category = category(rule);
    return RowFactory.create("scan-" + day, marketplace, id, null, null, "title", "en", rule,
        category.id() + "-list", "1.0.0", category.id(),
        dsaCategory != null ? dsaCategory : category.defaultDsaCategory(), "high", 1.0,
        List.of("x"), "x", day.atTime(23, 59), true, Map.of());
  }

  static Category category(String rule) {
    return rule.startsWith("cf-") ? Category.COUNTERFEIT
        : rule.startsWith("wl-") ? Category.WILDLIFE : Category.UNSAFE;
  }

  private static void bazaarEvents(String[] b, List<String> notices, List<String> removals,
      List<String> decisions) {
    LocalDateTime seen = FIRST.plusDays(Integer.parseInt(b[3]) - 1).atTime(10, 0);
    if (!b[5].equals("-")) {
      String[] sourceAt = b[5].split("[@:]");
      String category = sourceAt.length > 2 ? sourceAt[2] : category(b[4]).id();
      notices.add(notice("bn-" + b[0], "bazaar", b[0], sourceAt[0], category,
          seen.plusHours(Long.parseLong(sourceAt[1])) + ":00Z"));
    }
    if (!b[6].equals("-")) {
      removals.add(LifecycleJobTest.json("marketplace", "bazaar", "listing_id", b[0],
          "removed_at", seen.plusHours(Long.parseLong(b[6])) + ":00Z"));
    }
    if (!b[7].equals("-")) {
      decisions.add(decision("bazaar", b[0], b[4], b[7], seen.plusHours(2) + ":00Z"));
    }
  }

  private static String notice(String id, String marketplace, String listing, String source,
      String category, String at) {
    NOTICES.add(new String[] {marketplace, listing, at});
    return LifecycleJobTest.json("notice_id", id, "marketplace", marketplace, "listing_id",
        listing, "source", source, "category", category, "received_at", at);
  }

  private static String decision(String marketplace, String listing, String rule,
      String decision, String at) {
    return LifecycleJobTest.json("marketplace", marketplace, "listing_id", listing, "rule_id",
        rule, "decision", decision, "decided_at", at);
  }

  /** All events of a kind in one load (dated the first day; each event keeps its time). */
  private static void load(EventKind kind, List<String> lines) throws IOException {
    Path file = dir.resolve(kind.table() + ".jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    LoadEventsJob.Summary s = new LoadEventsJob(TestSpark.session(), kind, file.toString(),
        FIRST, warehouse).execute();
    if (s.rejected() > 0) {
      throw new IllegalStateException("fixture events rejected: " + s.render());
    }
  }

  private static void delete() {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: the folder is in the temp directory
    }
  }
}
