package org.marketsweep.lists;

/** Something wrong in a list file, printed as {@code file:line: message}. */
public record ListProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
