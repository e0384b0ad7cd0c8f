package org.marketsweep.match;

import com.optimaize.langdetect.profiles.LanguageProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * language-detector's naive-Bayes decision over 1- to 3-grams, computed on arrays: the same
 * language profiles, the same gram probabilities, the same random sampling (seed, trials,
 * iterations, convergence test) and the same arithmetic in the same order, so it picks the same
 * language as the library's {@code LanguageDetector} for every text, at a fraction of the cost.
 *
 * <p>Where the time goes in the library, and what is done instead: each gram becomes a
 * {@code String} (about 750 for a title and 200 characters of description) and is looked up
 * in a {@code HashMap<String, double[]>} whose short keys collide, up to a thousand times per
 * trial. Here a gram is a {@code long} (its length and up to three UTF-16 units), looked up in
 * an open-addressing table, and only when the sampler first draws it. The draws come from
 * {@link SequentialRandom}, {@code Random}'s sequence without an atomic update per draw.
 *
 * <p>Settings are the library's defaults (alpha 0.5 with a Gaussian spread of 0.05 per trial,
 * 7 trials of at most 1,000 draws, convergence at 0.99999 checked every 5 draws, seed 41, texts
 * of at most 50 characters decided on every gram without sampling, no priors, no prefix or
 * suffix weighting) and the {@code standard()} n-gram extractor (text padded with spaces; no
 * unigram of a space, no trigram with a space in the middle). {@code LanguageGuesserTest}
 * checks the answers against the library.
 */
final class NgramLanguageModel {
  private static final double ALPHA = 0.5;
  private static final double ALPHA_WIDTH = 0.05;
  private static final int ITERATION_LIMIT = 1000;
  private static final double CONV_THRESHOLD = 0.99999;
  private static final int BASE_FREQ = 10000;
  private static final int TRIALS = 7;
  private static final long SEED = 41L;
  private static final int SHORT_TEXT = 50;
  private static final double PROBABILITY_THRESHOLD = 0.1;

  private final String[] languages;
  private final int languageCount;
  /** Per gram, the probability in each language, {@code languageCount} values per gram. */
  private final double[] probabilities;
  /** Open addressing: gram key, 0 for empty; the gram's index in {@link #gramIndex}. */
  private final long[] keys;
  private final int[] gramIndex;
  private final int mask;
  private final double minimalConfidence;
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  /** Per-thread arrays for one text's grams. */
  private static final class Scratch {
    long[] grams = new long[1024];
    /** Per drawn gram: its index + 2, 1 when no profile has it, 0 when not yet looked up. */
    int[] resolved = new int[1024];
    int count;

    void ensure(int size) {
      if (grams.length < size) {
        int n = Math.max(size, grams.length * 2);
        grams = new long[n];
        resolved = new int[n];
      }
    }
  }

  /**
   * @param profiles the languages to choose among, in the order ties are broken
   * @param minimalConfidence the probability the best language needs, else no answer
   */
  NgramLanguageModel(List<LanguageProfile> profiles, double minimalConfidence) {
    if (profiles.isEmpty()) {
      throw new IllegalArgumentException("No language profiles");
    }
    this.minimalConfidence = minimalConfidence;
    languageCount = profiles.size();
    languages = new String[languageCount];
    int grams = 0;
    for (LanguageProfile p : profiles) {
      grams += p.getNumGrams();
    }
    int capacity = Integer.highestOneBit(Math.max(4, grams * 2)) << 1;
    keys = new long[capacity];
    gramIndex = new int[capacity];
    mask = capacity - 1;
    double[] probs = new double[grams * languageCount];
    int distinct = 0;
    for (int lang = 0; lang < languageCount; lang++) {
      LanguageProfile profile = profiles.get(lang);
      languages[lang] = profile.getLocale().getLanguage();
      for (int length = 1; length <= 3; length++) {
        if (!profile.getGramLengths().contains(length)) {
          throw new IllegalArgumentException("The language profile for " + profile.getLocale()
              + " has no " + length + "-grams");
        }
        for (Map.Entry<String, Integer> gram : profile.iterateGrams(length)) {
          String text = gram.getKey();
          long key = key(text, 0, text.length());
          int slot = slot(key);
          while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
          }
          if (keys[slot] == 0) {
            keys[slot] = key;
            gramIndex[slot] = distinct++;
          }
          probs[gramIndex[slot] * languageCount + lang] =
              gram.getValue().doubleValue() / profile.getNumGramOccurrences(text.length());
        }
      }
    }
    probabilities = Arrays.copyOf(probs, distinct * languageCount);
  }

  /** The language of {@code text} (already prepared for detection), or null. */
  String detect(CharSequence text) {
    double[] prob = text.length() <= SHORT_TEXT ? shortText(text) : longText(text, true);
    if (prob == null) {
      return null;
    }
    int best = -1;
    for (int i = 0; i < languageCount; i++) {
      if (prob[i] >= PROBABILITY_THRESHOLD && (best < 0 || prob[i] > prob[best])) {
        best = i;
      }
    }
    return best >= 0 && prob[best] >= minimalConfidence ? languages[best] : null;
  }

  /** Each language's probability, in the order of {@link #languages}; null without grams. */
  double[] probabilities(CharSequence text) {
    return text.length() <= SHORT_TEXT ? shortText(text) : longText(text, false);
  }

  /** The languages' primary tags, in the order of the profiles. */
  List<String> languages() {
    return List.of(languages);
  }

  /** Every gram of the padded text once per occurrence, by length, then by position. */
  private static int extract(CharSequence raw, Scratch s) {
    int n = raw.length();
    if (n == 0) {
      return 0;
    }
    // padded with a space at either end that has none
    boolean padStart = raw.charAt(0) != ' ';
    boolean padEnd = raw.charAt(n - 1) != ' ';
    char[] text = new char[n + 2];
    int len = 0;
    if (padStart) {
      text[len++] = ' ';
    }
    for (int i = 0; i < n; i++) {
      text[len++] = raw.charAt(i);
    }
    if (padEnd) {
      text[len++] = ' ';
    }
    s.ensure(3 * len);
    int count = 0;
    for (int gram = 1; gram <= 3; gram++) {
      for (int pos = 0; pos + gram <= len; pos++) {
        if (gram == 1 && text[pos] == ' ' || gram == 3 && text[pos + 1] == ' ') {
          continue;
        }
        s.grams[count] = key(text, pos, gram);
        s.resolved[count] = 0;
        count++;
      }
    }
    s.count = count;
    return count;
  }

  /**
   * The average over the trials of each trial's probabilities. When {@code decide}, stops
   * as soon as no language can reach the minimal confidence any more (the best one's average
   * so far plus a full share for each trial left stays below it): ambiguous texts, whose
   * trials do not converge and draw a thousand grams each, are settled in two or three
   * trials instead of seven, with the same answer.
   */
  private double[] longText(CharSequence text, boolean decide) {
    Scratch s = scratch.get();
    int n = extract(text, s);
    if (n == 0) {
      return null;
    }
    double[] langprob = new double[languageCount];
    double[] prob = new double[languageCount];
    SequentialRandom rand = new SequentialRandom(SEED);
    for (int t = 0; t < TRIALS; t++) {
      initialise(prob);
      double alpha = ALPHA + rand.nextGaussian() * ALPHA_WIDTH;
      double weight = alpha / BASE_FREQ;
      for (int i = 0; i < ITERATION_LIMIT; i++) {
        int r = rand.nextInt(n);
        int index = resolve(s, r);
        if (index >= 0) {
          multiply(prob, index, weight, 1);
        }
        if (i % 5 == 0 && normalise(prob) > CONV_THRESHOLD) {
          break;
        }
      }
      double best = 0;
      for (int j = 0; j < languageCount; j++) {
        langprob[j] += prob[j] / TRIALS;
        best = Math.max(best, langprob[j]);
      }
      if (decide && best + (double) (TRIALS - 1 - t) / TRIALS < minimalConfidence - 1e-9) {
        break;
      }
    }
    return langprob;
  }

  private double[] shortText(CharSequence text) {
    Scratch s = scratch.get();
    int n = extract(text, s);
    if (n == 0) {
      return null;
    }
    // distinct grams in order of first occurrence (by length, then position), with counts
    long[] distinct = new long[n];
    int[] counts = new int[n];
    int d = 0;
    for (int i = 0; i < n; i++) {
      long g = s.grams[i];
      int j = 0;
      while (j < d && distinct[j] != g) {
        j++;
      }
      if (j == d) {
        distinct[d++] = g;
      }
      counts[j]++;
    }
    double[] prob = new double[languageCount];
    initialise(prob);
    double weight = ALPHA / BASE_FREQ;
    for (int j = 0; j < d; j++) {
      int index = lookup(distinct[j]);
      if (index >= 0) {
        multiply(prob, index, weight, counts[j]);
      }
      if (normalise(prob) > CONV_THRESHOLD) {
        break;
      }
    }
    normalise(prob);
    return prob;
  }

  private void initialise(double[] prob) {
    for (int i = 0; i < languageCount; i++) {
      prob[i] = 1.0 / languageCount;
    }
  }

  private void multiply(double[] prob, int index, double weight, int count) {
    int base = index * languageCount;
    if (count == 1) {
      for (int i = 0; i < languageCount; i++) {
        prob[i] *= weight + probabilities[base + i];
      }
      return;
    }
    for (int i = 0; i < languageCount; i++) {
      for (int c = 0; c < count; c++) {
        prob[i] *= weight + probabilities[base + i];
      }
    }
  }

  private static double normalise(double[] prob) {
    double max = 0;
    double sum = 0;
    for (double p : prob) {
      sum += p;
    }
    for (int i = 0; i < prob.length; i++) {
      double p = prob[i] / sum;
      if (max < p) {
        max = p;
      }
      prob[i] = p;
    }
    return max;
  }

  private int resolve(Scratch s, int gram) {
    int r = s.resolved[gram];
    if (r == 0) {
      r = lookup(s.grams[gram]) + 2;
      s.resolved[gram] = r;
    }
    return r - 2;
  }

  /** The gram's index, or -1 when no profile has it. */
  private int lookup(long key) {
    for (int slot = slot(key); keys[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return gramIndex[slot];
      }
    }
    return -1;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private static long key(CharSequence text, int from, int length) {
    long key = length;
    for (int i = 0; i < length; i++) {
      key = (key << 16) | text.charAt(from + i);
    }
    return key;
  }

  private static long key(char[] text, int from, int length) {
    long key = length;
    for (int i = 0; i < length; i++) {
      key = (key << 16) | text[from + i];
    }
    return key;
  }
}
