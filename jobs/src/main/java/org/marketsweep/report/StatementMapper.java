package org.marketsweep.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marketsweep.lists.Category;

/**
 * Turns the facts of a removed offer into a statement of reasons of the EU DSA Transparency
 * Database. The mapping (also in the README):
 *
 * <ul>
 *   <li>{@code source_type} from who reported the offer first: own detection
 *       ({@code proactive}) is {@code SOURCE_VOLUNTARY}, a trusted flagger
 *       {@code SOURCE_TRUSTED_FLAGGER}, a user's notice {@code SOURCE_ARTICLE_16}, an
 *       authority's {@code SOURCE_TYPE_OTHER_NOTIFICATION} (orders and requests of
 *       authorities are not Article 16 notices);
 *   <li>{@code category} is the first flag's DSA category (the pre-2025 name
 *       {@code STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS} becomes
 *       {@code STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS}); without a flag, the default
 *       category of the offer's kind; without a kind,
 *       {@code STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE} (notified) or
 *       {@code STATEMENT_CATEGORY_OTHER_VIOLATION_TC};
 *   <li>an offer of a known kind (counterfeit, wildlife, unsafe) is removed as illegal content
 *       on that kind's legal ground; otherwise as incompatible with the terms and conditions;
 *   <li>{@code automated_detection} is {@code Yes} when the offer was found by an automated
 *       flag (or the automated relisting search) before any notice.
 * </ul>
 */
public final class StatementMapper {
  /** What the data cannot tell: the territorial scope and how removals are decided. */
  public record Settings(List<String> territorialScope, AutomatedDecision automatedDecision) {
    public static final Settings DEFAULTS = new Settings(List.of(),
        AutomatedDecision.NOT_AUTOMATED);

    public Settings {
      territorialScope = List.copyOf(territorialScope);
    }
  }

  public static final Map<String, String> SOURCE_TYPES = Map.of(
      "proactive", "SOURCE_VOLUNTARY",
      "trusted_flagger", "SOURCE_TRUSTED_FLAGGER",
      "user", "SOURCE_ARTICLE_16",
      "authority", "SOURCE_TYPE_OTHER_NOTIFICATION");
  static final String OLD_UNSAFE = "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS";
  static final Map<Category, String> LEGAL_GROUNDS = Map.of(
      Category.COUNTERFEIT, "Trade mark infringement: Regulation (EU) 2017/1001 on the"
          + " European Union trade mark (Article 9) and the national trade mark laws",
      Category.WILDLIFE, "Trade in protected species: Council Regulation (EC) No 338/97 on the"
          + " protection of species of wild fauna and flora by regulating trade therein"
          + " (CITES) and the national wildlife laws",
      Category.UNSAFE, "Unsafe or prohibited product: Regulation (EU) 2023/988 on general"
          + " product safety and the EU and national rules on the product concerned");
  static final Map<Category, String> KEYWORDS = Map.of(
      Category.COUNTERFEIT, "KEYWORD_TRADEMARK_INFRINGEMENT",
      Category.WILDLIFE, "KEYWORD_UNLAWFUL_SALE_ANIMALS",
      Category.UNSAFE, "KEYWORD_UNSAFE_PRODUCTS");
  private static final Map<Category, String> KINDS = Map.of(
      Category.COUNTERFEIT, "counterfeit goods (trade mark infringement)",
      Category.WILDLIFE, "illegal trade in protected wildlife",
      Category.UNSAFE, "an unsafe or prohibited product");
  static final String TERMS_GROUND = "The marketplace's terms and conditions on prohibited"
      + " and restricted items";
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private final Settings settings;

  public StatementMapper(Settings settings) {
    this.settings = settings;
  }

  public StatementOfReasons map(StatementFacts f) {
    Category kind = Category.parse(f.category());
    String category = category(f, kind);
    boolean illegal = kind != null;
    LocalDateTime posted = earliest(f.firstSeen(), f.detectedAt());
    return new StatementOfReasons(List.of("DECISION_VISIBILITY_CONTENT_REMOVED"),
        illegal ? "DECISION_GROUND_ILLEGAL_CONTENT" : "DECISION_GROUND_INCOMPATIBLE_CONTENT",
        illegal ? LEGAL_GROUNDS.get(kind) : null,
        illegal ? explanation(f, kind) : null,
        illegal ? null : TERMS_GROUND,
        illegal ? null : explanation(f, null),
        List.of("CONTENT_TYPE_PRODUCT"), category,
        kind != null && category.equals(kind.defaultDsaCategory())
            ? List.of(KEYWORDS.get(kind)) : null,
        settings.territorialScope(), language(f.language()),
        posted == null ? null : posted.toLocalDate().toString(),
        f.removedAt().toLocalDate().toString(), facts(f),
        SOURCE_TYPES.getOrDefault(f.detectionChannel(), "SOURCE_TYPE_OTHER_NOTIFICATION"),
        automatedDetection(f) ? "Yes" : "No", settings.automatedDecision().api(), f.puid());
  }

  private static String category(StatementFacts f, Category kind) {
    if (f.dsaCategory() != null) {
      return f.dsaCategory().equals(OLD_UNSAFE)
          ? Category.UNSAFE.defaultDsaCategory() : f.dsaCategory();
    }
    if (kind != null) {
      return kind.defaultDsaCategory();
    }
    return f.noticeCount() > 0 ? "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE"
        : "STATEMENT_CATEGORY_OTHER_VIOLATION_TC";
  }

  private static boolean automatedDetection(StatementFacts f) {
    if (!"proactive".equals(f.detectionChannel())) {
      return false;
    }
    return f.firstFlagRuleId() != null ? Boolean.TRUE.equals(f.flagAutomated())
        : f.relistedFrom() != null && f.noticeCount() == 0;
  }

  /** Why the offer is illegal ({@code kind} known) or against the terms: at most 2,000. */
  private static String explanation(StatementFacts f, Category kind) {
    StringBuilder s = new StringBuilder();
    String what = kind == null ? "a prohibited or restricted item" : KINDS.get(kind);
    if (f.firstFlagRuleId() != null) {
      s.append("The offer matched the keyword rule ").append(f.firstFlagRuleId());
      if (f.firstFlagListName() != null) {
        s.append(" (list ").append(f.firstFlagListName()).append(' ')
            .append(f.firstFlagListVersion()).append(')');
      }
      s.append(" for ").append(what).append('.');
    } else if (f.relistedFrom() != null && f.noticeCount() == 0) {
      s.append("The offer relists offer ").append(f.relistedFrom())
          .append(", removed earlier as ").append(what).append('.');
    } else {
      s.append("The offer was reported as ").append(what).append(" in ")
          .append(channel(f)).append('.');
    }
    if ("confirmed".equals(f.decision())) {
      s.append(" A reviewer confirmed it.");
    }
    return cut(s.toString(), 2000);
  }

  /** The facts and circumstances: at most 5,000 characters, no seller or title. */
  private static String facts(StatementFacts f) {
    StringBuilder s = new StringBuilder("Offer ").append(f.listingId()).append(" on ")
        .append(f.marketplace()).append(" was first reported on ").append(time(f.detectedAt()))
        .append(" UTC by ").append(channel(f)).append('.');
    if (f.noticeCount() > 0) {
      s.append(' ').append(f.noticeCount()).append(f.noticeCount() == 1 ? " notice" : " notices")
          .append(" received.");
    }
    s.append(" Removed on ").append(time(f.removedAt())).append(" UTC (").append(removal(f))
        .append(')');
    if (f.hoursToRemoval() != null) {
      s.append(String.format(Locale.ROOT, ", %.1f hours after the first report",
          f.hoursToRemoval()));
    }
    s.append('.');
    if (f.decision() != null) {
      s.append(" Reviewer decision: ").append(f.decision().replace('_', ' '));
      s.append(f.decidedAt() == null ? "." : " on " + time(f.decidedAt()) + " UTC.");
    }
    if (f.relistedFrom() != null) {
      s.append(" Relisting of the removed offer ").append(f.relistedFrom()).append('.');
    }
    return cut(s.toString(), 5000);
  }

  private static String channel(StatementFacts f) {
    return switch (f.detectionChannel() == null ? "" : f.detectionChannel()) {
      case "proactive" -> f.firstFlagRuleId() != null
          ? "the platform's automated keyword detection (rule " + f.firstFlagRuleId() + ")"
          : f.relistedFrom() != null ? "the platform's automated relisting detection"
          : "the platform's own detection";
      case "trusted_flagger" -> "a trusted flagger's notice";
      case "authority" -> "a notice from an authority";
      case "user" -> "a user's notice";
      default -> "a notice";
    };
  }

  private static String removal(StatementFacts f) {
    return switch (f.removalSource() == null ? "" : f.removalSource()) {
      case "event" -> "removal recorded by the platform" + (f.removalReason() == null ? ""
          : ": " + cut(f.removalReason(), 200));
      case "status_removed" -> "the listing was marked removed";
      default -> "the listing was no longer online";
    };
  }

  /** The ISO 639-1 code in capitals ({@code EN}), or null for {@code und} or unknown. */
  static String language(String tag) {
    if (tag == null) {
      return null;
    }
    String primary = tag.strip().split("[-_]", 2)[0];
    return primary.matches("[A-Za-z]{2}") ? primary.toUpperCase(Locale.ROOT) : null;
  }

  private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.isBefore(b) ? a : b;
  }

  private static String time(LocalDateTime t) {
    return t == null ? "an unknown time" : MINUTES.format(t);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }
}
