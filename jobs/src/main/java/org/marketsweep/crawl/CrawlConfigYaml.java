package org.marketsweep.crawl;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Loads a {@link CrawlConfig} from YAML (keys documented on {@link CrawlConfig}); unknown keys are errors. */
public final class CrawlConfigYaml {
  private static final Set<String> KEYS = Set.of("contact_url", "agent_version", "threads",
      "max_concurrency_per_host", "min_delay_per_host", "max_crawl_delay", "max_retries", "backoff_initial",
      "backoff_max", "retry_after_max", "max_pages", "max_depth", "max_redirects", "max_page_bytes",
      "connect_timeout", "read_timeout", "page_timeout", "max_crawl_time", "allow_private_addresses",
      "extra_allowed_hosts", "follow_links", "link_include_patterns", "link_exclude_patterns", "profiles",
      "progress_interval");
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|kib|mb|mib|gb|gib)?");

  private CrawlConfigYaml() {}

  /** Loads a config file; relative {@code profiles} paths are resolved against the file's directory. */
  public static CrawlConfig load(Path file) throws IOException {
    CrawlConfig c = parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    Path dir = file.toAbsolutePath().getParent();
    return c.toBuilder().profiles(c.profiles().stream().map(p -> dir.resolve(p).toString()).toList()).build();
  }

  /** Parses config YAML; {@code source} names the file in error messages. Empty YAML gives the defaults. */
  public static CrawlConfig parse(String yaml, String source) {
    Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    if (loaded == null) {
      return CrawlConfig.defaults();
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("Crawl config " + source + ": expected a YAML mapping, got " + loaded);
    }
    CrawlConfig.Builder b = CrawlConfig.builder();
    try {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        Object v = e.getValue();
        if (!KEYS.contains(key)) {
          throw new IllegalArgumentException("unknown key '" + key + "', expected one of " + KEYS);
        }
        switch (key) {
          case "contact_url" -> b.contactUrl(uri(key, v));
          case "agent_version" -> b.agentVersion(String.valueOf(v));
          case "threads" -> b.threads(integer(key, v));
          case "max_concurrency_per_host" -> b.maxConcurrencyPerHost(integer(key, v));
          case "min_delay_per_host" -> b.minDelayPerHost(duration(key, v));
          case "max_crawl_delay" -> b.maxCrawlDelay(duration(key, v));
          case "max_retries" -> b.maxRetries(integer(key, v));
          case "backoff_initial" -> b.backoffInitial(duration(key, v));
          case "backoff_max" -> b.backoffMax(duration(key, v));
          case "retry_after_max" -> b.retryAfterMax(duration(key, v));
          case "max_pages" -> b.maxPages(integer(key, v));
          case "max_depth" -> b.maxDepth(integer(key, v));
          case "max_redirects" -> b.maxRedirects(integer(key, v));
          case "max_page_bytes" -> b.maxPageBytes(size(key, v));
          case "connect_timeout" -> b.connectTimeout(duration(key, v));
          case "read_timeout" -> b.readTimeout(duration(key, v));
          case "page_timeout" -> b.pageTimeout(duration(key, v));
          case "max_crawl_time" -> b.maxCrawlTime(duration(key, v));
          case "allow_private_addresses" -> b.allowPrivateAddresses(bool(key, v));
          case "extra_allowed_hosts" -> b.extraAllowedHosts(strings(key, v));
          case "follow_links" -> b.followLinks(bool(key, v));
          case "link_include_patterns" -> b.linkIncludePatterns(patterns(key, v));
          case "link_exclude_patterns" -> b.linkExcludePatterns(patterns(key, v));
          case "profiles" -> b.profiles(strings(key, v));
          case "progress_interval" -> b.progressInterval(duration(key, v));
          default -> throw new IllegalStateException("unhandled key " + key);
        }
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Crawl config " + source + ": " + e.getMessage(), e);
    }
  }

  /** "250ms", "2s", "1.5m", "1h", "1d", "PT2S", or a number of milliseconds. */
  static Duration duration(String key, Object v) {
    if (v instanceof Number n) {
      return Duration.ofMillis(n.longValue());
    }
    String s = String.valueOf(v).trim().toLowerCase(Locale.ROOT);
    Matcher m = DURATION.matcher(s);
    if (m.matches()) {
      double amount = Double.parseDouble(m.group(1));
      long unitMillis = switch (m.group(2)) {
        case "ms" -> 1L;
        case "s" -> 1000L;
        case "m" -> 60_000L;
        case "h" -> 3_600_000L;
        default -> 86_400_000L;
      };
      return Duration.ofMillis(Math.round(amount * unitMillis));
    }
    try {
      return Duration.parse(s.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + ": invalid duration '" + v + "' (use e.g. 500ms, 2s, 5m, 1h)", e);
    }
  }

  static long size(String key, Object v) {
    if (v instanceof Number n) {
      return n.longValue();
    }
    Matcher m = SIZE.matcher(String.valueOf(v).trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(key + ": invalid size '" + v + "' (use e.g. 512KB, 10MB)");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2);
    return switch (unit) {
      case "kb", "kib" -> n * 1024;
      case "mb", "mib" -> n * 1024 * 1024;
      case "gb", "gib" -> n * 1024 * 1024 * 1024;
      default -> n;
    };
  }

  private static int integer(String key, Object v) {
    if (v instanceof Integer i) {
      return i;
    }
    try {
      return Integer.parseInt(String.valueOf(v).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": expected an integer, got '" + v + "'", e);
    }
  }

  private static boolean bool(String key, Object v) {
    if (v instanceof Boolean bo) {
      return bo;
    }
    throw new IllegalArgumentException(key + ": expected true or false, got '" + v + "'");
  }

  private static URI uri(String key, Object v) {
    try {
      return new URI(String.valueOf(v).trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(key + ": invalid URL '" + v + "'", e);
    }
  }

  private static List<String> strings(String key, Object v) {
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> l)) {
      throw new IllegalArgumentException(key + ": expected a list, got '" + v + "'");
    }
    return l.stream().map(String::valueOf).toList();
  }

  private static List<Pattern> patterns(String key, Object v) {
    return strings(key, v).stream().map(p -> {
      try {
        return Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(key + ": invalid regex '" + p + "': " + e.getDescription(), e);
      }
    }).toList();
  }
}
