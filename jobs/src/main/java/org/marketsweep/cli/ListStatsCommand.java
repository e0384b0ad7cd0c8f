package org.marketsweep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.marketsweep.io.ListingParser;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.Rule;
import org.marketsweep.match.ListingText;
import org.marketsweep.match.MatchResult;
import org.marketsweep.match.ListingMatcher;
import org.marketsweep.match.MatcherEngine;
import org.marketsweep.match.RuleMatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marketsweep lists stats}: rules per category and language, examples, and, given
 * titles or whole offers (title and description) of lawful listings, the share each rule
 * flags, so noisy rules are visible.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Rules per category and language, examples, and the share of lawful titles"
        + " (--titles) and lawful offers with their descriptions (--offers) each rule flags.")
final class ListStatsCommand implements Callable<Integer> {
  /** Web Data Commons lines: {@code "title"@lang} and, after it, other text of the offer. */
  private static final Pattern TAGGED = Pattern.compile("^\"(.*?)\"@([A-Za-z]{2,3})\\b");
  private static final List<String> TITLE_COLUMNS =
      List.of("title", "name", "product_name", "productname", "product");

  @Parameters(arity = "0..1", paramLabel = "DIR",
      description = "Folder (or one list file); default: the bundled keyword-lists.")
  Path dir;

  @Option(names = "--titles", paramLabel = "FILE",
      description = "Lawful listing titles: one per line (optionally \"title\"@lang; .gz"
          + " too), or a CSV with a title/name column. Repeatable.")
  List<Path> titleFiles = new ArrayList<>();

  @Option(names = "--offers", paramLabel = "FILE",
      description = "Lawful offers as JSON lines (.gz too) with a title and optionally a"
          + " description, language, price, currency and category: matched as listings are."
          + " Repeatable.")
  List<Path> offerFiles = new ArrayList<>();

  @Option(names = "--charset", defaultValue = "UTF-8",
      description = "Charset of the --titles and --offers files (e.g. windows-1252)."
          + " Default: ${DEFAULT-VALUE}.")
  Charset charset;

  @Option(names = "--top", defaultValue = "20", description = "Noisiest rules to list.")
  int top;

  @Option(names = "--max-flagged-share", paramLabel = "PCT",
      description = "Exit 1 if more than PCT percent of the titles, or of the offers, are"
          + " flagged.")
  Double maxShare;

  @Option(names = "--engine", defaultValue = "fast", converter = EngineConverter.class,
      description = "Matcher: fast (default) or monitor (Lucene Monitor, the reference).")
  MatcherEngine engine;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path root = Paths.existing(dir == null ? Paths.defaultLists() : dir, "Lists folder");
    KeywordLists.Loaded loaded = KeywordLists.load(root);
    PrintWriter out = spec.commandLine().getOut();
    printRuleCounts(loaded.rules(), out);
    if (titleFiles.isEmpty() && offerFiles.isEmpty()) {
      return Marketsweep.OK;
    }
    List<ListingText> titles = new ArrayList<>();
    for (Path file : titleFiles) {
      titles.addAll(readTitles(Paths.existing(file, "Titles file")));
    }
    List<ListingText> offers = new ArrayList<>();
    for (Path file : offerFiles) {
      offers.addAll(readOffers(Paths.existing(file, "Offers file")));
    }
    MatcherEngine.Built build = engine.build(loaded.rules());
    boolean tooMany = false;
    try (ListingMatcher matcher = build.matcher()) {
      if (!titleFiles.isEmpty()) {
        tooMany |= flagged("Lawful titles", titles, matcher, out);
      }
      if (!offerFiles.isEmpty()) {
        tooMany |= flagged("Lawful offers (title and description)", offers, matcher, out);
      }
    }
    return tooMany ? Marketsweep.FAILURE : Marketsweep.OK;
  }

  /**
   * Prints how many of {@code listings} the rules flag and the noisiest rules; true when more
   * than {@code --max-flagged-share} are flagged.
   */
  private boolean flagged(String label, List<ListingText> listings, ListingMatcher matcher,
      PrintWriter out) {
    Map<String, List<String>> flaggedByRule = new HashMap<>();
    int flagged = 0;
    for (int from = 0; from < listings.size(); from += 512) {
      List<ListingText> batch = listings.subList(from, Math.min(listings.size(), from + 512));
      List<MatchResult> results = matcher.match(batch);
      for (int i = 0; i < batch.size(); i++) {
        flagged += results.get(i).matches().isEmpty() ? 0 : 1;
        for (RuleMatch m : results.get(i).matches()) {
          flaggedByRule.computeIfAbsent(m.rule().id(), k -> new ArrayList<>())
              .add(batch.get(i).title());
        }
      }
    }
    double share = 100.0 * flagged / Math.max(1, listings.size());
    out.printf("%n%s: %d, flagged by any rule: %d (%.2f%%)%n", label, listings.size(), flagged,
        share);
    out.printf("%-40s %8s %8s  %s%n", "noisiest rules", "flagged", "share", "example (title)");
    flaggedByRule.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
        .limit(top)
        .forEach(e -> out.printf("%-40s %8d %7.3f%%  %s%n", e.getKey(), e.getValue().size(),
            100.0 * e.getValue().size() / listings.size(), e.getValue().get(0)));
    return maxShare != null && share > maxShare;
  }

  /** JSON lines with the listing contract's text fields; a line without a title is an error. */
  private List<ListingText> readOffers(Path file) throws IOException {
    List<ListingText> offers = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    List<String> lines = readLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      JsonNode o;
      try {
        o = json.readTree(lines.get(i));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a JSON object: "
            + e.getOriginalMessage(), e);
      }
      String title = text(o, "title");
      if (title == null || title.isBlank()) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": field title is missing or"
            + " empty in " + ListingParser.abbreviate(lines.get(i)));
      }
      JsonNode price = o.path("price");
      offers.add(new ListingText(title.strip(), text(o, "description"), text(o, "language"),
          price.isNumber() ? price.decimalValue() : null, text(o, "currency"),
          text(o, "category"), null));
    }
    return offers;
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.path(field);
    return v.isTextual() ? v.asText() : null;
  }

  private static void printRuleCounts(List<Rule> rules, PrintWriter out) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    Map<String, int[]> examples = new TreeMap<>();
    for (Rule rule : rules) {
      String category = rule.category().id();
      List<String> languages = rule.languages().isEmpty() ? List.of("any") : rule.languages();
      for (String language : languages) {
        counts.computeIfAbsent(category, k -> new TreeMap<>()).merge(language, 1, Integer::sum);
      }
      int[] e = examples.computeIfAbsent(category, k -> new int[3]);
      e[0]++;
      e[1] += rule.matchExamples().size();
      e[2] += rule.noMatchExamples().size();
    }
    out.printf("%-12s %7s %9s %9s  %s%n", "category", "rules", "match ex", "no_match", "rules"
        + " per language");
    for (var e : examples.entrySet()) {
      out.printf("%-12s %7d %9d %9d  %s%n", e.getKey(), e.getValue()[0], e.getValue()[1],
          e.getValue()[2], counts.get(e.getKey()));
    }
    out.printf("%-12s %7d%n", "total", rules.size());
  }

  private List<ListingText> readTitles(Path file) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return readCsvTitles(file);
    }
    List<ListingText> titles = new ArrayList<>();
    for (String line : readLines(file)) {
      Matcher m = TAGGED.matcher(line.strip());
      if (m.find()) {
        titles.add(new ListingText(m.group(1), null, m.group(2), null, null, null, null));
      } else if (!line.isBlank()) {
        titles.add(ListingText.of(line.strip()));
      }
    }
    return titles;
  }

  private List<String> readLines(Path file) throws IOException {
    if (!file.getFileName().toString().endsWith(".gz")) {
      return Files.readAllLines(file, charset);
    }
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), charset).lines().toList();
    }
  }

  private List<ListingText> readCsvTitles(Path file) throws IOException {
    List<ListingText> titles = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, charset)) {
      var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(reader);
      String column = records.getHeaderNames().stream()
          .filter(h -> TITLE_COLUMNS.contains(h.strip().toLowerCase(Locale.ROOT)))
          .findFirst().orElseThrow(() -> new IllegalArgumentException(file + ": no title column"
              + " (one of " + TITLE_COLUMNS + ") in header " + records.getHeaderNames()));
      for (CSVRecord r : records) {
        if (r.isSet(column) && !r.get(column).isBlank()) {
          titles.add(ListingText.of(r.get(column).strip()));
        }
      }
    }
    return titles;
  }
}
