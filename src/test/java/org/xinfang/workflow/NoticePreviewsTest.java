package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.StepForms.approveExtension;
import static org.xinfang.workflow.StepForms.approveReply;
import static org.xinfang.workflow.StepForms.assignTo;
import static org.xinfang.workflow.StepForms.decide;
import static org.xinfang.workflow.StepForms.reply;
import static org.xinfang.workflow.StepForms.requestExtension;
import static org.xinfang.workflow.StepForms.transferTo;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.notification.Notification;
import org.xinfang.notification.NotificationRepository;
import org.xinfang.notification.PetitionerNotices;

/**
 * What a form previews is what its step issues: the letter's opening and closing the task carries,
 * with the day, the handler's choices and the query code put in where the preview holds their
 * places and the handler's text between them, is the notice the petitioner receives, word for word.
 * The query code itself is never on a task.
 */
@PetitionProcessContext
class NoticePreviewsTest {

  private static final String PETITIONER = "张建国：";

  @Autowired PetitionCases cases;
  @Autowired TaskService tasks;
  @Autowired NotificationRepository outbox;

  @Test
  void aRefusalIsPreviewedWithTheRoomsReasonAsItsOnlyPart() {
    ProcessInstance process = cases.registeredOnFriday3July();
    SpinJsonNode letter = routingLetter(task(process), RoutingDecision.NOT_ACCEPT);
    assertThat(letter.prop("title").stringValue()).isEqualTo("不予受理告知书");
    assertThat(letter.prop("part").stringValue()).isEqualTo("不予受理理由");

    complete(task(), decide(RoutingDecision.NOT_ACCEPT, "所反映事项已由人民法院受理"));

    assertThat(issued(process, "不予受理告知书")).isEqualTo(filled(process, letter.prop("opening").stringValue())
        + "所反映事项已由人民法院受理。" + filled(process, letter.prop("closing").stringValue()))
        .doesNotContain("已受理。", "。。");
  }

  @Test
  void anAssignmentIsPreviewedWithTheUnitAndTheDaysTheRoomChooses() {
    ProcessInstance process = cases.registeredOnFriday3July();
    SpinJsonNode letter = routingLetter(task(process), RoutingDecision.ASSIGN);
    assertThat(letter.prop("part").stringValue()).as("the room's opinion is for the unit").isEmpty();

    clockAt("2026-07-10T09:00");
    complete(task(), assignTo(CHENGBEI, 20));

    String opening = letter.prop("opening").stringValue()
        .replace(PetitionerNotices.UNIT, "城北街道").replace(PetitionerNotices.ASSIGNMENT_DAYS, "20");
    assertThat(issued(process, "交办告知书"))
        .isEqualTo(filled(process, opening) + filled(process, letter.prop("closing").stringValue()))
        .contains("我局已于2026年7月10日交办城北街道办理，限20日内办结。");
  }

  @Test
  void theExtensionIsPreviewedToTheLeaderWithTheDueDateItGives() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    clockAt("2026-09-01T10:00");
    complete(task(), requestExtension(12));
    Task approval = task(process);
    String opening = preview(approval, NoticePreviews.NOTICE_OPENING);
    String closing = preview(approval, NoticePreviews.NOTICE_CLOSING);
    assertThat(opening).contains("办理期限延长12日，答复期限延至2026年9月28日。");

    clockAt("2026-09-02T10:00");
    complete(approval, approveExtension());

    assertThat(issued(process, "延期告知书"))
        .isEqualTo(filled(process, opening) + StepForms.EXTENSION_REASON + filled(process, closing));
  }

  @Test
  void theReplyIsPreviewedAsTheHandlerDraftsItAndAsTheLeaderSignsIt() {
    ProcessInstance process = cases.acceptedOnTuesday14July(transferTo(CHENGBEI));
    Task handling = task(process);
    String opening = preview(handling, NoticePreviews.NOTICE_OPENING);
    String closing = preview(handling, NoticePreviews.NOTICE_CLOSING);
    assertThat(opening).contains(PetitionerNotices.OUTCOME);
    assertThat(((SpinJsonNode) tasks.getVariableLocal(handling.getId(), NoticePreviews.NOTICE_LABELS))
        .prop("SUPPORTED").stringValue()).isEqualTo("支持");

    clockAt("2026-09-24T10:00");
    complete(handling, reply());
    Task approval = task(process);
    assertThat(preview(approval, NoticePreviews.NOTICE_OPENING)).isEqualTo(opening);
    assertThat(preview(approval, NoticePreviews.NOTICE_CLOSING)).isEqualTo(closing);
    complete(approval, approveReply());

    assertThat(issued(process, "处理意见书"))
        .isEqualTo(filled(process, opening.replace(PetitionerNotices.OUTCOME, "支持")) + StepForms.REPLY_TEXT
            + filled(process, closing))
        .contains("城北街道已于2026年9月24日作出书面处理意见，处理结果：支持。" + StepForms.REPLY_TEXT + "如对处理意见不服");
  }

  private SpinJsonNode routingLetter(Task routing, RoutingDecision decision) {
    SpinJsonNode letters = (SpinJsonNode) tasks.getVariableLocal(routing.getId(), NoticePreviews.ROUTING_NOTICES);
    assertThat(letters.toString()).as("the query code is the petitioner's, not the task's readers'")
        .contains(PetitionerNotices.QUERY_CODE);
    return letters.prop(decision.name());
  }

  private String preview(Task task, String part) {
    String text = (String) tasks.getVariableLocal(task.getId(), part);
    assertThat(text).as(part).isNotNull();
    return text;
  }

  /** The preview's text with the day of issue and the query code put in, as the step puts them. */
  private String filled(ProcessInstance process, String preview) {
    PetitionCase record = cases.record(process);
    assertThat(preview).doesNotContain(record.getQueryCode());
    List<Notification> notifications = outbox.findByCaseIdOrderByIdAsc(record.getId());
    Instant issuedAt = notifications.get(notifications.size() - 1).getCreatedAt();
    return preview.replace(PetitionerNotices.ISSUE_DAY, ChinaTime.DAY.format(issuedAt))
        .replace(PetitionerNotices.QUERY_CODE, record.getQueryCode());
  }

  /** The notice as the petitioner reads it, without the salutation each recipient's copy begins with. */
  private String issued(ProcessInstance process, String title) {
    return outbox.findByCaseIdOrderByIdAsc(cases.record(process).getId()).stream()
        .filter(notification -> notification.getNotice().equals(title))
        .map(Notification::getBody).distinct().reduce((a, b) -> a + "\n" + b).orElseThrow()
        .substring(PETITIONER.length());
  }
}
