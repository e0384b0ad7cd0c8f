package org.marketsweep.jobs;

import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code manifest.json} of a sweep: what was asked (the list, its hash and text, the period,
 * the marketplaces), with which tool version, what was found and when it ran. Written as
 * snake_case JSON.
 */
public record SweepManifest(
    String sweepId,
    String listFile,
    String listSha256,
    String listText,
    Parameters parameters,
    String toolVersion,
    Counts counts,
    List<String> missingDays,
    String startedAt,
    String finishedAt) {

  /** The request; with the list hash, it determines the sweep id. */
  public record Parameters(String from, String to, List<String> marketplaces,
      boolean pseudonymised, String category) {}

  /** @param listingsScanned active listing rows matched, summed over the snapshot days */
  public record Counts(int snapshotDays, long listingsScanned, long hits,
      long distinctListings, int rules) {}

  void write(FileSystem fs, Path file) {
    Json.write(fs, file, this);
  }
}
