package org.marketsweep.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marketsweep.match.ListingText;

/**
 * Conditions a rule puts on a listing's fields besides its text; all must hold. A price
 * condition is not met by a listing without a price.
 */
public record Conditions(
    BigDecimal priceBelow,
    BigDecimal priceAtLeast,
    Set<String> currencies,
    List<String> marketplaceCategories,
    List<String> notMarketplaceCategories,
    Set<String> marketplaces) implements java.io.Serializable {

  public static final Conditions NONE = new Conditions(null, null, Set.of(), List.of(), List.of(),
      Set.of());

  public Conditions {
    currencies = Set.copyOf(currencies);
    marketplaceCategories = List.copyOf(marketplaceCategories);
    notMarketplaceCategories = List.copyOf(notMarketplaceCategories);
    marketplaces = Set.copyOf(marketplaces);
  }

  public boolean test(ListingText listing) {
    return priceHolds(listing)
        && (currencies.isEmpty() || currencies.contains(upper(listing.currency())))
        && (marketplaceCategories.isEmpty() || categoryContainsAny(listing, marketplaceCategories))
        && !categoryContainsAny(listing, notMarketplaceCategories)
        && (marketplaces.isEmpty() || marketplaces.contains(listing.marketplace()));
  }

  private boolean priceHolds(ListingText listing) {
    if (priceBelow == null && priceAtLeast == null) {
      return true;
    }
    BigDecimal price = listing.price();
    return price != null
        && (priceBelow == null || price.compareTo(priceBelow) < 0)
        && (priceAtLeast == null || price.compareTo(priceAtLeast) >= 0);
  }

  private static boolean categoryContainsAny(ListingText listing, List<String> needles) {
    if (listing.category() == null) {
      return false;
    }
    String category = listing.category().toLowerCase(Locale.ROOT);
    return needles.stream().anyMatch(n -> category.contains(n.toLowerCase(Locale.ROOT)));
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }
}
