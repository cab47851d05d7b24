package org.xinfang.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import jakarta.annotation.PostConstruct;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.context.TestComponent;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseEvent;
import org.xinfang.casefile.CaseEventRepository;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.workflow.PetitionProcess.Elements;

/**
 * The world a process test runs in: two responsible units, petitions registered the way the
 * registrar does it, the engine clock set to China Standard Time, and the case record read back
 * fresh from the database.
 */
@TestComponent
class PetitionCases {

  /** 城北街道: a street office, where most items about the old town go. */
  static final String CHENGBEI = "chengbei";
  /** 区人力资源和社会保障局: a district department. */
  static final String RENSHE = "renshe";

  private final CaseRegistration registration;
  private final UnitDirectory units;
  private final PetitionCaseRepository records;
  private final CaseEventRepository events;
  private final CaseProcessAgreement agreement;
  private final RuntimeService runtime;

  PetitionCases(CaseRegistration registration, UnitDirectory units, PetitionCaseRepository records,
      CaseEventRepository events, CaseProcessAgreement agreement, RuntimeService runtime) {
    this.registration = registration;
    this.units = units;
    this.records = records;
    this.events = events;
    this.agreement = agreement;
    this.runtime = runtime;
  }

  @PostConstruct
  void createUnits() {
    units.ensureUnit(CHENGBEI, "城北街道", UnitKind.STREET);
    units.ensureUnit(RENSHE, "区人力资源和社会保障局", UnitKind.DEPARTMENT);
  }

  /** Sets the engine clock, and so "now" for the process and the case record, to a time in China. */
  static void clockAt(String chinaDateTime) {
    ClockUtil.setCurrentTime(Date.from(chinaTime(chinaDateTime)));
  }

  static Instant chinaTime(String chinaDateTime) {
    return LocalDateTime.parse(chinaDateTime).atZone(ChinaTime.ZONE).toInstant();
  }

  /** A legal due date that falls on a day: the day's last second in China. */
  static Date endOf(String chinaDate) {
    return Date.from(ChinaTime.endOf(LocalDate.parse(chinaDate)));
  }

  /** A letter about unpaid wages, registered now; its process waits for the petition room. */
  ProcessInstance register() {
    return register(null);
  }

  /** The same letter, registered now as a repeat of the case numbered {@code repeatOf}. */
  ProcessInstance register(String repeatOf) {
    return register(Channel.LETTER, 1, CaseClass.CLAIM, SubjectCategory.LABOUR_SOCIAL_SECURITY, repeatOf);
  }

  /** The same matter, brought by {@code persons} people through {@code channel}, classed and filed as given. */
  ProcessInstance register(Channel channel, int persons, CaseClass caseClass, SubjectCategory subject, String repeatOf) {
    CaseIntake intake = new CaseIntake(channel, null, null, persons, caseClass,
        subject, "反映某建筑公司拖欠农民工工资",
        "信访人在城北街道某工地务工，工程完工后公司拖欠工资三万元至今未付。", CHENGBEI,
        List.of(new Petitioner("张建国", "431102197005120011", "13807460001", "永州市零陵区城北路12号")), repeatOf);
    String id = registration.register(intake).processInstanceId();
    return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  // The calendar most tests follow, chosen so that limits end on weekends: registered on
  // Fri 2026-07-03, routed on Fri 2026-07-10, accepted on Tue 2026-07-14.

  ProcessInstance registeredOnFriday3July() {
    clockAt("2026-07-03T10:00");
    ProcessInstance process = register();
    assertThat(process).isWaitingAt(Elements.DECIDE_ROUTING);
    assertThatCase(process).hasStatus(CaseStatus.AWAITING_ROUTING).agreesWithProcess();
    return process;
  }

  /** Registered, then transferred or assigned with {@code decision}. */
  ProcessInstance routedOnFriday10July(Map<String, Object> decision) {
    ProcessInstance process = registeredOnFriday3July();
    clockAt("2026-07-10T09:00");
    complete(task(), decision);
    assertThat(process).isWaitingAt(Elements.ACCEPT_ITEM);
    assertThatCase(process).hasStatus(CaseStatus.AWAITING_ACCEPTANCE).agreesWithProcess();
    return process;
  }

  /** Registered, routed with {@code decision}, and accepted by the unit. */
  ProcessInstance acceptedOnTuesday14July(Map<String, Object> decision) {
    ProcessInstance process = routedOnFriday10July(decision);
    clockAt("2026-07-14T15:00");
    complete(task(), StepForms.accept());
    assertThat(process).isWaitingAt(Elements.HANDLE_CASE);
    assertThatCase(process).hasStatus(CaseStatus.IN_HANDLING).agreesWithProcess();
    return process;
  }

  /** The case record of a process, as stored now. */
  PetitionCase record(ProcessInstance process) {
    return records.findByCaseNumber(process.getBusinessKey()).orElseThrow();
  }

  List<CaseEvent> timeline(ProcessInstance process) {
    return events.findByCaseIdOrderByOccurredAtAscIdAsc(record(process).getId());
  }

  CaseFileAssert assertThatCase(ProcessInstance process) {
    PetitionCase petitionCase = record(process);
    return new CaseFileAssert(petitionCase, timeline(process), agreement.disagreement(petitionCase));
  }
}
