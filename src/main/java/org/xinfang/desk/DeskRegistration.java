package org.xinfang.desk;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.Actors;
import org.xinfang.casefile.RegistrationRequest;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.matching.MatchCandidate;
import org.xinfang.matching.RepeatMatching;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.workflow.CaseRegistration;
import org.xinfang.workflow.TaskListing;

/**
 * The steps of registration at the desk (model {@code processes/register-petition.bpmn}): the form
 * is checked by the rules of {@code POST /api/cases} and compared with the earlier cases before
 * anything is written; the registrar then links the petition to one of them or confirms it is new,
 * and the case is registered exactly as the API registers it. Any refusal rolls the whole step back.
 */
@Component("deskRegistration")
public class DeskRegistration implements JavaDelegate {

  static final String PROCESS_KEY = "RegisterPetition";

  /** Variables the confirmation form shows: what the comparison found, and the choices it offers. */
  static final String MATCHES = "matchSummary";
  static final String REPEAT_OPTIONS = "repeatOptions";
  static final String PLACE_OPTIONS = "placeOptions";
  static final String CASE_NUMBER = "caseNumber";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ChinaTime.ZONE);

  private final Validator validator;
  private final RepeatMatching matching;
  private final CaseRegistration registration;
  private final RegistrationReceipts receipts;
  private final UnitDirectory units;
  private final Actors actors;

  DeskRegistration(Validator validator, RepeatMatching matching, CaseRegistration registration,
      RegistrationReceipts receipts, UnitDirectory units, Actors actors) {
    this.validator = validator;
    this.matching = matching;
    this.registration = registration;
    this.receipts = receipts;
    this.units = units;
    this.actors = actors;
  }

  /**
   * The first step after the form: refuse what the API would refuse, then find the earlier cases.
   * A start through the APIs was checked by {@link RegistrationDoor} already; this holds for a start
   * from Java as well.
   */
  @Override
  public void execute(DelegateExecution execution) {
    RegistrationRequest request = valid(RegistrationForm.read(execution));
    List<MatchCandidate> candidates = matching.candidates(request);
    execution.setVariable(MATCHES, candidates.isEmpty() ? "未发现同一信访人的原事项。"
        : candidates.stream().map(DeskRegistration::describe).collect(Collectors.joining("\n")));
    List<Map<String, String>> options = new ArrayList<>();
    options.add(Map.of("value", RegistrationForm.NEW_PETITION, "label", "新事项（初信初访）"));
    candidates.forEach(candidate -> options.add(Map.of("value", candidate.caseNumber(),
        "label", "重复信访：" + candidate.caseNumber() + " " + candidate.title())));
    execution.setVariable(REPEAT_OPTIONS, json(options));
    execution.setVariable(PLACE_OPTIONS, json(units.activeUnits().stream()
        .filter(unit -> unit.getKind().isPlace())
        .map(unit -> Map.of("value", unit.getCode(), "label", unit.getName()))
        .toList()));
  }

  /**
   * The registrar confirmed: the case is registered, and its receipt waits for them. The form's
   * personal fields leave the process now: the case record holds them from here on.
   */
  public void register(DelegateTask task) {
    CaseRegistration.Registered registered = registration.register(valid(RegistrationForm.read(task)).toIntake());
    task.getExecution().removeVariables(RegistrationForm.PERSONAL_FIELDS);
    String caseNumber = registered.petitionCase().getCaseNumber();
    task.getExecution().setProcessBusinessKey(caseNumber);
    task.getExecution().setVariable(CASE_NUMBER, caseNumber);
    receipts.keep(task.getProcessInstanceId(), actors.current(), RegistrationReceipt.of(registered));
  }

  /**
   * What Tasklist's list shows of a registration's task, as of a case's ({@code workflow.TaskListing}):
   * its title, and its case number once there is one. Task variables, which the registrar reads with
   * the task; the process's are not theirs to read.
   */
  public void listed(DelegateTask task) {
    task.setVariableLocal(TaskListing.CASE_TITLE, task.getVariable("title"));
    Object caseNumber = task.getVariable(CASE_NUMBER);
    if (caseNumber != null) {
      task.setVariableLocal(TaskListing.CASE_NUMBER, caseNumber);
    }
  }

  /** The registrar closed the receipt: a code not shown by then is not shown at the desk. */
  public void receiptClosed(DelegateTask task) {
    receipts.discard(task.getProcessInstanceId());
  }

  /** The request, if the rules of {@code POST /api/cases} allow it; else {@link RegistrationRefused}. */
  RegistrationRequest valid(RegistrationRequest request) {
    Set<ConstraintViolation<RegistrationRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw RegistrationRefused.of(violations);
    }
    return request;
  }

  private static String describe(MatchCandidate candidate) {
    return candidate.caseNumber() + "（" + DAY.format(candidate.registeredAt()) + "登记，" + candidate.status().label()
        + "，匹配程度" + candidate.strength().label() + "）" + candidate.title() + "。"
        + candidate.reasons().stream().map(reason -> reason.label() + (reason.detail() == null ? "" : "：" + reason.detail()))
            .collect(Collectors.joining("；"))
        + (candidate.reReviewed() ? "。原事项已复核终结" : candidate.stillOpen() ? "。原事项尚在办理中" : "");
  }

  private static JsonValue json(Object value) {
    return SpinValues.jsonValue(Spin.JSON(value)).create();
  }
}
