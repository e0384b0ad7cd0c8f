package org.marketsweep.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marketsweep.analysis.ListingAnalyzers;
import org.marketsweep.lists.Rule;
import org.marketsweep.match.RuleCompiler;

/**
 * Rule sets of a chosen size made from the shipped lists, deterministic by seed. Fewer rules
 * than shipped: a sample of them. More: all of them, then generated rules, each a shipped rule
 * (chosen at random) with one to three of its words replaced by other words of the lists'
 * vocabulary, always including its first word (usually the subject: brand, species, recalled
 * product). A generated rule therefore has the shape of a real one (terms, phrases,
 * proximity, boolean with exclusions, wildcards, conditions) and shares its indicator and
 * exclusion lists, as a list grown by new brands, species or recalls would.
 */
public final class RuleSets {
  /** Words of a query that may be replaced: letters only, four or more. */
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}~^\\\\])\\p{L}{4,}"
      + "(?![\\p{L}\\p{N}])");
  private static final java.util.Set<String> OPERATORS = java.util.Set.of("AND", "OR", "NOT");

  private final List<Rule> shipped;
  private final List<String> vocabulary;

  private RuleSets(List<Rule> shipped, List<String> vocabulary) {
    this.shipped = shipped;
    this.vocabulary = vocabulary;
  }

  public static RuleSets of(List<Rule> shipped) {
    if (shipped.isEmpty()) {
      throw new IllegalArgumentException("No rules to build rule sets from");
    }
    TreeSet<String> words = new TreeSet<>();
    for (Rule r : shipped) {
      Matcher m = WORD.matcher(r.query());
      while (m.find()) {
        if (!OPERATORS.contains(m.group())) {
          words.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return new RuleSets(List.copyOf(shipped), List.copyOf(words));
  }

  public int shippedCount() {
    return shipped.size();
  }

  /** {@code count} rules: a seeded sample of the shipped ones, or all of them and more. */
  public List<Rule> rules(int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("A rule set needs at least one rule: " + count);
    }
    Random random = new Random(seed);
    if (count <= shipped.size()) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < shipped.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      List<Integer> kept = new ArrayList<>(order.subList(0, count));
      Collections.sort(kept);
      return kept.stream().map(shipped::get).toList();
    }
    List<Rule> out = new ArrayList<>(shipped);
    RuleCompiler compiler = new RuleCompiler(new ListingAnalyzers());
    for (int n = 1; out.size() < count; n++) {
      Rule template = shipped.get(random.nextInt(shipped.size()));
      Rule generated = withQuery(template, String.format("bench-gen-%06d", n),
          mutate(template.query(), random));
      if (compiles(compiler, generated)) {
        out.add(generated);
      }
    }
    return out;
  }

  /** The query with its first word and up to two other words replaced. */
  String mutate(String query, Random random) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(query);
    while (m.find()) {
      if (!OPERATORS.contains(m.group())) {
        words.add(new int[] {m.start(), m.end()});
      }
    }
    if (words.isEmpty()) {
      return query;
    }
    TreeSet<Integer> replaced = new TreeSet<>();
    replaced.add(0);
    int more = random.nextInt(3);
    for (int i = 0; i < more; i++) {
      replaced.add(random.nextInt(words.size()));
    }
    StringBuilder out = new StringBuilder(query);
    for (int w : replaced.descendingSet()) {
      String old = query.substring(words.get(w)[0], words.get(w)[1]);
      String word = vocabulary.get(random.nextInt(vocabulary.size()));
      while (word.equalsIgnoreCase(old)) {
        word = vocabulary.get(random.nextInt(vocabulary.size()));
      }
      out.replace(words.get(w)[0], words.get(w)[1], word);
    }
    return out.toString();
  }

  private static boolean compiles(RuleCompiler compiler, Rule rule) {
    try {
      compiler.compile(rule);
      return true;
    } catch (RuleCompiler.InvalidQueryException e) {
      return false;
    }
  }

  private static Rule withQuery(Rule r, String id, String query) {
    return new Rule(id, query, r.category(), r.dsaCategory(), r.severity(), r.languages(),
        r.description(), r.conditions(), r.info(), List.of(), List.of(), "bench-generated",
        "0.0.0", "generated from " + r.id(), 0);
  }
}
