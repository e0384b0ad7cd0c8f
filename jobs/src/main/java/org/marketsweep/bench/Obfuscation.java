package org.marketsweep.bench;

import java.util.SplittableRandom;

/**
 * Disguises one word of an illicit title the way sellers do and the listing analysis reads
 * back: digits for letters ({@code 1vory}), letters spelled out ({@code I V O R Y}), a
 * Cyrillic look-alike ({@code ivоry}), a stretched letter ({@code ivorrry}), a symbol for a
 * letter ({@code iv@ry}).
 */
final class Obfuscation {
  private static final String LATIN = "aeopc";
  private static final String CYRILLIC = "\u0430\u0435\u043e\u0440\u0441";
  private static final String LEET_FROM = "oieas";
  private static final String LEET_TO = "01345";

  private Obfuscation() {}

  /** {@code title} with one word of four or more ASCII letters disguised, if it has one. */
  static String apply(String title, SplittableRandom random) {
    String[] words = title.split(" ");
    int candidates = 0;
    for (String w : words) {
      candidates += isPlainWord(w) ? 1 : 0;
    }
    if (candidates == 0) {
      return title;
    }
    int pick = random.nextInt(candidates);
    for (int i = 0; i < words.length; i++) {
      if (isPlainWord(words[i]) && pick-- == 0) {
        words[i] = disguise(words[i], random);
        break;
      }
    }
    return String.join(" ", words);
  }

  private static String disguise(String word, SplittableRandom random) {
    return switch (random.nextInt(5)) {
      case 0 -> swap(word, LEET_FROM, LEET_TO);
      case 1 -> String.join(" ", word.toUpperCase(java.util.Locale.ROOT).split(""));
      case 2 -> swap(word, LATIN, CYRILLIC);
      case 3 -> stretch(word, random);
      default -> word.replaceFirst("(?<=[a-z])a(?=[a-z])", "@");
    };
  }

  /** The first letter of {@code word} found in {@code from}, replaced by its partner. */
  private static String swap(String word, String from, String to) {
    StringBuilder out = new StringBuilder(word);
    for (int i = 0; i < out.length(); i++) {
      int k = from.indexOf(Character.toLowerCase(out.charAt(i)));
      if (k >= 0) {
        out.setCharAt(i, to.charAt(k));
        return out.toString();
      }
    }
    return word;
  }

  private static String stretch(String word, SplittableRandom random) {
    int at = 1 + random.nextInt(word.length() - 2);
    char c = word.charAt(at);
    return word.substring(0, at) + c + c + word.substring(at);
  }

  private static boolean isPlainWord(String w) {
    if (w.length() < 4) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }
}
