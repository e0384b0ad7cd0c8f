package org.marketsweep.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link EmojiCharFilter}.
 *
 * <pre>{@code CustomAnalyzer.builder().addCharFilter("emoji")...}</pre>
 */
public final class EmojiCharFilterFactory extends CharFilterFactory {
  public static final String NAME = "emoji";

  public EmojiCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public EmojiCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new EmojiCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return input;
  }
}
