package org.xinfang.supervision;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.organization.Roles;
import org.xinfang.organization.Unit;
import org.xinfang.organization.UnitRepository;
import org.xinfang.security.ProcessReaders;
import org.xinfang.supervision.SupervisionProcess.Variables;
import org.xinfang.workflow.LimitAnswered;
import org.xinfang.workflow.LimitMissed;
import org.xinfang.workflow.LimitReopened;
import org.xinfang.workflow.PetitionProcess;

/**
 * Starts supervision of an overdue case (督办, 《信访工作条例》第三十九条) when a limit passes, and
 * ends it when what it waited for is done. Everything runs in the transaction of the step that
 * causes it: a petition's limits arrive as {@link LimitMissed} and {@link LimitAnswered}, a
 * review's and an instruction's by direct call.
 */
@Component
public class Supervisions {

  private final RuntimeService runtime;
  private final UnitRepository units;
  private final CaseTimeline timeline;
  private final ProcessReaders readers;

  Supervisions(RuntimeService runtime, UnitRepository units, CaseTimeline timeline, ProcessReaders readers) {
    this.runtime = runtime;
    this.units = units;
    this.timeline = timeline;
    this.readers = readers;
  }

  /**
   * What a supervision watches: a legal limit of the petition or a leader's instruction, by a key
   * unique within the case ({@code REPLY}, {@code INSTRUCTION-7}), and who must act on it.
   */
  public record Supervised(String key, String label, String responsibleName, String responsibleGroup,
      String responsibleLeaders) {}

  /**
   * A limit of the petition process passed: supervise whoever must act next. The petition room
   * answers for routing, the unit for the rest.
   */
  @EventListener
  void limitMissed(LimitMissed missed) {
    PetitionCase petitionCase = missed.petitionCase();
    LegalLimit limit = missed.limit();
    if (limit == LegalLimit.ROUTING) {
      start(petitionCase, new Supervised(limit.name(), limit.label(), "信访室", Roles.PETITION_ROOM, Roles.BUREAU_LEADERS));
      return;
    }
    Unit unit = units.findById(petitionCase.getResponsibleUnitCode())
        .orElseThrow(() -> new IllegalStateException("case " + petitionCase.getCaseNumber() + " has no responsible unit"));
    start(petitionCase, new Supervised(limit.name(), limit.label(), unit.getName(), unit.handlersGroup(),
        unit.leadersGroup()));
  }

  /** A petition's limit that had passed is not due after all: its supervision was started in error. */
  @EventListener
  void limitReopened(LimitReopened reopened) {
    withdraw(reopened.petitionCase(), reopened.limit().name(), reopened.limit().label(), reopened.reason());
  }

  /** The step a petition's limit waited for was taken: the supervision of that limit, if any, ends. */
  @EventListener
  void limitAnswered(LimitAnswered answered) {
    caseAnswered(answered.petitionCase(), answered.limit());
  }

  /** Something passed its deadline: supervise it, unless a supervision of it already runs. */
  public void start(PetitionCase petitionCase, Supervised supervised) {
    long running = runtime.createProcessInstanceQuery()
        .processDefinitionKey(SupervisionProcess.KEY)
        .processInstanceBusinessKey(petitionCase.getCaseNumber())
        .variableValueEquals(Variables.LIMIT, supervised.key())
        .count();
    if (running > 0) {
      return;
    }
    String supervisionId = runtime.createProcessInstanceByKey(SupervisionProcess.KEY)
        .businessKey(petitionCase.getCaseNumber())
        .setVariables(Map.of(
            PetitionProcess.Variables.CASE_NUMBER, petitionCase.getCaseNumber(),
            PetitionProcess.Variables.CASE_TITLE, petitionCase.getTitle(),
            Variables.LIMIT, supervised.key(),
            Variables.LIMIT_LABEL, supervised.label(),
            Variables.RESPONSIBLE_NAME, supervised.responsibleName(),
            Variables.RESPONSIBLE_GROUP, supervised.responsibleGroup(),
            Variables.RESPONSIBLE_LEADERS, supervised.responsibleLeaders()))
        .execute()
        .getId();
    readers.grant(supervisionId, supervised.responsibleGroup(), supervised.responsibleLeaders());
    timeline.record(petitionCase, EventType.SUPERVISION_STARTED, supervised.label()
        + "已届满，启动超期督办，督办对象：" + supervised.responsibleName() + "（《信访工作条例》第三十九条）");
  }

  /** The step the limit waited for was taken: the supervision of that limit, if any, ends. */
  public void caseAnswered(PetitionCase petitionCase, LegalLimit limit) {
    done(petitionCase, limit.name());
  }

  /**
   * What was supervised turns out not to have been late ({@code reason}): its supervision, if any,
   * was started in error and is closed as such, whatever rung it had reached; its open tasks go.
   */
  public void withdraw(PetitionCase petitionCase, String supervisedKey, String label, String reason) {
    for (ProcessInstance supervision : runtime.createProcessInstanceQuery()
        .processDefinitionKey(SupervisionProcess.KEY)
        .processInstanceBusinessKey(petitionCase.getCaseNumber())
        .variableValueEquals(Variables.LIMIT, supervisedKey)
        .listPage(0, 1)) {
      runtime.deleteProcessInstance(supervision.getId(), WITHDRAWN + label + "重新计算后尚未届满（" + reason + "）");
      timeline.record(petitionCase, EventType.SUPERVISION_WITHDRAWN, label + "因" + reason
          + "重新计算后尚未届满，超期督办系误启动，予以撤销（《信访工作条例》第三十九条）");
    }
  }

  /** The deletion reason of a supervision started in error, as Cockpit shows it. */
  static final String WITHDRAWN = "督办误启动，已撤销：";

  /** What was supervised has been done: its supervision, if any, ends. */
  public void done(PetitionCase petitionCase, String supervisedKey) {
    runtime.createMessageCorrelation(SupervisionProcess.CASE_ANSWERED)
        .processInstanceBusinessKey(petitionCase.getCaseNumber())
        .processInstanceVariableEquals(Variables.LIMIT, supervisedKey)
        .correlateAll();
  }

}
