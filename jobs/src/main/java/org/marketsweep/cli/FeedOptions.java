package org.marketsweep.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.marketsweep.io.FeedMapping;
import picocli.CommandLine.Option;

/** Options that say how to read a feed, shared by the commands that read feeds. */
final class FeedOptions {
  @Option(names = "--mapping", paramLabel = "FILE",
      description = "Feed mapping (column names, formats, charset); default: the contract's.")
  Path mapping;

  @Option(names = "--charset", paramLabel = "NAME",
      description = "Charset of CSV input (overrides the mapping), e.g. windows-1252;"
          + " default UTF-8.")
  String charset;

  /** The mapping file (or the identity mapping) with the charset option applied. */
  FeedMapping mapping() throws IOException {
    FeedMapping feed = mapping == null ? FeedMapping.identity()
        : FeedMapping.load(Paths.existing(mapping, "Mapping file"));
    return charset == null ? feed : feed.withCharset(charset);
  }
}
