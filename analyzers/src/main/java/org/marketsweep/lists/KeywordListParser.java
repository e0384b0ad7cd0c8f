package org.marketsweep.lists;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.marketsweep.match.ListingText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Parses keyword lists: YAML files ({@code *.yaml}, {@code *.yml}) and plain-text term lists
 * ({@code *.txt}). Every mistake is reported with file and line; a rule with a mistake is
 * left out, the rest of the list is kept. Queries are checked later, when the matcher
 * compiles them.
 */
public final class KeywordListParser {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
  private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-z_]+)\\s*:\\s*(.*)");
  private static final Set<String> LIST_KEYS = Set.of("name", "version", "category",
      "dsa_category", "severity", "languages", "description", "source", "changelog", "rules");
  private static final Set<String> RULE_KEYS = Set.of("id", "query", "category", "dsa_category",
      "severity", "languages", "description", "conditions", "info", "examples");
  private static final Set<String> CONDITION_KEYS = Set.of("price_below", "price_at_least",
      "currencies", "marketplace_categories", "not_marketplace_categories", "marketplaces");
  private static final Set<String> EXAMPLE_KEYS = Set.of("title", "description", "price",
      "currency", "language", "category", "marketplace");
  private static final Set<String> CHANGELOG_KEYS = Set.of("version", "date", "changes");

  /** A parsed list (null if the file could not be read at all) and the problems found. */
  public record Result(KeywordList list, List<ListProblem> problems) {}

  private KeywordListParser() {}

  /** Whether {@code file} is a list file by its name. */
  public static boolean isListFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".txt");
  }

  /**
   * Parses one list file.
   *
   * @param displayName how messages name the file (e.g. a path relative to the lists folder)
   * @param defaultCategory category of rules whose list names none (e.g. from the folder), or
   *     null
   */
  public static Result parse(Path file, String displayName, Category defaultCategory) {
    List<ListProblem> problems = new ArrayList<>();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      problems.add(new ListProblem(displayName, 1, "not valid UTF-8"));
      return new Result(null, problems);
    } catch (IOException e) {
      problems.add(new ListProblem(displayName, 1, "cannot read: " + e.getMessage()));
      return new Result(null, problems);
    }
    String lower = displayName.toLowerCase(Locale.ROOT);
    KeywordList list = lower.endsWith(".txt")
        ? parseText(text, displayName, defaultCategory, problems)
        : parseYaml(text, displayName, defaultCategory, problems);
    return new Result(list, problems);
  }

  /** Parses YAML list text; public for tests and for lists handed over in memory. */
  public static KeywordList parseYaml(String text, String file, Category defaultCategory,
      List<ListProblem> problems) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    Node root;
    try (Reader reader = new java.io.StringReader(text)) {
      root = new Yaml(new SafeConstructor(options)).compose(reader);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      problems.add(new ListProblem(file, line, "invalid YAML: " + e.getProblem()));
      return null;
    } catch (IOException | RuntimeException e) {
      problems.add(new ListProblem(file, 1, "invalid YAML: " + e.getMessage()));
      return null;
    }
    if (root == null) {
      problems.add(new ListProblem(file, 1, "empty list file"));
      return null;
    }
    return new YamlListBuilder(file, defaultCategory, problems).build(root);
  }

  /** Builds one YAML list; holds the list-level defaults while its rules are read. */
  private static final class YamlListBuilder {
    private final String file;
    private final Category defaultCategory;
    private final List<ListProblem> problems;
    private final YamlReader yaml;

    YamlListBuilder(String file, Category defaultCategory, List<ListProblem> problems) {
      this.file = file;
      this.defaultCategory = defaultCategory;
      this.problems = problems;
      this.yaml = new YamlReader(file, problems);
    }

    KeywordList build(Node root) {
      Map<String, Node> top = yaml.mapping(root, "the list", LIST_KEYS);
      if (top == null) {
        return null;
      }
      String name = yaml.string(top, "name", "the list", true, root);
      if (name != null && !NAME.matcher(name).matches()) {
        yaml.problem(top.get("name"), "list name \"" + name + "\" must match " + NAME);
      }
      String version = yaml.string(top, "version", "the list", true, root);
      if (version != null && !VERSION.matcher(version).matches()) {
        yaml.problem(top.get("version"),
            "version \"" + version + "\" is not a semantic version like 1.2.0");
      }
      Category category = category(top, "the list", defaultCategory, root);
      String dsa = dsaCategory(top, "the list",
          category == null ? null : category.defaultDsaCategory());
      Severity severity = severity(top, "the list", Severity.MEDIUM);
      List<String> languages = yaml.strings(top, "languages", "the list");
      List<KeywordList.ChangelogEntry> changelog = changelog(top.get("changelog"));
      List<Rule> rules = new ArrayList<>();
      Node rulesNode = top.get("rules");
      if (rulesNode == null) {
        yaml.problem(root, "the list has no 'rules'");
      } else {
        for (Node ruleNode : yaml.sequence(rulesNode, "'rules'")) {
          Rule rule = rule(ruleNode, name, version, category, dsa, severity, languages);
          if (rule != null) {
            rules.add(rule);
          }
        }
      }
      return new KeywordList(name, version, category, languages,
          yaml.string(top, "description", "the list", false, root),
          yaml.string(top, "source", "the list", false, root), changelog, rules, file);
    }

    private Rule rule(Node node, String listName, String listVersion, Category listCategory,
        String listDsa, Severity listSeverity, List<String> listLanguages) {
      int before = problems.size();
      Map<String, Node> r = yaml.mapping(node, "a rule", RULE_KEYS);
      if (r == null) {
        return null;
      }
      String id = yaml.string(r, "id", "a rule", true, node);
      String what = id == null ? "a rule" : "rule " + id;
      if (id != null && !NAME.matcher(id).matches()) {
        yaml.problem(r.get("id"), "rule id \"" + id + "\" must match " + NAME);
      }
      String query = yaml.string(r, "query", what, true, node);
      Category category = category(r, what, listCategory, node);
      String dsa = dsaCategory(r, what,
          r.containsKey("category") && category != null ? category.defaultDsaCategory()
              : listDsa);
      Severity severity = severity(r, what, listSeverity);
      List<String> languages = r.containsKey("languages")
          ? yaml.strings(r, "languages", what) : listLanguages;
      Conditions conditions = conditions(r.get("conditions"), what);
      Map<String, String> info = info(r.get("info"), what);
      List<Example> match = new ArrayList<>();
      List<Example> noMatch = new ArrayList<>();
      examples(r.get("examples"), what, node, match, noMatch);
      if (problems.size() > before || category == null || severity == null) {
        return null;
      }
      int line = YamlReader.line(r.get("query"));
      return new Rule(id, query, category, dsa, severity, languages,
          yaml.string(r, "description", what, false, node), conditions, info, match, noMatch,
          listName, listVersion, file, line);
    }

    private Category category(Map<String, Node> entries, String what, Category fallback,
        Node owner) {
      String value = yaml.string(entries, "category", what, false, owner);
      if (value == null) {
        if (fallback == null) {
          yaml.problem(owner, what + " needs a 'category' (counterfeit, wildlife or unsafe)");
        }
        return fallback;
      }
      Category category = Category.parse(value);
      if (category == null) {
        yaml.problem(entries.get("category"), "unknown category \"" + value + "\" in " + what
            + " (counterfeit, wildlife or unsafe)");
      }
      return category;
    }

    private String dsaCategory(Map<String, Node> entries, String what, String fallback) {
      String value = yaml.string(entries, "dsa_category", what, false, null);
      if (value == null) {
        return fallback;
      }
      if (!DsaCategories.ALL.contains(value)) {
        yaml.problem(entries.get("dsa_category"),
            "unknown DSA statement category \"" + value + "\" in " + what);
      }
      return value;
    }

    private Severity severity(Map<String, Node> entries, String what, Severity fallback) {
      String value = yaml.string(entries, "severity", what, false, null);
      if (value == null) {
        return fallback;
      }
      Severity severity = Severity.parse(value);
      if (severity == null) {
        yaml.problem(entries.get("severity"), "unknown severity \"" + value + "\" in " + what
            + " (low, medium, high or critical)");
      }
      return severity;
    }

    private Conditions conditions(Node node, String what) {
      if (node == null) {
        return Conditions.NONE;
      }
      String of = "conditions of " + what;
      Map<String, Node> c = yaml.mapping(node, of, CONDITION_KEYS);
      if (c == null) {
        return Conditions.NONE;
      }
      Set<String> currencies = new LinkedHashSet<>();
      for (String currency : yaml.strings(c, "currencies", of)) {
        currencies.add(currency.toUpperCase(Locale.ROOT));
      }
      return new Conditions(yaml.decimal(c, "price_below", of),
          yaml.decimal(c, "price_at_least", of), currencies,
          yaml.strings(c, "marketplace_categories", of),
          yaml.strings(c, "not_marketplace_categories", of),
          new LinkedHashSet<>(yaml.strings(c, "marketplaces", of)));
    }

    private Map<String, String> info(Node node, String what) {
      if (node == null) {
        return Map.of();
      }
      Map<String, String> info = new LinkedHashMap<>();
      Map<String, Node> entries = yaml.mapping(node, "info of " + what, new AnyKey());
      if (entries != null) {
        for (String key : entries.keySet()) {
          String value = yaml.string(entries, key, "info of " + what, false, node);
          if (value != null) {
            info.put(key, value);
          }
        }
      }
      return info;
    }

    private void examples(Node node, String what, Node owner, List<Example> match,
        List<Example> noMatch) {
      if (node == null) {
        yaml.problem(owner, what + " has no examples (needs at least one match and one"
            + " no_match)");
        return;
      }
      Map<String, Node> e = yaml.mapping(node, "examples of " + what,
          Set.of("match", "no_match"));
      if (e == null) {
        return;
      }
      readExamples(e.get("match"), "match", what, node, match);
      readExamples(e.get("no_match"), "no_match", what, node, noMatch);
    }

    private void readExamples(Node node, String kind, String what, Node owner,
        List<Example> out) {
      if (node == null) {
        yaml.problem(owner, what + " has no '" + kind + "' example");
        return;
      }
      for (Node item : yaml.sequence(node, "'" + kind + "' examples of " + what)) {
        ListingText listing = example(item, what);
        if (listing != null) {
          out.add(new Example(listing, YamlReader.line(item)));
        }
      }
      if (out.isEmpty()) {
        yaml.problem(node, what + " has no '" + kind + "' example");
      }
    }

    private ListingText example(Node item, String what) {
      if (item instanceof ScalarNode scalar) {
        return ListingText.of(scalar.getValue());
      }
      String of = "an example of " + what;
      Map<String, Node> x = yaml.mapping(item, of, EXAMPLE_KEYS);
      if (x == null) {
        return null;
      }
      String title = yaml.string(x, "title", of, true, item);
      BigDecimal price = yaml.decimal(x, "price", of);
      return title == null ? null : new ListingText(title,
          yaml.string(x, "description", of, false, item), yaml.string(x, "language", of, false,
          item), price, yaml.string(x, "currency", of, false, item),
          yaml.string(x, "category", of, false, item),
          yaml.string(x, "marketplace", of, false, item));
    }

    private List<KeywordList.ChangelogEntry> changelog(Node node) {
      List<KeywordList.ChangelogEntry> entries = new ArrayList<>();
      if (node == null) {
        return entries;
      }
      for (Node item : yaml.sequence(node, "'changelog'")) {
        Map<String, Node> c = yaml.mapping(item, "a changelog entry", CHANGELOG_KEYS);
        if (c != null) {
          entries.add(new KeywordList.ChangelogEntry(
              yaml.string(c, "version", "a changelog entry", true, item),
              yaml.string(c, "date", "a changelog entry", false, item),
              yaml.string(c, "changes", "a changelog entry", false, item)));
        }
      }
      return entries;
    }
  }

  /** Accepts any key (for free-form maps such as {@code info}). */
  private static final class AnyKey extends java.util.AbstractSet<String> {
    @Override
    public boolean contains(Object o) {
      return o != null;
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Collections.emptyIterator();
    }

    @Override
    public int size() {
      return 0;
    }
  }

  /** Parses a plain-text list: one term or phrase per line, {@code # key: value} header. */
  public static KeywordList parseText(String text, String file, Category defaultCategory,
      List<ListProblem> problems) {
    Map<String, String> header = new LinkedHashMap<>();
    List<Rule> rules = new ArrayList<>();
    List<String[]> terms = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        var m = DIRECTIVE.matcher(line);
        if (terms.isEmpty() && m.matches()) {
          header.put(m.group(1), m.group(2).strip());
        }
        continue;
      }
      terms.add(new String[] {line, String.valueOf(i + 1)});
    }
    String stem = Path.of(file).getFileName().toString().replaceFirst("\\.[^.]*$", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    String name = header.getOrDefault("name", stem);
    String version = header.getOrDefault("version", "1.0.0");
    Category category = defaultCategory;
    if (header.containsKey("category")) {
      category = Category.parse(header.get("category"));
      if (category == null) {
        problems.add(new ListProblem(file, 1, "unknown category \"" + header.get("category")
            + "\" (counterfeit, wildlife or unsafe)"));
      }
    } else if (category == null) {
      problems.add(new ListProblem(file, 1,
          "plain-text list needs a '# category: counterfeit|wildlife|unsafe' line"));
    }
    Severity severity = Severity.parse(header.getOrDefault("severity", "medium"));
    if (severity == null) {
      problems.add(new ListProblem(file, 1, "unknown severity \"" + header.get("severity")
          + "\" (low, medium, high or critical)"));
    }
    String dsa = header.getOrDefault("dsa_category",
        category == null ? null : category.defaultDsaCategory());
    if (dsa != null && !DsaCategories.ALL.contains(dsa)) {
      problems.add(new ListProblem(file, 1, "unknown DSA statement category \"" + dsa + "\""));
    }
    List<String> languages = header.containsKey("languages")
        ? List.of(header.get("languages").split("[,\\s]+")) : List.of();
    if (terms.isEmpty()) {
      problems.add(new ListProblem(file, 1, "the list has no terms"));
    }
    if (category == null || severity == null) {
      return null;
    }
    for (String[] term : terms) {
      int line = Integer.parseInt(term[1]);
      rules.add(new Rule(name + "-l" + line, phrase(term[0]), category, dsa, severity,
          languages, null, Conditions.NONE, Map.of(),
          List.of(new Example(ListingText.of(term[0]), line)), List.of(), name, version, file,
          line));
    }
    return new KeywordList(name, version, category, languages, null, null, List.of(), rules,
        file);
  }

  /** A query matching {@code term} as a phrase, whatever characters it contains. */
  static String phrase(String term) {
    return "\"" + term.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
