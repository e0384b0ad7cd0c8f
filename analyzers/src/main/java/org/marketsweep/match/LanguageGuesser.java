package org.marketsweep.match;

import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.marketsweep.analysis.ListingAnalyzers;

/**
 * Guesses a listing's language when the feed gives none, from the title and the start of
 * the description, among the languages that have their own analysis. Answers {@code und}
 * rather than guess when the text has too few letters (titles that are mostly brand names
 * and model numbers) or no language is clearly ahead.
 *
 * <p>The decision is language-detector's (its profiles, text preparation and naive-Bayes
 * sampling, minimal confidence {@value #MINIMAL_CONFIDENCE}), computed by
 * {@link NgramLanguageModel} on arrays instead of strings and hash maps.
 */
public final class LanguageGuesser {
  static final int SAMPLE_CHARS = 200;
  static final int MIN_LETTERS = 12;
  static final double MINIMAL_CONFIDENCE = 0.9;

  private final NgramLanguageModel model;

  public LanguageGuesser(Collection<String> languages) {
    try {
      model = new NgramLanguageModel(new LanguageProfileReader().readBuiltIn(
          languages.stream().map(LdLocale::fromString).toList()), MINIMAL_CONFIDENCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load language profiles " + languages, e);
    }
  }

  /** A guesser for every language with its own analysis. */
  public static LanguageGuesser forListingLanguages() {
    return new LanguageGuesser(ListingAnalyzers.stemmedLanguages());
  }

  /** The primary language tag, or {@link ListingAnalyzers#UNDETERMINED}. */
  public String guess(String title, String description) {
    StringBuilder sample = sample(title, description);
    if (!hasLetters(sample, MIN_LETTERS)) {
      return ListingAnalyzers.UNDETERMINED;
    }
    String language = model.detect(DetectionTexts.prepare(sample));
    return language != null ? language : ListingAnalyzers.UNDETERMINED;
  }

  /** What is detected on: the title and the start of the description. */
  static StringBuilder sample(String title, String description) {
    StringBuilder sample = new StringBuilder(title);
    if (description != null && !description.isEmpty()) {
      sample.append(". ").append(description, 0, Math.min(SAMPLE_CHARS, description.length()));
    }
    return sample;
  }

  private static boolean hasLetters(CharSequence text, int wanted) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < wanted; i++) {
      letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
    }
    return letters >= wanted;
  }
}
