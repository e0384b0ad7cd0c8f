package org.marketsweep.io;

/** A field value that breaks the listing contract; the message names the field and value. */
public final class InvalidFieldException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
