package org.marketsweep.match;

import com.optimaize.langdetect.cybozu.util.CharNormalizer;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import com.optimaize.langdetect.text.UrlTextFilter;

/**
 * The text preparation of language-detector's {@code forDetectingOnLargeText()} (URLs and
 * e-mail addresses blanked, minority scripts removed, at most 10,000 chars), with each filter
 * skipped when it cannot change the text: the URL and e-mail patterns need {@code ://} or
 * {@code @}, and text of ASCII characters only has one script (Latin; the others are
 * "common" and not counted). The detector therefore sees exactly the same text, without two
 * regular expressions and a script count per listing.
 */
final class DetectionTexts {
  private static final int MAX_TEXT_LENGTH = 10000;
  private static final TextFilter URLS = new UrlsIfAny();
  private static final TextFilter SCRIPTS = new MinorityScriptsIfNotAscii(
      RemoveMinorityScriptsTextFilter.forThreshold(0.3));
  /** {@link CharNormalizer#normalize} of every UTF-16 unit, looked up instead of computed. */
  private static final char[] NORMALIZED = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      NORMALIZED[c] = CharNormalizer.normalize((char) c);
    }
  }

  private DetectionTexts() {}

  /**
   * {@code forDetectingOnLargeText().forText(text)} as a string: the same filters, then each
   * character normalised as the library's {@code TextObject} does (through a table), runs of
   * spaces collapsed, at most 10,000 characters.
   */
  static String prepare(CharSequence text) {
    String filtered = SCRIPTS.filter(URLS.filter(text));
    int n = Math.min(filtered.length(), MAX_TEXT_LENGTH);
    char[] out = new char[n];
    int length = 0;
    char previous = 0;
    for (int i = 0; i < filtered.length() && length < MAX_TEXT_LENGTH; i++) {
      char c = NORMALIZED[filtered.charAt(i)];
      if (c != ' ' || previous != ' ') {
        out[length++] = c;
      }
      previous = c;
    }
    return new String(out, 0, length);
  }

  static TextObjectFactory forDetectingOnLargeText() {
    return new TextObjectFactoryBuilder()
        .maxTextLength(MAX_TEXT_LENGTH)
        .withTextFilter(URLS)
        .withTextFilter(SCRIPTS)
        .build();
  }

  /** {@link UrlTextFilter}, run only on text that has {@code ://} or {@code @}. */
  static final class UrlsIfAny implements TextFilter {
    @Override
    public String filter(CharSequence text) {
      String s = text.toString();
      return s.contains("://") || s.indexOf('@') >= 0 ? UrlTextFilter.getInstance().filter(s) : s;
    }
  }

  /** A script filter, run only on text with a character beyond ASCII. */
  static final class MinorityScriptsIfNotAscii implements TextFilter {
    private final TextFilter filter;

    MinorityScriptsIfNotAscii(TextFilter filter) {
      this.filter = filter;
    }

    @Override
    public String filter(CharSequence text) {
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) >= 0x80) {
          return filter.filter(text);
        }
      }
      return text.toString();
    }
  }
}
