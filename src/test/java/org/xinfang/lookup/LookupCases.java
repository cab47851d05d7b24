package org.xinfang.lookup;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.xinfang.TestUsers;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.workflow.CaseRegistration;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * Cases for the lookup tests, driven through the real process by named staff on given days, with
 * texts that must never reach the petitioner: each of them is distinctive, so that a test can
 * look for it in an answer.
 */
final class LookupCases {

  static final String UNIT = "it-lookup-town";
  static final String UNIT_NAME = "查询测试镇人民政府";
  static final String OBJECTING_UNIT = "it-lookup-dept";
  static final String OBJECTING_UNIT_NAME = "查询测试局";

  static final String REGISTRAR = "it.lookup.registrar";
  static final String HANDLER = "it.lookup.handler";
  static final String LEADER = "it.lookup.leader";
  static final String OBJECTOR = "it.lookup.objector";

  static final String INTERNAL_ROUTING_OPINION = "内部研判：该户曾多次越级上访，注意稳控";
  static final String OBJECTION_REASON = "异议理由：此事归镇里管，与本局职责无关";
  static final String DRAFT_REPLY = "草拟答复：拟不予支持，待领导定夺";
  static final String ACCEPTANCE_NOTE = "将于60日内调查处理并书面答复。";
  static final String REPLY = "经调查，所反映的路灯已于本月修复，今后纳入日常巡查。";

  /** Two representatives of a group visit; neither one's identity card number, phone or address may show. */
  static List<Petitioner> representatives() {
    return List.of(
        new Petitioner("刘桂英", "431102196803150027", "13907461111", "查询测试镇和平村三组"),
        new Petitioner("唐建军", "431102197109220015", "13907462222", "查询测试镇和平村五组"));
  }

  private final CaseRegistration registration;
  private final TaskService tasks;
  private final IdentityService identity;

  LookupCases(CaseRegistration registration, TaskService tasks, IdentityService identity, UnitDirectory units) {
    this.registration = registration;
    this.tasks = tasks;
    this.identity = identity;
    units.ensureBureauRoles();
    units.ensureUnit(UNIT, UNIT_NAME, UnitKind.TOWN);
    units.ensureUnit(OBJECTING_UNIT, OBJECTING_UNIT_NAME, UnitKind.DEPARTMENT);
    TestUsers.ensure(identity, REGISTRAR, "secret", Roles.PETITION_ROOM);
    TestUsers.ensure(identity, HANDLER, "secret", Roles.unitHandlers(UNIT));
    TestUsers.ensure(identity, LEADER, "secret", Roles.unitLeaders(UNIT));
    TestUsers.ensure(identity, OBJECTOR, "secret", Roles.unitHandlers(OBJECTING_UNIT));
  }

  /** A case as a lookup finds it. */
  record Opened(String caseNumber, String queryCode, String processInstanceId) {}

  /** Registered on {@code day} at 09:00 in China, transferred to the objecting unit the same day. */
  Opened registered(String day) {
    at(day, "09:00", REGISTRAR);
    CaseRegistration.Registered registered;
    try {
      registered = registration.register(new CaseIntake(Channel.VISIT, null, null, 6, CaseClass.CLAIM,
          SubjectCategory.URBAN_CONSTRUCTION, "反映和平村主干道路灯长期不亮",
          "和平村主干道路灯损坏三个月无人维修，夜间出行不便，村民多次反映未果。", UNIT, representatives()));
    } finally {
      identity.clearAuthentication();
    }
    return new Opened(registered.petitionCase().getCaseNumber(), registered.queryCode(),
        registered.processInstanceId());
  }

  /**
   * Registered, transferred to a unit that objects, transferred again, accepted, and its reply
   * drafted but not yet approved: every internal text is on the record.
   */
  Opened replyDrafted(String day) {
    Opened opened = registered(day);
    complete(opened, day, "10:00", REGISTRAR, Map.of(Variables.ROUTING_DECISION, "TRANSFER",
        Variables.ROUTING_OPINION, INTERNAL_ROUTING_OPINION, Variables.RESPONSIBLE_UNIT, OBJECTING_UNIT));
    complete(opened, day, "11:00", OBJECTOR, Map.of(Variables.UNIT_ANSWER, "OBJECT",
        Variables.OBJECTION_REASON, OBJECTION_REASON));
    complete(opened, day, "14:00", REGISTRAR, Map.of(Variables.ROUTING_DECISION, "TRANSFER",
        Variables.ROUTING_OPINION, INTERNAL_ROUTING_OPINION, Variables.RESPONSIBLE_UNIT, UNIT));
    complete(opened, day, "15:00", HANDLER, Map.of(Variables.UNIT_ANSWER, "ACCEPT",
        Variables.ACCEPTANCE_NOTE, ACCEPTANCE_NOTE));
    complete(opened, day, "16:00", HANDLER, Map.of(Variables.HANDLING_ACTION, "REPLY",
        Variables.REPLY_OUTCOME, "SUPPORTED", Variables.REPLY_TEXT, DRAFT_REPLY));
    return opened;
  }

  /** As {@link #replyDrafted}, then the reply rewritten and approved on {@code replyDay} at 10:00. */
  Opened replied(String day, String replyDay) {
    Opened opened = replyDrafted(day);
    complete(opened, day, "17:00", LEADER, Map.of(Variables.REPLY_DECISION, "RETURN",
        Variables.REPLY_NOTE, "请写明修复情况"));
    complete(opened, replyDay, "09:00", HANDLER, Map.of(Variables.HANDLING_ACTION, "REPLY",
        Variables.REPLY_OUTCOME, "SUPPORTED", Variables.REPLY_TEXT, REPLY));
    complete(opened, replyDay, "10:00", LEADER, Map.of(Variables.REPLY_DECISION, "APPROVE"));
    return opened;
  }

  private void complete(Opened opened, String day, String time, String user, Map<String, Object> form) {
    at(day, time, user);
    try {
      tasks.complete(tasks.createTaskQuery().processInstanceId(opened.processInstanceId()).singleResult().getId(),
          form);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void at(String day, String time, String user) {
    ClockUtil.setCurrentTime(Date.from(china(day, time)));
    // as in Tasklist: the engine checks the user's authorizations through their groups
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
  }

  static Instant china(String day, String time) {
    return LocalDateTime.parse(day + "T" + time).atZone(ChinaTime.ZONE).toInstant();
  }
}
