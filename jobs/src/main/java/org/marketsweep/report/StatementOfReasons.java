package org.marketsweep.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement of reasons with the attributes of the EU DSA Transparency Database API
 * ({@code POST /api/v1/statement}), in the API's names once written as JSON (snake_case).
 * Optional attributes that do not apply are null and left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementOfReasons(
    List<String> decisionVisibility,
    String decisionGround,
    String illegalContentLegalGround,
    String illegalContentExplanation,
    String incompatibleContentGround,
    String incompatibleContentExplanation,
    List<String> contentType,
    String category,
    List<String> categorySpecification,
    List<String> territorialScope,
    String contentLanguage,
    String contentDate,
    String applicationDate,
    String decisionFacts,
    String sourceType,
    String automatedDetection,
    String automatedDecision,
    String puid) {

  /** The API's attribute names, in the order of the record (and of the CSV columns). */
  public static final List<String> ATTRIBUTES = List.of("decision_visibility",
      "decision_ground", "illegal_content_legal_ground", "illegal_content_explanation",
      "incompatible_content_ground", "incompatible_content_explanation", "content_type",
      "category", "category_specification", "territorial_scope", "content_language",
      "content_date", "application_date", "decision_facts", "source_type",
      "automated_detection", "automated_decision", "puid");

  /** The values in the order of {@link #ATTRIBUTES}; lists stay lists, absent ones null. */
  public List<Object> values() {
    List<Object> v = new ArrayList<>(ATTRIBUTES.size());
    v.add(decisionVisibility);
    v.add(decisionGround);
    v.add(illegalContentLegalGround);
    v.add(illegalContentExplanation);
    v.add(incompatibleContentGround);
    v.add(incompatibleContentExplanation);
    v.add(contentType);
    v.add(category);
    v.add(categorySpecification);
    v.add(territorialScope);
    v.add(contentLanguage);
    v.add(contentDate);
    v.add(applicationDate);
    v.add(decisionFacts);
    v.add(sourceType);
    v.add(automatedDetection);
    v.add(automatedDecision);
    v.add(puid);
    return v;
  }
}
