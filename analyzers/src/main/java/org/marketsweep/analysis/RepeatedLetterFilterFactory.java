package org.marketsweep.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link RepeatedLetterFilter}. No arguments. */
public final class RepeatedLetterFilterFactory extends TokenFilterFactory
    implements PerTokenFilterFactory {
  public static final String NAME = "repeatedLetter";

  public RepeatedLetterFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public RepeatedLetterFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new RepeatedLetterFilter(input);
  }
}
