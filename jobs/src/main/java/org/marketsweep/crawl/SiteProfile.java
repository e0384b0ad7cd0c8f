package org.marketsweep.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * CSS-selector recipe for a site without (enough) structured data, plus the site's product-link
 * selectors and removal markers. Loaded from YAML:
 *
 * <pre>{@code
 * name: amazon
 * hosts: [amazon.com, amazon.co.uk]      # the host or any subdomain; empty = every host
 * fields:                                # title description price currency brand seller sku
 *   title: ["#productTitle"]             #   images canonical availability
 *   brand:
 *     - selector: "a#bylineInfo"
 *       pattern: "^(?:Visit the (.+) Store|Brand: (.+)|(.+))$"
 *   canonical:
 *     - {selector: "link[rel=canonical]", attr: href}
 * product_links: ["a[href*='/dp/']"]     # on category pages follow only these (default: all links)
 * removal:                               # replaces the defaults of RemovalRules when given
 *   phrases: ["This listing has ended"]
 *   selectors: ["#listing-ended-banner"]
 * }</pre>
 *
 * Rules of a field are tried in order; the first that yields a value wins.
 *
 * @param name profile name, used in logs
 * @param hosts host names this profile applies to (also their subdomains); empty applies everywhere
 * @param fields field name → rules
 * @param productLinks selectors of links to follow on category pages; empty = all same-site links
 * @param removal removal markers for this site
 */
public record SiteProfile(
    String name, List<String> hosts, Map<String, List<FieldRule>> fields, List<String> productLinks,
    RemovalRules removal) {

  /** Field names a profile may define. */
  public static final Set<String> FIELDS = Set.of(
      "title", "description", "price", "currency", "brand", "seller", "sku", "images", "canonical", "availability");

  public SiteProfile {
    Objects.requireNonNull(name, "name");
    hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    for (String f : fields.keySet()) {
      if (!FIELDS.contains(f)) {
        throw new IllegalArgumentException("Profile '" + name + "': unknown field '" + f + "', expected one of " + FIELDS);
      }
    }
    fields = Map.copyOf(fields);
    productLinks = List.copyOf(productLinks);
    productLinks.forEach(FieldRule::of);
    Objects.requireNonNull(removal, "removal");
  }

  /** True if this profile applies to {@code host} (exact or subdomain); a profile without hosts applies to all. */
  public boolean appliesTo(String host) {
    if (hosts.isEmpty()) {
      return true;
    }
    String h = host.toLowerCase(Locale.ROOT);
    for (String p : hosts) {
      if (h.equals(p) || h.endsWith("." + p)) {
        return true;
      }
    }
    return false;
  }

  List<FieldRule> rules(String field) {
    return fields.getOrDefault(field, List.of());
  }

  /** Loads a profile file; errors name the file. */
  public static SiteProfile load(Path file) throws IOException {
    return fromYaml(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Loads a profile shipped under {@code crawl/profiles/<name>.yaml} on the classpath, e.g. "amazon". */
  public static SiteProfile builtIn(String name) {
    String resource = "crawl/profiles/" + name + ".yaml";
    try (InputStream in = SiteProfile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No built-in site profile '" + name + "' (" + resource + ")");
      }
      return fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read built-in profile " + resource, e);
    }
  }

  /** Parses profile YAML; {@code source} names the file in error messages. */
  public static SiteProfile fromYaml(String yaml, String source) {
    Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    if (!(loaded instanceof Map<?, ?> root)) {
      throw new IllegalArgumentException("Site profile " + source + ": expected a YAML mapping, got " + loaded);
    }
    try {
      for (Object key : root.keySet()) {
        if (!Set.of("name", "hosts", "fields", "product_links", "removal").contains(String.valueOf(key))) {
          throw new IllegalArgumentException("unknown key '" + key + "'");
        }
      }
      String name = root.containsKey("name") ? String.valueOf(root.get("name")) : source;
      Map<String, List<FieldRule>> fields = new LinkedHashMap<>();
      Object f = root.get("fields");
      if (f != null) {
        if (!(f instanceof Map<?, ?> fm)) {
          throw new IllegalArgumentException("'fields' must be a mapping, got " + f);
        }
        for (Map.Entry<?, ?> e : fm.entrySet()) {
          List<FieldRule> rules = new ArrayList<>();
          for (Object r : asList(e.getValue(), "fields." + e.getKey())) {
            rules.add(rule(r, "fields." + e.getKey()));
          }
          fields.put(String.valueOf(e.getKey()), rules);
        }
      }
      RemovalRules removal = RemovalRules.DEFAULT;
      Object r = root.get("removal");
      if (r != null) {
        if (!(r instanceof Map<?, ?> rm)) {
          throw new IllegalArgumentException("'removal' must be a mapping, got " + r);
        }
        removal = new RemovalRules(
            strings(rm.containsKey("phrases") ? rm.get("phrases") : RemovalRules.DEFAULT.phrases(), "removal.phrases"),
            strings(rm.get("selectors"), "removal.selectors"));
      }
      return new SiteProfile(name, strings(root.get("hosts"), "hosts"), fields,
          strings(root.get("product_links"), "product_links"), removal);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Site profile " + source + ": " + e.getMessage(), e);
    }
  }

  private static FieldRule rule(Object r, String where) {
    if (r instanceof String s) {
      return FieldRule.of(s);
    }
    if (r instanceof Map<?, ?> m) {
      Object selector = m.get("selector");
      if (selector == null) {
        throw new IllegalArgumentException(where + ": rule without 'selector': " + m);
      }
      Object pattern = m.get("pattern");
      try {
        return new FieldRule(String.valueOf(selector), m.get("attr") == null ? null : String.valueOf(m.get("attr")),
            pattern == null ? null : Pattern.compile(String.valueOf(pattern)));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(where + ": invalid pattern '" + pattern + "': " + e.getDescription(), e);
      }
    }
    throw new IllegalArgumentException(where + ": a rule must be a selector string or a mapping, got " + r);
  }

  private static List<?> asList(Object o, String where) {
    if (o == null) {
      return List.of();
    }
    if (o instanceof List<?> l) {
      return l;
    }
    if (o instanceof String || o instanceof Map) {
      return List.of(o);
    }
    throw new IllegalArgumentException(where + ": expected a list, got " + o);
  }

  private static List<String> strings(Object o, String where) {
    return asList(o, where).stream().map(String::valueOf).toList();
  }
}
