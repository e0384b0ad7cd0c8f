package org.marketsweep.report;

/**
 * How the platform took its removal decisions, as the statement of reasons' {@code
 * automated_decision} says it. marketsweep only flags offers; the removal is the platform's
 * decision, so the default is {@link #NOT_AUTOMATED}.
 */
public enum AutomatedDecision {
  FULLY, PARTIALLY, NOT_AUTOMATED;

  /** The API value, e.g. {@code AUTOMATED_DECISION_NOT_AUTOMATED}. */
  public String api() {
    return "AUTOMATED_DECISION_" + name();
  }
}
