package org.marketsweep.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link SpacedLetterFilter}. No arguments. */
public final class SpacedLetterFilterFactory extends TokenFilterFactory {
  public static final String NAME = "spacedLetter";

  public SpacedLetterFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public SpacedLetterFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new SpacedLetterFilter(input);
  }
}
