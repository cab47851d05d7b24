package org.xinfang.workflow;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.ReplyOutcome;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.notification.PetitionerNotices;
import org.xinfang.notification.PetitionerNotices.Letter;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.workflow.PetitionProcess.Elements;

/**
 * Gives a task that issues a notice the letter as it will go out, for its form to preview: the
 * opening and the closing the system writes, as task-local variables, between which the form puts
 * what the handler types. The letter is the very one the step issues, written by the notice's own
 * class, with placeholders for what is not known until the step: the day, the handler's choices,
 * and the query code, which is the petitioner's alone.
 */
@Component
public class NoticePreviews {

  public static final String NOTICE_TITLE = "noticeTitle";
  public static final String NOTICE_OPENING = "noticeOpening";
  public static final String NOTICE_CLOSING = "noticeClosing";

  /** The labels of the choices a form puts in for a placeholder, by the value the form submits. */
  public static final String NOTICE_LABELS = "noticeLabels";

  /** The routing form's letters, one per decision, by the decision's name. */
  static final String ROUTING_NOTICES = "routingNotices";

  private final DueDateCalculator calculator;
  private final UnitDirectory units;

  NoticePreviews(DueDateCalculator calculator, UnitDirectory units) {
    this.calculator = calculator;
    this.units = units;
  }

  /** The notice the petition's task issues, or (the handling) the reply it drafts. */
  void brief(DelegateTask task, PetitionCase petitionCase) {
    Supplier<String> unitName = () -> units.unit(petitionCase.getResponsibleUnitCode()).getName();
    switch (task.getTaskDefinitionKey()) {
      case Elements.DECIDE_ROUTING -> task.setVariableLocal(ROUTING_NOTICES, SpinValues.jsonValue(Spin.JSON(
          PetitionerNotices.routingPreviews(petitionCase).entrySet().stream().collect(Collectors.toMap(
              entry -> entry.getKey().name(), entry -> letterFields(entry.getValue()))))).create());
      case Elements.ACCEPT_ITEM -> show(task, PetitionerNotices.acceptancePreview(petitionCase, unitName.get()));
      case Elements.HANDLE_CASE, Elements.APPROVE_REPLY -> {
        show(task, PetitionerNotices.replyPreview(petitionCase, unitName.get()));
        labels(task, Arrays.stream(ReplyOutcome.values()).collect(labelled(ReplyOutcome::name, ReplyOutcome::label)));
      }
      case Elements.APPROVE_EXTENSION -> show(task, PetitionerNotices.extensionPreview(petitionCase, unitName.get(),
          calculator.extend(petitionCase.getReplyDueAt(), petitionCase.getExtensionRequestedDays())));
      default -> { }
    }
  }

  /** Shows {@code letter} on the task's form, around the field the handler writes. */
  public static void show(DelegateTask task, Letter letter) {
    task.setVariableLocal(NOTICE_TITLE, letter.title());
    task.setVariableLocal(NOTICE_OPENING, letter.opening());
    task.setVariableLocal(NOTICE_CLOSING, letter.closing());
  }

  /** The labels the form shows in the preview for the values of a choice it offers. */
  public static void labels(DelegateTask task, Map<String, String> labels) {
    task.setVariableLocal(NOTICE_LABELS, SpinValues.jsonValue(Spin.JSON(labels)).create());
  }

  /** Collects choices into their labels by value, in their order. */
  public static <T> Collector<T, ?, Map<String, String>> labelled(Function<T, String> value,
      Function<T, String> label) {
    return Collectors.toMap(value, label, (a, b) -> a, LinkedHashMap::new);
  }

  private static Map<String, String> letterFields(Letter letter) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", letter.title());
    fields.put("part", letter.part() == null ? "" : letter.part());
    fields.put("opening", letter.opening());
    fields.put("closing", letter.closing());
    return fields;
  }
}
