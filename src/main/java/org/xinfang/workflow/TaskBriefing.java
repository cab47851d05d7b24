package org.xinfang.workflow;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseEvent;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.Petitioner;
import org.xinfang.deadline.ChinaTime;

/**
 * Gives every new task of a petition what its form shows the handler: the case's facts and the
 * decisions taken so far, read from the case record as task-local variables. The process itself
 * keeps only the case id and the facts its gateways need.
 */
@Component
class TaskBriefing {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE);
  private static final java.util.Set<EventType> DECISIONS = java.util.EnumSet.of(
      EventType.ROUTING_DECIDED, EventType.UNIT_OBJECTED, EventType.UNIT_ACCEPTED,
      EventType.EXTENSION_REQUESTED, EventType.EXTENSION_GRANTED, EventType.EXTENSION_REFUSED,
      EventType.REPLY_DRAFTED, EventType.REPLY_RETURNED, EventType.REPLY_APPROVED,
      EventType.REPORT_RETURNED, EventType.LIMIT_EXPIRED);

  private final CaseFiles caseFiles;
  private final CaseTimeline timeline;

  TaskBriefing(CaseFiles caseFiles, CaseTimeline timeline) {
    this.caseFiles = caseFiles;
    this.timeline = timeline;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  public void brief(DelegateTask task) {
    if (!PetitionProcess.KEY.equals(processKey(task))) {
      return;
    }
    PetitionCase petitionCase = caseFiles.of(task);
    task.setVariableLocal("caseContent", petitionCase.getContent());
    task.setVariableLocal("caseClassLabel", petitionCase.getCaseClass().label());
    task.setVariableLocal("channelLabel", petitionCase.getChannel().label());
    task.setVariableLocal("subjectLabel", petitionCase.getSubjectCategory().label());
    task.setVariableLocal("registeredOn", TIME.format(petitionCase.getRegisteredAt()));
    task.setVariableLocal("petitionerNames", petitionCase.getPetitioners().stream()
        .map(Petitioner::getName).collect(Collectors.joining("、"))
        + (petitionCase.getPersonCount() > 1 ? "（共" + petitionCase.getPersonCount() + "人）" : ""));
    task.setVariableLocal("dueOn", task.getDueDate() == null ? "" : TIME.format(task.getDueDate().toInstant()));
    task.setVariableLocal("caseHistory", timeline.of(petitionCase).stream()
        .filter(event -> DECISIONS.contains(event.getType()))
        .map(TaskBriefing::line)
        .collect(Collectors.joining("\n")));
  }

  private static String line(CaseEvent event) {
    return TIME.format(event.getOccurredAt()) + " " + event.getType().label() + "：" + event.getDescription();
  }

  private static String processKey(DelegateTask task) {
    String definitionId = task.getProcessDefinitionId();
    return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
  }

}
