package org.marketsweep.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The project's JSON settings for files it writes: snake_case names, pretty-printed. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .findAndRegisterModules();

  private Json() {}

  /** Writes {@code value} as a JSON file, replacing it; any Hadoop file system. */
  public static void write(FileSystem fs, Path file, Object value) {
    try (FSDataOutputStream out = fs.create(file, true)) {
      out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value)
          .getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** Writes {@code value} as a JSON file at {@code file} on its own file system. */
  public static void write(org.apache.hadoop.conf.Configuration conf, String file,
      Object value) {
    Path path = new Path(file);
    try {
      write(path.getFileSystem(conf), path, value);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
