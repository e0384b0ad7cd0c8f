package org.marketsweep.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Single-threaded throughput of the listing analysis chain, the frozen reference ({@link
 * ReferenceChains}) and the current one ({@link ListingAnalyzers}) side by side: rounds over
 * the same listings alternate between the two, so both see the same JIT and machine state;
 * the best round of each is reported with the ratio. Listings are the bench slice of real
 * products (title, newline, description, lengthened to about 600 chars with further
 * products of the same language), a sixth of their words disguised,
 * each in its own language. Not a test; run with the test classpath:
 *
 * <pre>java -cp ... org.marketsweep.analysis.ListingChainBench [ROUNDS [SECONDS_PER_ROUND]]</pre>
 */
public final class ListingChainBench {
  private ListingChainBench() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
    Random r = new Random(42);
    List<ChainTexts.Listing> listings = new ArrayList<>();
    List<ChainTexts.Listing> products = ChainTexts.products();
    for (int i = 0; i < products.size(); i++) {
      ChainTexts.Listing l = products.get(i);
      StringBuilder text = new StringBuilder(l.text());
      for (int j = i + 1; text.length() < 550 && j < i + products.size(); j++) {
        ChainTexts.Listing more = products.get(j % products.size());
        if (more.language().equals(l.language())) {
          text.append(' ').append(more.text());
        }
      }
      listings.add(new ChainTexts.Listing(l.language(),
          ChainTexts.obfuscateWords(text.toString(), r)));
    }
    long chars = listings.stream().mapToLong(l -> l.text().length()).sum();
    System.out.printf(Locale.ROOT, "%,d listings, %.0f chars on average%n", listings.size(),
        (double) chars / listings.size());
    ListingAnalyzers current = new ListingAnalyzers();
    Analyzer[] reference = new Analyzer[listings.size()];
    Analyzer[] optimised = new Analyzer[listings.size()];
    java.util.Map<String, Analyzer> refByLang = new java.util.HashMap<>();
    for (int i = 0; i < listings.size(); i++) {
      String lang = listings.get(i).language();
      reference[i] = refByLang.computeIfAbsent(lang, ReferenceChains::listing);
      optimised[i] = current.listingAnalyzer(lang);
    }
    run(listings, reference, 0.5 * seconds);
    run(listings, optimised, 0.5 * seconds);
    double bestRef = 0;
    double bestOpt = 0;
    for (int round = 1; round <= rounds; round++) {
      double ref = run(listings, reference, seconds);
      double opt = run(listings, optimised, seconds);
      bestRef = Math.max(bestRef, ref);
      bestOpt = Math.max(bestOpt, opt);
      System.out.printf(Locale.ROOT, "round %d: reference %,.0f, optimised %,.0f listings/s"
          + " (%.2f×)%n", round, ref, opt, opt / ref);
    }
    System.out.printf(Locale.ROOT, "best: reference %,.0f, optimised %,.0f listings/s;"
        + " ratio %.2f×%n", bestRef, bestOpt, bestOpt / bestRef);
  }

  /** Listings per second over whole passes lasting at least {@code seconds}. */
  private static double run(List<ChainTexts.Listing> listings, Analyzer[] analyzers,
      double seconds) {
    long start = System.nanoTime();
    long done = 0;
    long sum = 0;
    do {
      for (int i = 0; i < listings.size(); i++) {
        sum += analyse(analyzers[i], listings.get(i).text());
      }
      done += listings.size();
    } while (System.nanoTime() - start < seconds * 1e9);
    if (sum == 42) {
      System.out.println();
    }
    return done / ((System.nanoTime() - start) / 1e9);
  }

  /** What the bench's analysis step reads: every term, increment and start offset. */
  private static long analyse(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream(ListingAnalyzers.FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      long sum = 0;
      while (ts.incrementToken()) {
        sum += term.length() + increment.getPositionIncrement() + offset.startOffset();
      }
      ts.end();
      return sum;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
