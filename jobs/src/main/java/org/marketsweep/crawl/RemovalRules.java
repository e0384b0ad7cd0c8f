package org.marketsweep.crawl;

import java.util.List;

/**
 * What marks a listing page as removed besides HTTP 404/410: phrases searched case-insensitively in
 * the page's visible text, and CSS selectors that match only on ended listings. schema.org
 * availability (Discontinued, SoldOut...) is deliberately not a removal signal.
 *
 * @param phrases phrases, matched case-insensitively after whitespace normalisation
 * @param selectors CSS selectors; any match marks the page removed
 */
public record RemovalRules(List<String> phrases, List<String> selectors) {
  /** Defaults used when a profile says nothing. */
  public static final RemovalRules DEFAULT = new RemovalRules(
      List.of(
          "This listing has ended",
          "This listing was ended",
          "listing is no longer available",
          "This item is no longer available",
          "no longer available",
          "This listing has been removed",
          "This listing was removed",
          "Artikel nicht mehr verfügbar",
          "Angebot beendet",
          "Dieses Angebot wurde beendet",
          "Cette annonce est terminée",
          "Annuncio scaduto",
          "Este anuncio ha finalizado"),
      List.of());

  public RemovalRules {
    phrases = List.copyOf(phrases);
    selectors = List.copyOf(selectors);
    selectors.forEach(FieldRule::of);
  }
}
