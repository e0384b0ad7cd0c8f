package org.marketsweep.jobs;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms of seller ids: HMAC-SHA256 of the id's UTF-8 bytes, the first 16 bytes as
 * 32 lower-case hex digits. The same key gives the same pseudonym in every sweep, so sellers
 * can be followed across sweeps without their ids leaving the warehouse.
 */
public final class SellerPseudonyms implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String ALGORITHM = "HmacSHA256";
  private final byte[] key;

  public SellerPseudonyms(byte[] key) {
    if (key == null || key.length == 0) {
      throw new IllegalArgumentException("The pseudonymisation key is empty");
    }
    this.key = key.clone();
  }

  /** The pseudonym of {@code sellerId}; null stays null. */
  public String apply(String sellerId) {
    if (sellerId == null) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      byte[] digest = mac.doFinal(sellerId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(Arrays.copyOf(digest, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
