package org.marketsweep.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The listing snapshots of a warehouse in a period:
 * {@code listings/snapshot_date=D/marketplace=M/} folders that hold at least one data file.
 */
final class SnapshotArchive {
  private static final String DAY = "snapshot_date=";
  private static final String MARKETPLACE = "marketplace=";

  /** One marketplace's snapshot of one day. */
  record Partition(LocalDate date, String marketplace, String path) {}

  private SnapshotArchive() {}

  /**
   * @param marketplaces the marketplaces to keep; empty for all
   * @throws IllegalArgumentException if the warehouse has no listings table
   */
  static List<Partition> partitions(Configuration conf, String warehouse, LocalDate from,
      LocalDate to, Set<String> marketplaces) {
    Path table = new Path(warehouse, "listings");
    try {
      FileSystem fs = table.getFileSystem(conf);
      if (!fs.isDirectory(table)) {
        throw new IllegalArgumentException("No listings in warehouse " + warehouse
            + " (expected " + table + "); run ingest or crawl first");
      }
      List<Partition> found = new ArrayList<>();
      for (FileStatus day : fs.listStatus(table)) {
        LocalDate date = dateOf(day);
        if (date == null || date.isBefore(from) || date.isAfter(to)) {
          continue;
        }
        for (FileStatus m : fs.listStatus(day.getPath())) {
          String name = m.getPath().getName();
          if (!m.isDirectory() || !name.startsWith(MARKETPLACE)) {
            continue;
          }
          String marketplace = name.substring(MARKETPLACE.length());
          if ((marketplaces.isEmpty() || marketplaces.contains(marketplace))
              && hasDataFile(fs, m.getPath())) {
            found.add(new Partition(date, marketplace, m.getPath().toString()));
          }
        }
      }
      found.sort(java.util.Comparator.comparing(Partition::date)
          .thenComparing(Partition::marketplace));
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + table, e);
    }
  }

  private static LocalDate dateOf(FileStatus status) {
    String name = status.getPath().getName();
    if (!status.isDirectory() || !name.startsWith(DAY)) {
      return null;
    }
    try {
      return LocalDate.parse(name.substring(DAY.length()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Snapshot folder with a bad date: "
          + status.getPath(), e);
    }
  }

  private static boolean hasDataFile(FileSystem fs, Path dir) throws IOException {
    for (FileStatus f : fs.listStatus(dir)) {
      String n = f.getPath().getName();
      if (f.isFile() && !n.startsWith("_") && !n.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
