package org.marketsweep.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link ConfusableFilter}. Argument {@code mapping}: the Latin readings of
 * look-alike letters in Lucene's mapping format; defaults to the bundled
 * {@code confusables.txt}.
 */
public final class ConfusableFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware, PerTokenFilterFactory {
  public static final String NAME = "confusable";
  static final String DEFAULT_MAPPING = "org/marketsweep/analysis/confusables.txt";

  private final String mapping;
  private Map<Integer, List<String>> latin;

  public ConfusableFilterFactory(Map<String, String> args) {
    super(args);
    mapping = get(args, "mapping", DEFAULT_MAPPING);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public ConfusableFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    latin = Map.copyOf(CharMappings.load(loader, mapping));
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ConfusableFilter(input, latin);
  }
}
