package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.RENSHE;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPT_ITEM;
import static org.xinfang.workflow.PetitionProcess.Elements.DECIDE_ROUTING;
import static org.xinfang.workflow.StepForms.accept;
import static org.xinfang.workflow.StepForms.approveExtension;
import static org.xinfang.workflow.StepForms.approveReply;
import static org.xinfang.workflow.StepForms.decide;
import static org.xinfang.workflow.StepForms.object;
import static org.xinfang.workflow.StepForms.reply;
import static org.xinfang.workflow.StepForms.requestExtension;
import static org.xinfang.workflow.StepForms.transferTo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.xinfang.casefile.CaseEvent;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.notification.Notification;
import org.xinfang.notification.NotificationChannel;
import org.xinfang.notification.NotificationRepository;
import org.xinfang.notification.NotificationStatus;
import org.xinfang.notification.RecipientKind;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * Every notice to the petitioner goes into the outbox with its step: the registration notice with
 * the query code, the petition room's decision, the unit's acceptance, an extension and the
 * reply. A step that rolls back leaves none. The petitioner of {@link PetitionCases#register()}
 * has a mobile number and an address: each notice is a text message and a letter.
 */
@PetitionProcessContext
class PetitionerNoticesTest {

  static final String PETITIONER = "张建国";
  static final String MOBILE = "13807460001";
  static final String ADDRESS = "永州市零陵区城北路12号";

  @Autowired PetitionCases cases;
  @Autowired NotificationRepository outbox;
  @Autowired JdbcTemplate jdbc;
  @MockitoSpyBean CaseTimeline timeline;

  @Test
  void registrationNoticeCarriesTheCaseNumberTheQueryCodeAndTheRoutingLimit() {
    ProcessInstance process = cases.registeredOnFriday3July();
    PetitionCase record = cases.record(process);

    assertThat(record.getQueryCode()).hasSize(12);
    assertThat(notifications(process))
        .extracting(Notification::getNotice, Notification::getRecipientKind, Notification::getRecipient,
            Notification::getChannel, Notification::getAddress, Notification::getStatus, Notification::getAttempts)
        .containsExactly(
            tuple("登记告知书", RecipientKind.PETITIONER, PETITIONER, NotificationChannel.SMS, MOBILE,
                NotificationStatus.PENDING, 0),
            tuple("登记告知书", RecipientKind.PETITIONER, PETITIONER, NotificationChannel.LETTER, ADDRESS,
                NotificationStatus.PENDING, 0));
    // 15 days from Fri 2026-07-03 end on Sat 2026-07-18: the petition room decides by Monday
    assertThat(notifications(process)).allSatisfy(notification -> {
      assertThat(notification.getSubject()).isEqualTo("登记告知书（" + record.getCaseNumber() + "）");
      assertThat(notification.getBody()).isEqualTo(PETITIONER + "：您反映的“反映某建筑公司拖欠农民工工资”（事项编号"
          + record.getCaseNumber() + "）已于2026年7月3日登记。我局将于2026年7月20日前依法作出处理并告知您。您可凭事项编号"
          + record.getCaseNumber() + "和查询码" + record.getQueryCode() + "查询办理进度。");
      assertThat(notification.getCreatedAt()).isEqualTo(record.getRegisteredAt());
      assertThat(notification.getSentAt()).isNull();
    });
    cases.assertThatCase(process).hasEvent(EventType.NOTICE_ISSUED, "向信访人出具《登记告知书》");
  }

  @Test
  void eachNoticeOfATransferredCaseReachesThePetitionerWithTheQueryCode() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-09-01T10:00");
    complete(task(), requestExtension(12));
    clockAt("2026-09-02T10:00");
    complete(task(), approveExtension());
    clockAt("2026-09-24T10:00");
    complete(task(), reply());
    complete(task(), approveReply());
    assertThat(process).isEnded();

    PetitionCase record = cases.record(process);
    List<Notification> notifications = notifications(process);
    assertThat(notifications).extracting(Notification::getNotice, Notification::getChannel).containsExactly(
        tuple("登记告知书", NotificationChannel.SMS), tuple("登记告知书", NotificationChannel.LETTER),
        tuple("转送告知书", NotificationChannel.SMS), tuple("转送告知书", NotificationChannel.LETTER),
        tuple("受理告知书", NotificationChannel.SMS), tuple("受理告知书", NotificationChannel.LETTER),
        tuple("延期告知书", NotificationChannel.SMS), tuple("延期告知书", NotificationChannel.LETTER),
        tuple("处理意见书", NotificationChannel.SMS), tuple("处理意见书", NotificationChannel.LETTER));
    assertThat(notifications).allSatisfy(notification -> assertThat(notification.getBody())
        .startsWith(PETITIONER + "：您反映的“反映某建筑公司拖欠农民工工资”（事项编号" + record.getCaseNumber() + "）")
        .endsWith("您可凭事项编号" + record.getCaseNumber() + "和查询码" + record.getQueryCode() + "查询办理进度。"));
    assertThat(body(notifications, "转送告知书")).contains("我局已于2026年7月10日转送城北街道办理。城北街道将依法决定是否受理并书面告知您。");
    assertThat(body(notifications, "受理告知书")).contains("城北街道已于2026年7月14日受理。将于法定期限内调查处理并书面答复。");
    assertThat(body(notifications, "延期告知书"))
        .contains("经城北街道负责人批准，办理期限延长12日，答复期限延至2026年9月28日。延期理由：" + StepForms.EXTENSION_REASON);
    assertThat(body(notifications, "处理意见书")).contains("城北街道已于2026年9月24日作出书面处理意见，处理结果：支持。")
        .contains("30日内请求原办理机关的上一级机关复查");
    assertThat(notifications).extracting(Notification::getCreatedAt).isSorted();

    // the timeline shows the same notices, one entry each, from the same call
    List<String> issued = cases.timeline(process).stream()
        .filter(event -> event.getType() == EventType.NOTICE_ISSUED).map(CaseEvent::getDescription).toList();
    assertThat(issued).containsExactly("向信访人出具《登记告知书》", "向信访人出具《转送告知书》", "向信访人出具《受理告知书》",
        "向信访人出具《延期告知书》，告知延期理由：" + StepForms.EXTENSION_REASON, "向信访人出具《处理意见书》");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "NOT_ACCEPT       | 不予受理告知书       | 经审查，不予受理。理由：经审查，依法作出处理。",
      "POLITICAL_LEGAL  | 导入法定途径告知书   | 属于涉法涉诉事项，应当依照法律规定的程序解决，请向有关政法机关提出。",
      "DISCIPLINE       | 转纪检监察机关告知书 | 属于检举控告事项，我局已转送纪检监察机关依规依纪依法处理。"})
  void decisionThatEndsTheCaseIsNoticedWithItsReason(RoutingDecision decision, String notice, String text) {
    ProcessInstance process = cases.registeredOnFriday3July();

    complete(task(), decide(decision, "经审查，依法作出处理。"));

    assertThat(process).isEnded();
    PetitionCase record = cases.record(process);
    assertThat(notifications(process)).filteredOn(n -> n.getNotice().equals(notice))
        .extracting(Notification::getChannel).containsExactly(NotificationChannel.SMS, NotificationChannel.LETTER);
    assertThat(body(notifications(process), notice)).contains(text).contains(record.getQueryCode());
    cases.assertThatCase(process).hasEvent(EventType.NOTICE_ISSUED, "向信访人出具《" + notice + "》");
  }

  @Test
  void stepsThatTellThePetitionerNothingWriteNoNotification() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(CHENGBEI));
    int before = notifications(process).size();

    complete(task(), object());

    assertThat(process).isWaitingAt(DECIDE_ROUTING);
    assertThat(notifications(process)).hasSize(before);
  }

  @Test
  void refusedInputLeavesNoNotification() {
    ProcessInstance process = cases.registeredOnFriday3July();
    List<Notification> before = notifications(process);
    Map<String, Object> withoutOpinion = transferTo(CHENGBEI);
    withoutOpinion.remove(Variables.ROUTING_OPINION);

    assertThatThrownBy(() -> complete(task(), withoutOpinion)).hasRootCauseInstanceOf(InvalidStepInput.class);

    assertThat(process).isWaitingAt(DECIDE_ROUTING);
    assertThat(notifications(process)).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
  }

  @Test
  void stepThatFailsAfterItsNoticesWereWrittenLeavesNoneOfThem() {
    ProcessInstance process = cases.routedOnFriday10July(transferTo(RENSHE));
    long caseId = cases.record(process).getId();
    List<Notification> before = notifications(process);
    // The acceptance notice is in the outbox, inside the step's transaction, when the step fails.
    AtomicLong writtenWhenItFailed = new AtomicLong(-1);
    doAnswer(invocation -> {
      writtenWhenItFailed.set(jdbc.queryForObject(
          "select count(*) from notification where case_id = ? and notice = '受理告知书'", Long.class, caseId));
      throw new DataAccessResourceFailureException("数据库连接中断");
    }).when(timeline).record(any(PetitionCase.class), eq(EventType.NOTICE_ISSUED), any(TaskRef.class), anyString());

    assertThatThrownBy(() -> complete(task(), accept())).hasRootCauseInstanceOf(DataAccessResourceFailureException.class);

    assertThat(writtenWhenItFailed).hasValue(2);
    assertThat(process).isWaitingAt(ACCEPT_ITEM);
    assertThat(notifications(process)).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);

    reset(timeline);
    complete(task(), accept());

    assertThat(notifications(process)).hasSize(before.size() + 2)
        .filteredOn(n -> n.getNotice().equals("受理告知书")).hasSize(2)
        .allSatisfy(n -> assertThat(n.getBody()).contains("区人力资源和社会保障局已于2026年7月10日受理。"));
  }

  private List<Notification> notifications(ProcessInstance process) {
    return outbox.findByCaseIdOrderByIdAsc(cases.record(process).getId());
  }

  /** The text of a notice, the same in every notification of it. */
  private static String body(List<Notification> notifications, String notice) {
    List<String> bodies = notifications.stream().filter(n -> n.getNotice().equals(notice))
        .map(Notification::getBody).distinct().toList();
    assertThat(bodies).as("text of %s", notice).hasSize(1);
    return bodies.get(0);
  }
}
