package org.marketsweep.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link LeetspeakFilter}. Argument {@code mapping}: digit readings in Lucene's
 * mapping format; defaults to the bundled {@code leetspeak.txt}.
 */
public final class LeetspeakFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware, PerTokenFilterFactory {
  public static final String NAME = "leetspeak";
  static final String DEFAULT_MAPPING = "org/marketsweep/analysis/leetspeak.txt";

  private final String mapping;
  private Map<Integer, List<String>> readings;

  public LeetspeakFilterFactory(Map<String, String> args) {
    super(args);
    mapping = get(args, "mapping", DEFAULT_MAPPING);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public LeetspeakFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    readings = Map.copyOf(CharMappings.load(loader, mapping));
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new LeetspeakFilter(input, readings);
  }
}
