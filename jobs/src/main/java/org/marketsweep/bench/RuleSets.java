package org.marketsweep.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marketsweep.lists.Example;
import org.marketsweep.lists.Rule;
import org.marketsweep.match.ListChecker;
import org.marketsweep.match.ListingMatcher;
import org.marketsweep.match.ListingText;
import org.marketsweep.match.MatchResult;
import org.marketsweep.match.MatcherEngine;
import org.marketsweep.match.RuleMatch;

/**
 * Rule sets of a chosen size made from the shipped lists, deterministic by seed. Fewer rules
 * than shipped: a sample of them. More: all of them, then generated rules, each a shipped rule
 * (chosen at random) with one to three of its words replaced by other words of the lists'
 * vocabulary, always including its first word (usually the subject: brand, species, recalled
 * product). A generated rule therefore has the shape of a real one (terms, phrases,
 * proximity, boolean with exclusions, wildcards, conditions) and shares its indicator and
 * exclusion lists, as a list grown by new brands, species or recalls would. Its examples are
 * its template's with the same words replaced, and it is kept only if it compiles and passes
 * them ({@link ListChecker#passing}), as a list's rule must, and, given a sample of lawful
 * offers, if it matches no more of them than its template: the rule sets can be written as
 * lists ({@link org.marketsweep.lists.KeywordListWriter}) and scanned with, and flag ordinary
 * products about as often as the shipped lists.
 */
public final class RuleSets {
  /** Words of a query that may be replaced: letters only, four or more. */
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}~^\\\\])\\p{L}{4,}"
      + "(?![\\p{L}\\p{N}])");
  private static final java.util.Set<String> OPERATORS = java.util.Set.of("AND", "OR", "NOT");
  /** The list name of generated rules. */
  static final String GENERATED_LIST = "bench-generated";

  private final List<Rule> shipped;
  private final List<String> vocabulary;
  private final List<ListingText> lawful;
  private final Map<List<Long>, List<Rule>> made = new HashMap<>();
  /** How many of {@link #lawful} each shipped rule matches, by id; made when first needed. */
  private Map<String, Integer> shippedLawfulHits;

  private RuleSets(List<Rule> shipped, List<String> vocabulary, List<ListingText> lawful) {
    this.shipped = shipped;
    this.vocabulary = vocabulary;
    this.lawful = lawful;
  }

  /** Rule sets whose generated rules are only checked against their own examples. */
  public static RuleSets of(List<Rule> shipped) {
    return of(shipped, List.of());
  }

  /**
   * Rule sets whose generated rules are also checked against {@code lawful} offers: one is
   * kept only if it matches no more of them than the shipped rule it was made from, so that a
   * rule set of any size flags ordinary products about as often as the shipped lists do.
   */
  public static RuleSets of(List<Rule> shipped, List<ListingText> lawful) {
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
    return new RuleSets(List.copyOf(shipped), List.copyOf(words), List.copyOf(lawful));
  }

  public int shippedCount() {
    return shipped.size();
  }

  /**
   * {@code count} rules: a seeded sample of the shipped ones, or all of them and more. Made once
   * per count and seed (generating and checking thousands of rules takes seconds).
   */
  public synchronized List<Rule> rules(int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("A rule set needs at least one rule: " + count);
    }
    return made.computeIfAbsent(List.of((long) count, seed), k -> make(count, seed));
  }

  private List<Rule> make(int count, long seed) {
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
    for (int n = 1; out.size() < count; ) {
      // a batch of candidates, more than are missing: some fail their examples
      List<Rule> candidates = new ArrayList<>();
      Map<String, Rule> templates = new HashMap<>();
      for (int i = 2 * (count - out.size()) + 16; i > 0; i--, n++) {
        Rule template = shipped.get(random.nextInt(shipped.size()));
        Rule candidate = generate(template, String.format(Locale.ROOT, "bench-gen-%06d", n),
            random);
        candidates.add(candidate);
        templates.put(candidate.id(), template);
      }
      List<Rule> passing = ListChecker.passing(candidates, MatcherEngine.FAST);
      Map<String, Integer> hits = lawfulHits(passing);
      int before = out.size();
      for (Rule r : passing) {
        if (out.size() < count && hits.getOrDefault(r.id(), 0)
            <= shippedLawfulHits().getOrDefault(templates.get(r.id()).id(), 0)) {
          out.add(r);
        }
      }
      if (out.size() == before) {
        throw new IllegalStateException("None of " + candidates.size() + " rules generated from"
            + " the lists passes its examples and the lawful offers; cannot make " + count
            + " rules");
      }
    }
    return List.copyOf(out);
  }

  private Map<String, Integer> shippedLawfulHits() {
    if (shippedLawfulHits == null) {
      shippedLawfulHits = lawfulHits(shipped);
    }
    return shippedLawfulHits;
  }

  /** How many of the lawful offers each rule matches, by id (none for rules matching none). */
  private Map<String, Integer> lawfulHits(List<Rule> rules) {
    Map<String, Integer> hits = new HashMap<>();
    if (lawful.isEmpty()) {
      return hits;
    }
    try (ListingMatcher matcher = MatcherEngine.FAST.build(rules).matcher()) {
      for (MatchResult result : matcher.match(lawful)) {
        for (RuleMatch m : result.matches()) {
          hits.merge(m.rule().id(), 1, Integer::sum);
        }
      }
    }
    return hits;
  }

  /**
   * A rule made from {@code template}: its query {@link #mutate mutated}, and its examples
   * with the same words replaced, so that they still say what the rule must and must not
   * match. The caller keeps it only if it compiles and passes them.
   */
  Rule generate(Rule template, String id, Random random) {
    Map<String, String> replaced = new LinkedHashMap<>();
    String query = mutate(template.query(), random, replaced);
    return new Rule(id, query, template.category(), template.dsaCategory(),
        template.severity(), template.languages(), template.description(),
        template.conditions(), template.info(), replaced(template.matchExamples(), replaced),
        replaced(template.noMatchExamples(), replaced), GENERATED_LIST, "1.0.0",
        "generated from " + template.id(), 0);
  }

  /** The query with its first word and up to two other words replaced. */
  String mutate(String query, Random random) {
    return mutate(query, random, new LinkedHashMap<>());
  }

  /** {@link #mutate(String, Random)}, noting each replaced word (lower case) and its new one. */
  private String mutate(String query, Random random, Map<String, String> replacements) {
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
      replacements.putIfAbsent(old.toLowerCase(Locale.ROOT), word);
    }
    return out.toString();
  }

  private static List<Example> replaced(List<Example> examples, Map<String, String> words) {
    List<Example> out = new ArrayList<>();
    for (Example e : examples) {
      ListingText l = e.listing();
      out.add(new Example(new ListingText(replaced(l.title(), words),
          replaced(l.description(), words), l.language(), l.price(), l.currency(), l.category(),
          l.marketplace()), 0));
    }
    return out;
  }

  /** {@code text} with each whole word of {@code words} (any case) replaced. */
  private static String replaced(String text, Map<String, String> words) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (Map.Entry<String, String> w : words.entrySet()) {
      out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w.getKey())
          + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
          .matcher(out).replaceAll(Matcher.quoteReplacement(w.getValue()));
    }
    return out;
  }
}
