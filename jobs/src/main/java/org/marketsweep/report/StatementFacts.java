package org.marketsweep.report;

import java.time.LocalDateTime;

/**
 * What is known about one removed offer, from its lifecycle row and its first flag: the input
 * of a statement of reasons.
 *
 * @param puid the statement's platform unique id (letters, digits, {@code -}, {@code _})
 * @param category {@code counterfeit}, {@code wildlife}, {@code unsafe} or {@code unknown}
 * @param dsaCategory the first flag's DSA category; null when no rule flagged the offer
 * @param language the offer's language (BCP-47 or {@code und}); null when unknown
 * @param flagAutomated whether the first flag came from automated detection; null without flag
 * @param detectionChannel who reported the offer first: {@code proactive} or a notice source
 * @param removalSource {@code event}, {@code status_removed} or {@code disappeared}
 * @param relistedFrom the removed offer this one relists, or null
 */
public record StatementFacts(String marketplace, String listingId, String puid,
    String category, String dsaCategory, String language, String firstFlagRuleId,
    String firstFlagListName, String firstFlagListVersion, Boolean flagAutomated,
    String detectionChannel, long noticeCount, LocalDateTime firstSeen,
    LocalDateTime detectedAt, LocalDateTime removedAt, String removalSource,
    String removalReason, Double hoursToRemoval, String decision, LocalDateTime decidedAt,
    String relistedFrom) {}
