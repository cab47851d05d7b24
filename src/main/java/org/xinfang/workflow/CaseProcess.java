package org.xinfang.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xinfang.casefile.CaseStatus;

/**
 * A model whose instances work on one case, with its case number as business key. Each module
 * declares its own models as a bean of this type; the process layer reads them without knowing the
 * modules above it: every task of such a model gets the case's briefing ({@link TaskBriefing}), and
 * the statuses a model carries are compared with where its instance waits ({@link CaseProcessAgreement}).
 */
public interface CaseProcess {

  /** The process definition keys of the models. */
  Set<String> keys();

  /**
   * Per user task, the variables its form asks afresh each time the task is created: a decision and
   * the note that justified it would otherwise show last round's answer as already chosen.
   */
  default Map<String, List<String>> freshAnswers() {
    return Map.of();
  }

  /**
   * Per user task with a due date, the name of the limit that date is (答复期限 …), which the task
   * list shows beside it.
   */
  default Map<String, String> limitNames() {
    return Map.of();
  }

  /** The open statuses of a case during which one of these models carries it, and where it then waits. */
  default Map<CaseStatus, Waiting> carries() {
    return Map.of();
  }

  /** What each model says of its tasks, by process key: every key of every model, with its model's answer. */
  static <T> Map<String, T> byKey(List<CaseProcess> processes, Function<CaseProcess, T> answer) {
    return processes.stream()
        .flatMap(process -> process.keys().stream().map(key -> Map.entry(key, answer.apply(process))))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The process an open status belongs to, and the user tasks it may wait in. */
  record Waiting(String processKey, Set<String> tasks) {}
}
