package org.marketsweep.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.marketsweep.lists.Example;
import org.marketsweep.lists.Rule;
import org.marketsweep.match.LanguageGuesser;
import org.marketsweep.match.ListingText;

/**
 * The benchmark's listings: a seeded, endless sequence in which listing {@code i} depends only
 * on the seed and {@code i}, so a corpus of any size is the same prefix and nothing is kept in
 * memory. Each listing has a title and about {@value #TEXT_CHARS} characters of title plus
 * description:
 * <ul>
 *   <li>lawful (the rest): a real product offer of the bundled sample in the language drawn
 *       from {@link #LANGUAGES} / {@link #LANGUAGE_SHARES}, its description topped up with
 *       further offers (or titles) of that language;</li>
 *   <li>illicit ({@code illicitShare}): the title (and description, price, category, language)
 *       of a {@code match} example of a shipped rule, one word in three of them disguised
 *       further ({@link Obfuscation}), with real product text after it;</li>
 *   <li>near misses ({@value #NEAR_MISS_SHARE}): a {@code no_match} example the same way.</li>
 * </ul>
 * Listings carry their language (examples without one get the guessed language, once), so
 * that engines are compared on analysis and matching alone; the end-to-end scan leaves it out.
 */
public final class BenchCorpus {
  static final String[] LANGUAGES = {"en", "es", "fr", "de", "it", "nl", "pl", "pt", "cs"};
  static final double[] LANGUAGE_SHARES = {0.80, 0.06, 0.05, 0.025, 0.02, 0.015, 0.01, 0.01,
      0.01};
  static final int TEXT_CHARS = 600;
  static final double NEAR_MISS_SHARE = 0.01;
  static final double OBFUSCATED_SHARE = 1.0 / 3;

  private final long seed;
  private final double illicitShare;
  private final Map<String, List<ProductText>> byLanguage;
  private final List<ListingText> illicit;
  private final List<ListingText> nearMisses;

  private BenchCorpus(long seed, double illicitShare, Map<String, List<ProductText>> byLanguage,
      List<ListingText> illicit, List<ListingText> nearMisses) {
    this.seed = seed;
    this.illicitShare = illicitShare;
    this.byLanguage = byLanguage;
    this.illicit = illicit;
    this.nearMisses = nearMisses;
  }

  /**
   * A corpus of the bundled product sample and the examples of {@code rules} (the shipped
   * lists, whatever rule set is being measured).
   */
  public static BenchCorpus create(List<Rule> rules, long seed, double illicitShare) {
    if (illicitShare < 0 || illicitShare + NEAR_MISS_SHARE > 1) {
      throw new IllegalArgumentException("Illicit share must be between 0 and "
          + (1 - NEAR_MISS_SHARE) + ": " + illicitShare);
    }
    Map<String, List<ProductText>> byLanguage = new HashMap<>();
    for (ProductText p : ProductText.bundled()) {
      byLanguage.computeIfAbsent(p.language(), k -> new ArrayList<>()).add(p);
    }
    for (String language : LANGUAGES) {
      if (!byLanguage.containsKey(language)) {
        throw new IllegalStateException("No " + language + " products in the bundled sample");
      }
    }
    LanguageGuesser guesser = LanguageGuesser.forListingLanguages();
    List<ListingText> illicit = new ArrayList<>();
    List<ListingText> nearMisses = new ArrayList<>();
    for (Rule rule : rules) {
      rule.matchExamples().forEach(e -> illicit.add(withLanguage(e, guesser)));
      rule.noMatchExamples().forEach(e -> nearMisses.add(withLanguage(e, guesser)));
    }
    if (illicit.isEmpty() || nearMisses.isEmpty()) {
      throw new IllegalArgumentException("The rules have no examples to make illicit listings"
          + " of");
    }
    return new BenchCorpus(seed, illicitShare, byLanguage, List.copyOf(illicit),
        List.copyOf(nearMisses));
  }

  private static ListingText withLanguage(Example e, LanguageGuesser guesser) {
    ListingText l = e.listing();
    return l.language() != null ? l : l.withLanguage(guesser.guess(l.title(), l.description()));
  }

  /** Listing {@code index} (0 or more). */
  public BenchListing listing(long index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    double draw = random.nextDouble();
    String id = "bench-" + index;
    if (draw < illicitShare) {
      ListingText example = illicit.get(random.nextInt(illicit.size()));
      String title = random.nextDouble() < OBFUSCATED_SHARE
          ? Obfuscation.apply(example.title(), random) : example.title();
      return new BenchListing(id, fromExample(example, title, random),
          BenchListing.Kind.ILLICIT);
    }
    if (draw < illicitShare + NEAR_MISS_SHARE) {
      ListingText example = nearMisses.get(random.nextInt(nearMisses.size()));
      return new BenchListing(id, fromExample(example, example.title(), random),
          BenchListing.Kind.NEAR_MISS);
    }
    return new BenchListing(id, lawful(random), BenchListing.Kind.LAWFUL);
  }

  /**
   * {@code count} lawful offers made as the corpus makes them, from a seed of their own (so not
   * the corpus' first listings): what rule sets are checked against for false positives.
   */
  public List<ListingText> lawfulSample(int count) {
    SplittableRandom random = new SplittableRandom(~seed);
    List<ListingText> sample = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      sample.add(lawful(random));
    }
    return sample;
  }

  private ListingText lawful(SplittableRandom random) {
    String language = language(random);
    List<ProductText> pool = byLanguage.get(language);
    ProductText p = pool.get(random.nextInt(pool.size()));
    StringBuilder description = new StringBuilder();
    if (p.description() != null) {
      description.append(p.description());
    }
    String text = topUp(description, TEXT_CHARS - p.title().length() - 1, pool, random);
    BigDecimal price = p.price() != null ? p.price() : price(random);
    return new ListingText(p.title(), text, language, price, currency(language), null, null);
  }

  private ListingText fromExample(ListingText e, String title, SplittableRandom random) {
    String language = e.language();
    List<ProductText> pool = byLanguage.getOrDefault(language, byLanguage.get("en"));
    StringBuilder description = new StringBuilder();
    if (e.description() != null) {
      description.append(e.description());
    }
    String text = topUp(description, TEXT_CHARS - title.length() - 1, pool, random);
    return new ListingText(title, text, language, e.price() != null ? e.price() : price(random),
        e.currency() != null ? e.currency() : currency(language), e.category(),
        e.marketplace());
  }

  /** {@code description} with further offers of {@code pool} until it has about {@code chars}. */
  private static String topUp(StringBuilder description, int chars, List<ProductText> pool,
      SplittableRandom random) {
    while (description.length() < chars) {
      ProductText more = pool.get(random.nextInt(pool.size()));
      if (description.length() > 0) {
        description.append(". ");
      }
      description.append(more.description() != null ? more.description() : more.title());
    }
    if (description.length() <= chars) {
      return description.toString();
    }
    int cut = description.lastIndexOf(" ", chars);
    return description.substring(0, cut > 0 ? cut : Math.max(0, chars));
  }

  private static String language(SplittableRandom random) {
    double draw = random.nextDouble();
    for (int i = 0; i < LANGUAGES.length - 1; i++) {
      draw -= LANGUAGE_SHARES[i];
      if (draw < 0) {
        return LANGUAGES[i];
      }
    }
    return LANGUAGES[LANGUAGES.length - 1];
  }

  private static BigDecimal price(SplittableRandom random) {
    return BigDecimal.valueOf(random.nextInt(500, 500_000), 2);
  }

  private static String currency(String language) {
    return language == null || language.equals("en") ? "USD" : "EUR";
  }
}
