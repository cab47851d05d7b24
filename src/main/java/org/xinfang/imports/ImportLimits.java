package org.xinfang.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.duedate.ModelLimits;

/**
 * The limits an imported case is measured by: their lengths as the deployed models set them for new
 * cases, read once per file, and the calculator the timers count with.
 */
@Component
class ImportLimits {

  private static final List<LegalLimit> USED = List.of(LegalLimit.ROUTING, LegalLimit.ACCEPTANCE,
      LegalLimit.OBJECTION, LegalLimit.REPLY, LegalLimit.REVIEW_REQUEST, LegalLimit.REVIEW);

  private final ModelLimits models;
  private final DueDateCalculator calculator;

  ImportLimits(ModelLimits models, DueDateCalculator calculator) {
    this.models = models;
    this.calculator = calculator;
  }

  Map<LegalLimit, ModelLimits.Length> lengths() {
    Map<LegalLimit, ModelLimits.Length> lengths = new EnumMap<>(LegalLimit.class);
    USED.forEach(limit -> lengths.put(limit, models.of(limit)));
    return lengths;
  }

  DueDateCalculator calculator() {
    return calculator;
  }
}
