package org.marketsweep.lists;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marketsweep.match.ListingText;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes rules as YAML keyword lists: one file per list name ({@code <name>.yaml}), every rule
 * with all of its fields spelled out (category, DSA category, severity, languages, description,
 * conditions, info, examples), so that {@link KeywordLists#load} of the folder gives back the
 * same rules, only from other files and lines. The lists' own description, source and
 * changelog are not part of a rule and are not written.
 */
public final class KeywordListWriter {
  private KeywordListWriter() {}

  /**
   * Writes {@code rules} into {@code dir} (created if missing), in their order within each list.
   *
   * @return the files written, one per list name
   * @throws IllegalArgumentException if a rule has no match or no no_match example (a list
   *     needs both), or a list name is used with two versions
   */
  public static List<Path> write(Path dir, Collection<Rule> rules) throws IOException {
    Map<String, List<Rule>> lists = new TreeMap<>();
    for (Rule r : rules) {
      if (r.matchExamples().isEmpty() || r.noMatchExamples().isEmpty()) {
        throw new IllegalArgumentException("rule " + r.id() + " (" + r.location() + ") needs a"
            + " match and a no_match example to be written as a list");
      }
      List<Rule> list = lists.computeIfAbsent(r.listName(), k -> new ArrayList<>());
      if (!list.isEmpty() && !list.get(0).listVersion().equals(r.listVersion())) {
        throw new IllegalArgumentException("list " + r.listName() + " has rules of versions "
            + list.get(0).listVersion() + " and " + r.listVersion());
      }
      list.add(r);
    }
    Files.createDirectories(dir);
    Yaml yaml = new Yaml(options());
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, List<Rule>> e : lists.entrySet()) {
      Path file = dir.resolve(e.getKey() + ".yaml");
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        yaml.dump(list(e.getKey(), e.getValue()), out);
      }
      files.add(file);
    }
    return files;
  }

  private static DumperOptions options() {
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setAllowUnicode(true);
    o.setSplitLines(false);
    o.setIndicatorIndent(2);
    o.setIndentWithIndicator(true);
    // rules share lists (languages, conditions): written out each time, never as aliases
    o.setDereferenceAliases(true);
    return o;
  }

  private static Map<String, Object> list(String name, List<Rule> rules) {
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("name", name);
    list.put("version", rules.get(0).listVersion());
    list.put("category", rules.get(0).category().id());
    list.put("rules", rules.stream().map(KeywordListWriter::rule).toList());
    return list;
  }

  private static Map<String, Object> rule(Rule r) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", r.id());
    rule.put("query", r.query());
    rule.put("category", r.category().id());
    if (r.dsaCategory() != null) {
      rule.put("dsa_category", r.dsaCategory());
    }
    rule.put("severity", r.severity().id());
    rule.put("languages", r.languages());
    putIfPresent(rule, "description", r.description());
    Map<String, Object> conditions = conditions(r.conditions());
    if (!conditions.isEmpty()) {
      rule.put("conditions", conditions);
    }
    if (!r.info().isEmpty()) {
      rule.put("info", new TreeMap<>(r.info()));
    }
    Map<String, Object> examples = new LinkedHashMap<>();
    examples.put("match", r.matchExamples().stream().map(KeywordListWriter::example).toList());
    examples.put("no_match",
        r.noMatchExamples().stream().map(KeywordListWriter::example).toList());
    rule.put("examples", examples);
    return rule;
  }

  private static Map<String, Object> conditions(Conditions c) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfPresent(out, "price_below", plain(c.priceBelow()));
    putIfPresent(out, "price_at_least", plain(c.priceAtLeast()));
    putIfNotEmpty(out, "currencies", List.copyOf(new java.util.TreeSet<>(c.currencies())));
    putIfNotEmpty(out, "marketplace_categories", c.marketplaceCategories());
    putIfNotEmpty(out, "not_marketplace_categories", c.notMarketplaceCategories());
    putIfNotEmpty(out, "marketplaces", List.copyOf(new java.util.TreeSet<>(c.marketplaces())));
    return out;
  }

  /** An example: its title alone when it has nothing else, else every field it has. */
  private static Object example(Example e) {
    ListingText l = e.listing();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", l.title());
    putIfPresent(out, "description", l.description());
    putIfPresent(out, "language", l.language());
    putIfPresent(out, "price", plain(l.price()));
    putIfPresent(out, "currency", l.currency());
    putIfPresent(out, "category", l.category());
    putIfPresent(out, "marketplace", l.marketplace());
    return out.size() == 1 ? l.title() : out;
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static void putIfPresent(Map<String, Object> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static void putIfNotEmpty(Map<String, Object> map, String key, List<String> values) {
    if (!values.isEmpty()) {
      map.put(key, values);
    }
  }
}
