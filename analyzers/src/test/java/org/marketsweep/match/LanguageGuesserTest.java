package org.marketsweep.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketsweep.analysis.ListingAnalyzers;
import org.marketsweep.lists.Example;
import org.marketsweep.lists.KeywordLists;
import org.marketsweep.lists.Rule;

/**
 * {@link NgramLanguageModel} must decide exactly as language-detector does, on the texts the
 * guesser hands it: the shipped lists' examples (many languages, obfuscated spellings, brand
 * names), those texts cut to lengths around the short-text limit, and random mixes of their
 * words.
 */
class LanguageGuesserTest {
  private static List<LanguageProfile> profiles;
  private static LanguageDetector library;
  private static NgramLanguageModel model;
  private static final TextObjectFactory TEXTS = DetectionTexts.forDetectingOnLargeText();

  @BeforeAll
  static void load() throws IOException {
    profiles = new LanguageProfileReader().readBuiltIn(ListingAnalyzers.languages().stream()
        .filter(l -> !l.equals(ListingAnalyzers.UNDETERMINED)).map(LdLocale::fromString)
        .toList());
    library = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles)
        .minimalConfidence(LanguageGuesser.MINIMAL_CONFIDENCE).build();
    model = new NgramLanguageModel(profiles, LanguageGuesser.MINIMAL_CONFIDENCE);
  }

  static List<String> texts() {
    Set<String> texts = new LinkedHashSet<>(DetectionTextsTest.CRAFTED);
    texts.addAll(List.of(" ", "  ", " a ", "ab", "Elfenbein", "ivoire sculpté ancien",
        "x".repeat(50), "y".repeat(51), "Rolex", "kość słoniowa", "slonovina řezba stará"));
    for (Rule rule : KeywordLists.load(Path.of("..", "keyword-lists")).rules()) {
      for (Example e : rule.matchExamples()) {
        texts.add(LanguageGuesser.sample(e.listing().title(), e.listing().description())
            .toString());
      }
      for (Example e : rule.noMatchExamples()) {
        texts.add(LanguageGuesser.sample(e.listing().title(), e.listing().description())
            .toString());
      }
    }
    List<String> all = new ArrayList<>(texts);
    Random random = new Random(7);
    List<String> words = new ArrayList<>();
    for (String t : all) {
      words.addAll(List.of(t.split("\\s+")));
    }
    int real = all.size();
    for (int i = 0; i < real; i++) {
      String t = all.get(i);
      // around the short-text limit (50 characters after preparation)
      all.add(t.substring(0, Math.min(t.length(), 40 + random.nextInt(20))));
    }
    for (int i = 0; i < 3000; i++) {
      StringBuilder mix = new StringBuilder();
      int n = 1 + random.nextInt(40);
      for (int w = 0; w < n; w++) {
        mix.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      all.add(mix.toString().strip());
    }
    return all;
  }

  @Test
  void decidesAsTheLibraryDoes() {
    List<String> texts = texts();
    assertTrue(texts.size() > 10_000, "texts: " + texts.size());
    Set<String> decided = new LinkedHashSet<>();
    int shortTexts = 0;
    int undecidedLong = 0;
    for (String raw : texts) {
      CharSequence text = TEXTS.forText(raw);
      shortTexts += text.length() <= 50 ? 1 : 0;
      String expected = library.detect(text).transform(LdLocale::getLanguage).orNull();
      assertEquals(expected, model.detect(text), raw);
      undecidedLong += expected == null && text.length() > 50 ? 1 : 0;
      List<DetectedLanguage> ranked = library.getProbabilities(text);
      double[] ours = model.probabilities(text);
      if (ranked.isEmpty()) {
        continue;
      }
      for (DetectedLanguage l : ranked) {
        int i = model.languages().indexOf(l.getLocale().getLanguage());
        assertEquals(l.getProbability(), ours[i], 1e-9, raw + ": " + l);
      }
      decided.add(String.valueOf(expected));
    }
    assertTrue(shortTexts > 1000, "short texts: " + shortTexts);
    // long texts no language is sure of: where the decision stops sampling early
    assertTrue(undecidedLong > 100, "undecided long texts: " + undecidedLong);
    assertTrue(decided.size() >= 8, "languages decided: " + decided);
  }

  @Test
  void answersNothingWithoutGrams() {
    assertNull(model.probabilities(""));
    assertNull(model.detect(""));
  }

  @Test
  void guessesTheLanguageOfRealListings() {
    LanguageGuesser guesser = LanguageGuesser.forListingLanguages();
    assertEquals("fr", guesser.guess("Sculpture ancienne en ivoire",
        "Très belle sculpture ancienne, travail d'artisan, vendue avec son socle en bois."));
    assertEquals("de", guesser.guess("Alte Schnitzerei aus Elfenbein",
        "Sehr schöne alte Schnitzerei, Handarbeit, wird mit dem Holzsockel verkauft."));
    assertEquals(ListingAnalyzers.UNDETERMINED, guesser.guess("Rolex 116610LN", null));
    assertNotEquals(ListingAnalyzers.UNDETERMINED, guesser.guess(
        "Stainless steel kitchen knife set with wooden block", "Six knives and scissors."));
  }
}
