package org.marketsweep.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Politeness and limits of a crawl. Build with {@link #builder()} or load YAML with
 * {@link CrawlConfigYaml#load(java.nio.file.Path)}; every YAML key is optional and defaults to the
 * value shown. Durations in YAML are milliseconds (number) or strings like {@code 500ms},
 * {@code 2s}, {@code 5m}, {@code 1h}, {@code PT2S}; sizes are bytes or {@code 512KB}, {@code 10MB}.
 *
 * <pre>
 * contact_url: https://github.com/marketsweep/marketsweep  # in User-Agent: marketsweep/&lt;version&gt; (+contact_url)
 * agent_version: (jar version, else "dev")   # the &lt;version&gt; of the User-Agent
 * threads: 4                       # worker threads for the whole crawl
 * max_concurrency_per_host: 1      # simultaneous requests to one host
 * min_delay_per_host: 1s           # pause between requests to one host (robots Crawl-delay may raise it)
 * max_crawl_delay: 30s             # cap on a robots.txt Crawl-delay
 * max_retries: 3                   # retries after a timeout, connection error, 5xx or 429
 * backoff_initial: 500ms           # first retry delay, doubled per attempt
 * backoff_max: 30s                 # cap on the exponential backoff
 * retry_after_max: 60s             # cap on a server's Retry-After (seconds or HTTP-date)
 * max_pages: 10000                 # page fetches (robots.txt excluded) before the crawl stops
 * max_depth: 2                     # link hops followed from a category seed (0 = seeds only)
 * max_redirects: 5                 # redirect hops per URL; loops are detected and fail
 * max_page_bytes: 10MB             # body bytes read; a larger page is a failure and is not read further
 * connect_timeout: 10s             # TCP/TLS connect
 * read_timeout: 30s                # until response headers, and the longest silence while reading the body
 * page_timeout: 60s                # whole body of one response
 * max_crawl_time: 6h               # wall time of the whole crawl; then no new fetch starts
 * allow_private_addresses: false   # fetch hosts resolving to loopback/private/link-local addresses
 * extra_allowed_hosts: []          # hosts allowed besides the seeds' hosts (a host and its www. twin are one site)
 * follow_links: true               # follow links of category pages at all
 * link_include_patterns: []        # regexes; if any is given a followed link must match one
 * link_exclude_patterns: []        # regexes; a link matching one is not followed
 * profiles: []                     # site profile YAML files, searched before the built-in ones
 * progress_interval: 30s           # how often non-console progress lines are logged
 * </pre>
 */
public record CrawlConfig(
    URI contactUrl,
    String agentVersion,
    int threads,
    int maxConcurrencyPerHost,
    Duration minDelayPerHost,
    Duration maxCrawlDelay,
    int maxRetries,
    Duration backoffInitial,
    Duration backoffMax,
    Duration retryAfterMax,
    int maxPages,
    int maxDepth,
    int maxRedirects,
    long maxPageBytes,
    Duration connectTimeout,
    Duration readTimeout,
    Duration pageTimeout,
    Duration maxCrawlTime,
    boolean allowPrivateAddresses,
    List<String> extraAllowedHosts,
    boolean followLinks,
    List<Pattern> linkIncludePatterns,
    List<Pattern> linkExcludePatterns,
    List<String> profiles,
    Duration progressInterval) {

  /** Robots.txt user-agent token and User-Agent product name. */
  public static final String AGENT_NAME = "marketsweep";

  public CrawlConfig {
    Objects.requireNonNull(contactUrl, "contact_url");
    if (!"http".equals(contactUrl.getScheme()) && !"https".equals(contactUrl.getScheme())) {
      throw new IllegalArgumentException("contact_url must be an http(s) URL, got '" + contactUrl + "'");
    }
    if (agentVersion == null || agentVersion.isBlank() || !agentVersion.matches("[\\w.+-]+")) {
      throw new IllegalArgumentException("agent_version must be a token like 1.2.0, got '" + agentVersion + "'");
    }
    positive("threads", threads);
    positive("max_concurrency_per_host", maxConcurrencyPerHost);
    notNegative("max_retries", maxRetries);
    positive("max_pages", maxPages);
    notNegative("max_depth", maxDepth);
    notNegative("max_redirects", maxRedirects);
    if (maxPageBytes <= 0) {
      throw new IllegalArgumentException("max_page_bytes must be > 0, got " + maxPageBytes);
    }
    nonNegative("min_delay_per_host", minDelayPerHost);
    nonNegative("max_crawl_delay", maxCrawlDelay);
    nonNegative("backoff_initial", backoffInitial);
    nonNegative("backoff_max", backoffMax);
    nonNegative("retry_after_max", retryAfterMax);
    positive("connect_timeout", connectTimeout);
    positive("read_timeout", readTimeout);
    positive("page_timeout", pageTimeout);
    positive("max_crawl_time", maxCrawlTime);
    positive("progress_interval", progressInterval);
    extraAllowedHosts = List.copyOf(extraAllowedHosts);
    linkIncludePatterns = List.copyOf(linkIncludePatterns);
    linkExcludePatterns = List.copyOf(linkExcludePatterns);
    profiles = List.copyOf(profiles);
  }

  /** {@code marketsweep/<version> (+<contact url>)}. */
  public String userAgent() {
    return AGENT_NAME + "/" + agentVersion + " (+" + contactUrl + ")";
  }

  /** All defaults. */
  public static CrawlConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this config's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.contactUrl = contactUrl;
    b.agentVersion = agentVersion;
    b.threads = threads;
    b.maxConcurrencyPerHost = maxConcurrencyPerHost;
    b.minDelayPerHost = minDelayPerHost;
    b.maxCrawlDelay = maxCrawlDelay;
    b.maxRetries = maxRetries;
    b.backoffInitial = backoffInitial;
    b.backoffMax = backoffMax;
    b.retryAfterMax = retryAfterMax;
    b.maxPages = maxPages;
    b.maxDepth = maxDepth;
    b.maxRedirects = maxRedirects;
    b.maxPageBytes = maxPageBytes;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.pageTimeout = pageTimeout;
    b.maxCrawlTime = maxCrawlTime;
    b.allowPrivateAddresses = allowPrivateAddresses;
    b.extraAllowedHosts = extraAllowedHosts;
    b.followLinks = followLinks;
    b.linkIncludePatterns = linkIncludePatterns;
    b.linkExcludePatterns = linkExcludePatterns;
    b.profiles = profiles;
    b.progressInterval = progressInterval;
    return b;
  }

  private static void positive(String key, int v) {
    if (v <= 0) {
      throw new IllegalArgumentException(key + " must be > 0, got " + v);
    }
  }

  private static void notNegative(String key, int v) {
    if (v < 0) {
      throw new IllegalArgumentException(key + " must be >= 0, got " + v);
    }
  }

  private static void positive(String key, Duration d) {
    Objects.requireNonNull(d, key);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(key + " must be > 0, got " + d);
    }
  }

  private static void nonNegative(String key, Duration d) {
    Objects.requireNonNull(d, key);
    if (d.isNegative()) {
      throw new IllegalArgumentException(key + " must be >= 0, got " + d);
    }
  }

  static String defaultVersion() {
    String v = CrawlConfig.class.getPackage().getImplementationVersion();
    return v == null || v.isBlank() ? "dev" : v;
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private URI contactUrl = URI.create("https://github.com/marketsweep/marketsweep");
    private String agentVersion = defaultVersion();
    private int threads = 4;
    private int maxConcurrencyPerHost = 1;
    private Duration minDelayPerHost = Duration.ofSeconds(1);
    private Duration maxCrawlDelay = Duration.ofSeconds(30);
    private int maxRetries = 3;
    private Duration backoffInitial = Duration.ofMillis(500);
    private Duration backoffMax = Duration.ofSeconds(30);
    private Duration retryAfterMax = Duration.ofSeconds(60);
    private int maxPages = 10_000;
    private int maxDepth = 2;
    private int maxRedirects = 5;
    private long maxPageBytes = 10L * 1024 * 1024;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration pageTimeout = Duration.ofSeconds(60);
    private Duration maxCrawlTime = Duration.ofHours(6);
    private boolean allowPrivateAddresses = false;
    private List<String> extraAllowedHosts = List.of();
    private boolean followLinks = true;
    private List<Pattern> linkIncludePatterns = List.of();
    private List<Pattern> linkExcludePatterns = List.of();
    private List<String> profiles = List.of();
    private Duration progressInterval = Duration.ofSeconds(30);

    private Builder() {}

    public Builder contactUrl(URI v) { contactUrl = v; return this; }
    public Builder agentVersion(String v) { agentVersion = v; return this; }
    public Builder threads(int v) { threads = v; return this; }
    public Builder maxConcurrencyPerHost(int v) { maxConcurrencyPerHost = v; return this; }
    public Builder minDelayPerHost(Duration v) { minDelayPerHost = v; return this; }
    public Builder maxCrawlDelay(Duration v) { maxCrawlDelay = v; return this; }
    public Builder maxRetries(int v) { maxRetries = v; return this; }
    public Builder backoffInitial(Duration v) { backoffInitial = v; return this; }
    public Builder backoffMax(Duration v) { backoffMax = v; return this; }
    public Builder retryAfterMax(Duration v) { retryAfterMax = v; return this; }
    public Builder maxPages(int v) { maxPages = v; return this; }
    public Builder maxDepth(int v) { maxDepth = v; return this; }
    public Builder maxRedirects(int v) { maxRedirects = v; return this; }
    public Builder maxPageBytes(long v) { maxPageBytes = v; return this; }
    public Builder connectTimeout(Duration v) { connectTimeout = v; return this; }
    public Builder readTimeout(Duration v) { readTimeout = v; return this; }
    public Builder pageTimeout(Duration v) { pageTimeout = v; return this; }
    public Builder maxCrawlTime(Duration v) { maxCrawlTime = v; return this; }
    public Builder allowPrivateAddresses(boolean v) { allowPrivateAddresses = v; return this; }
    public Builder extraAllowedHosts(List<String> v) { extraAllowedHosts = v; return this; }
    public Builder followLinks(boolean v) { followLinks = v; return this; }
    public Builder linkIncludePatterns(List<Pattern> v) { linkIncludePatterns = v; return this; }
    public Builder linkExcludePatterns(List<Pattern> v) { linkExcludePatterns = v; return this; }
    public Builder profiles(List<String> v) { profiles = v; return this; }
    public Builder progressInterval(Duration v) { progressInterval = v; return this; }

    public CrawlConfig build() {
      return new CrawlConfig(contactUrl, agentVersion, threads, maxConcurrencyPerHost, minDelayPerHost,
          maxCrawlDelay, maxRetries, backoffInitial, backoffMax, retryAfterMax, maxPages, maxDepth, maxRedirects,
          maxPageBytes, connectTimeout, readTimeout, pageTimeout, maxCrawlTime, allowPrivateAddresses,
          extraAllowedHosts, followLinks, linkIncludePatterns, linkExcludePatterns, profiles, progressInterval);
    }
  }
}
