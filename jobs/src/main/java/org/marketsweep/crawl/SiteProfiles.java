package org.marketsweep.crawl;

import java.util.ArrayList;
import java.util.List;

/**
 * The site profiles of a crawl, searched in order: explicitly given profiles first, then the
 * built-in ones ({@link #BUILT_IN}). Immutable.
 */
public final class SiteProfiles {
  /** Names of the profiles shipped under {@code crawl/profiles/} on the classpath. */
  public static final List<String> BUILT_IN = List.of("amazon");

  private final List<SiteProfile> profiles;

  private SiteProfiles(List<SiteProfile> profiles) {
    this.profiles = List.copyOf(profiles);
  }

  /** No profiles at all. */
  public static SiteProfiles none() {
    return new SiteProfiles(List.of());
  }

  /** The built-in profiles. */
  public static SiteProfiles builtIn() {
    List<SiteProfile> list = new ArrayList<>();
    for (String name : BUILT_IN) {
      list.add(SiteProfile.builtIn(name));
    }
    return new SiteProfiles(list);
  }

  /** A copy with {@code profile} searched before the existing ones. */
  public SiteProfiles withFirst(SiteProfile profile) {
    List<SiteProfile> list = new ArrayList<>();
    list.add(profile);
    list.addAll(profiles);
    return new SiteProfiles(list);
  }

  /** The first profile applying to {@code host}, or {@code null}. */
  public SiteProfile forHost(String host) {
    for (SiteProfile p : profiles) {
      if (p.appliesTo(host)) {
        return p;
      }
    }
    return null;
  }

  public List<SiteProfile> all() {
    return profiles;
  }
}
