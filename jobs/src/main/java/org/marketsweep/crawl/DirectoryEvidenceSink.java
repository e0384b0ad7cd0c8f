package org.marketsweep.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes each body to {@code <dir>/<sha256>.html.gz} (identical bodies are stored once) and appends
 * one JSON line per fetch to {@code <dir>/index.jsonl}:
 * {@code {"url","final_url","status","fetched_at","content_type","sha256","bytes","file"}}.
 */
public final class DirectoryEvidenceSink implements EvidenceSink {
  /** Name of the index file inside the directory. */
  public static final String INDEX = "index.jsonl";

  private final Path dir;
  private final ObjectMapper json = new ObjectMapper();

  public DirectoryEvidenceSink(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  public Path directory() {
    return dir;
  }

  @Override
  public void store(Evidence e) throws IOException {
    String fileName = e.sha256() + ".html.gz";
    Path target = dir.resolve(fileName);
    if (!Files.exists(target)) {
      Path tmp = Files.createTempFile(dir, e.sha256(), ".tmp");
      Files.write(tmp, e.gzippedBody());
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    ObjectNode row = json.createObjectNode()
        .put("url", e.url().toString())
        .put("final_url", e.finalUrl().toString())
        .put("status", e.status())
        .put("fetched_at", e.fetchedAt().toString())
        .put("content_type", e.contentType())
        .put("sha256", e.sha256())
        .put("bytes", e.body().length)
        .put("file", fileName);
    String line = json.writeValueAsString(row) + "\n";
    synchronized (this) {
      try (Writer w = Files.newBufferedWriter(dir.resolve(INDEX), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        w.write(line);
      }
    }
  }
}
