package org.marketsweep.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link SamePositionDuplicatesFilter}: the output of {@code removeDuplicates},
 * faster. No arguments.
 */
public final class SamePositionDuplicatesFilterFactory extends TokenFilterFactory
    implements PerTokenFilterFactory {
  public static final String NAME = "samePositionDuplicates";

  public SamePositionDuplicatesFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public SamePositionDuplicatesFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new SamePositionDuplicatesFilter(input);
  }
}
