package org.xinfang.workflow;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseEvent;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.EngineClock;
import org.xinfang.matching.RepeatPetitions;
import org.xinfang.notification.PetitionerNotices;
import org.xinfang.notification.PetitionerNotices.Letter;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.workflow.PetitionProcess.Elements;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * Gives every new task of a model working on a case ({@link CaseProcess}: the petition, its
 * supervision, a leader's instruction, its review) what its form shows the handler: the case's facts and the
 * decisions taken so far, read from the case record as task-local variables. The process itself
 * keeps only the case id and the facts its gateways need. The routing task also gets the active
 * units to choose the responsible unit from, as JSON that Tasklist hands its form as select options.
 *
 * <p>Tasklist fills a form from every variable of the same name, so a task met again after a loop
 * (an objection, a returned reply or report, a refused extension) would show the last round's
 * answer as if already chosen. Each task asks its question afresh: its decision and the note that
 * justified it are cleared when the task is created. Drafts reworked across rounds (the reply, the
 * completion report, the extension request) stay, and the earlier decisions remain on the case's
 * timeline, which the forms show as the history.
 */
@Component
class TaskBriefing {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE);
  private static final Set<EventType> DECISIONS = EnumSet.of(
      EventType.ROUTING_DECIDED, EventType.UNIT_OBJECTED, EventType.UNIT_ACCEPTED,
      EventType.EXTENSION_REQUESTED, EventType.EXTENSION_GRANTED, EventType.EXTENSION_REFUSED,
      EventType.REPLY_DRAFTED, EventType.REPLY_RETURNED, EventType.REPLY_APPROVED,
      EventType.REPORT_RETURNED, EventType.LIMIT_EXPIRED,
      EventType.SUPERVISION_NOTICE, EventType.SUPERVISION_ESCALATED, EventType.SUPERVISION_INSTRUCTED,
      EventType.SUPERVISION_FEEDBACK,
      EventType.REVIEW_REQUESTED, EventType.RE_REVIEW_REQUESTED, EventType.HEARING_DECIDED, EventType.HEARING_HELD,
      EventType.REVIEW_ANSWERED, EventType.RE_REVIEW_ANSWERED,
      EventType.INSTRUCTION_RECORDED, EventType.INSTRUCTION_REPORTED, EventType.INSTRUCTION_RETURNED,
      EventType.INSTRUCTION_COMPLETED, EventType.INSTRUCTION_OVERDUE);

  /**
   * What a task's form shows of an accusation instead of the accuser and the material: task
   * variables reach everyone who reads the task, its process or its history (Cockpit included).
   */
  static final String ACCUSER_WITHHELD = "（检举人身份保密）";
  static final String ACCUSATION_WITHHELD = "检举控告事项，检举人身份和检举材料依照《信访工作条例》第三十条第三款保密，不在待办中显示；"
      + "登记人和纪检监察对接人员可在事项详情中查阅。";

  /** The task-local variable the routing form's unit select reads its options from. */
  static final String UNIT_OPTIONS = "unitOptions";

  /** The task-local variable that tells the routing form which earlier case a repeat petition repeats. */
  static final String REPEAT_NOTICE = "repeatNotice";

  /**
   * The task-local variables of a notice the task issues, around the handler's part: the form shows
   * the whole letter before it goes out.
   */
  static final String NOTICE_TITLE = "noticeTitle";
  static final String NOTICE_OPENING = "noticeOpening";
  static final String NOTICE_CLOSING = "noticeClosing";

  private final CaseFiles caseFiles;
  private final CaseTimeline timeline;
  private final UnitDirectory units;
  private final TaskUrgency urgency;
  private final TaskListing listing;
  /** Per process key of a model working on a case, its tasks' answers asked afresh. */
  private final Map<String, Map<String, List<String>>> freshAnswers;

  TaskBriefing(CaseFiles caseFiles, CaseTimeline timeline, UnitDirectory units, TaskUrgency urgency,
      TaskListing listing, List<CaseProcess> caseProcesses) {
    this.listing = listing;
    this.urgency = urgency;
    this.caseFiles = caseFiles;
    this.timeline = timeline;
    this.units = units;
    this.freshAnswers = CaseProcess.byKey(caseProcesses, CaseProcess::freshAnswers);
  }

  @EventListener(condition = "#task.eventName == 'create'")
  public void brief(DelegateTask task) {
    Map<String, List<String>> answers = freshAnswers.get(processKey(task));
    if (answers == null) {
      return;
    }
    urgency.created(task);
    PetitionCase petitionCase = caseFiles.of(task);
    listing.list(task, petitionCase);
    boolean withheld = petitionCase.getCaseClass().protectsAccuser();
    task.setVariableLocal("caseContent", longText(withheld ? ACCUSATION_WITHHELD : petitionCase.getContent()));
    task.setVariableLocal("caseClassLabel", petitionCase.getCaseClass().label());
    task.setVariableLocal("channelLabel", petitionCase.getChannel().label());
    task.setVariableLocal("subjectLabel", petitionCase.getSubjectCategory().label());
    task.setVariableLocal("registeredOn", TIME.format(petitionCase.getRegisteredAt()));
    task.setVariableLocal("petitionerNames", withheld ? ACCUSER_WITHHELD : petitionCase.getPetitioners().stream()
        .map(Petitioner::getName).collect(Collectors.joining("、"))
        + (petitionCase.getPersonCount() > 1 ? "（共" + petitionCase.getPersonCount() + "人）" : ""));
    task.setVariableLocal("dueOn", task.getDueDate() == null ? "" : TIME.format(task.getDueDate().toInstant()));
    task.setVariableLocal("caseHistory", longText(timeline.of(petitionCase).stream()
        .filter(event -> DECISIONS.contains(event.getType()))
        .map(TaskBriefing::line)
        .collect(Collectors.joining("\n"))));
    if (Elements.DECIDE_ROUTING.equals(task.getTaskDefinitionKey())) {
      task.setVariableLocal(UNIT_OPTIONS, unitOptions());
    }
    if (Elements.ACCEPT_ITEM.equals(task.getTaskDefinitionKey())) {
      briefOnAcceptance(task, petitionCase);
    }
    answers.getOrDefault(task.getTaskDefinitionKey(), List.of()).forEach(task::removeVariable);
    if (Elements.DECIDE_ROUTING.equals(task.getTaskDefinitionKey())) {
      briefOnRepeat(task, petitionCase);
    }
  }

  /**
   * The unit's acceptance: the answers its form offers ({@link ObjectionChoice}), and the acceptance
   * notice as the petitioner will read it, which the form completes with what the handler writes.
   */
  private void briefOnAcceptance(DelegateTask task, PetitionCase petitionCase) {
    Instant objectionDue = petitionCase.getObjectionDueAt();
    ObjectionChoice.offer(task, petitionCase.objectionWindowOpen(EngineClock.now()),
        objectionDue == null ? null : TIME.format(objectionDue));
    Letter notice = PetitionerNotices.acceptancePreview(petitionCase,
        units.unit(petitionCase.getResponsibleUnitCode()).getName());
    task.setVariableLocal(NOTICE_TITLE, notice.title());
    task.setVariableLocal(NOTICE_OPENING, notice.opening());
    task.setVariableLocal(NOTICE_CLOSING, notice.closing());
  }

  /**
   * A repeat petition: the petition room reads which case it repeats and in what state. After a
   * concluded re-review, 不再受理 is the decision the form proposes (Art. 36 ¶3); the handler may
   * still choose another where the petitioner brings new facts.
   */
  private static void briefOnRepeat(DelegateTask task, PetitionCase petitionCase) {
    RepeatPetitions.routingNotice(petitionCase).ifPresent(notice -> task.setVariableLocal(REPEAT_NOTICE, notice));
    if (RepeatPetitions.mayNotAcceptAgain(petitionCase)) {
      task.setVariable(Variables.ROUTING_DECISION, RoutingDecision.NOT_ACCEPT_AGAIN.name());
    }
  }

  /**
   * Text of any length for a form: the engine keeps a string variable in 4,000 characters, while
   * the content of a petition may run to 20,000 and a case's history grows with every step. A JSON
   * string has no such bound, and Tasklist hands it to the form as the text itself.
   */
  static JsonValue longText(String text) {
    return SpinValues.jsonValue(Spin.JSON(TextNode.valueOf(text == null ? "" : text).toString())).create();
  }

  private JsonValue unitOptions() {
    List<Map<String, String>> options = units.activeUnits().stream()
        .map(unit -> Map.of("value", unit.getCode(), "label", unit.getName()))
        .toList();
    return SpinValues.jsonValue(Spin.JSON(options)).create();
  }

  private static String line(CaseEvent event) {
    return TIME.format(event.getOccurredAt()) + " " + event.getType().label() + "：" + event.getDescription();
  }

  static String processKey(DelegateTask task) {
    String definitionId = task.getProcessDefinitionId();
    return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
  }
}
