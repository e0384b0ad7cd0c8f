package org.marketsweep.match;

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
  private DetectionTexts() {}

  static TextObjectFactory forDetectingOnLargeText() {
    return new TextObjectFactoryBuilder()
        .maxTextLength(10000)
        .withTextFilter(new UrlsIfAny())
        .withTextFilter(new MinorityScriptsIfNotAscii(
            RemoveMinorityScriptsTextFilter.forThreshold(0.3)))
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
