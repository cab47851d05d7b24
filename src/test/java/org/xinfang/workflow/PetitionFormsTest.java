package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.notification.PetitionerNotices.ASSIGNMENT_DAYS;
import static org.xinfang.notification.PetitionerNotices.OUTCOME;
import static org.xinfang.notification.PetitionerNotices.UNIT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.xinfang.casefile.ReplyOutcome;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.instruction.InstructionProcess;
import org.xinfang.review.ReviewConclusion;
import org.xinfang.review.ReviewProcess;
import org.xinfang.supervision.SupervisionProcess;
import org.xinfang.workflow.PetitionProcess.Answers;
import org.xinfang.workflow.PetitionProcess.Elements;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * The forms and the server agree: every user task has its form, and each form offers exactly the
 * answers the task's step accepts and submits only variables the steps read. How they look and
 * submit in Tasklist is {@link TasklistFormsBrowserIT}'s part.
 */
class PetitionFormsTest {

  private static BpmnModelInstance model;
  private static BpmnModelInstance supervisionModel;
  private static BpmnModelInstance instructionModel;
  private static final List<BpmnModelInstance> reviewModels = new ArrayList<>();
  private static final Map<String, JsonNode> forms = new HashMap<>();

  @BeforeAll
  static void read() throws IOException {
    try (InputStream bpmn = PetitionFormsTest.class.getResourceAsStream("/processes/petition-case.bpmn")) {
      model = Bpmn.readModelFromStream(bpmn);
    }
    try (InputStream bpmn = PetitionFormsTest.class.getResourceAsStream("/processes/supervision.bpmn")) {
      supervisionModel = Bpmn.readModelFromStream(bpmn);
    }
    try (InputStream bpmn = PetitionFormsTest.class.getResourceAsStream("/processes/leader-instruction.bpmn")) {
      instructionModel = Bpmn.readModelFromStream(bpmn);
    }
    for (String reviewModel : List.of("/processes/review.bpmn", "/processes/re-review.bpmn")) {
      try (InputStream bpmn = PetitionFormsTest.class.getResourceAsStream(reviewModel)) {
        reviewModels.add(Bpmn.readModelFromStream(bpmn));
      }
    }
    ObjectMapper json = new ObjectMapper();
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      try (InputStream in = form.getInputStream()) {
        JsonNode schema = json.readTree(in);
        forms.put(schema.get("id").asText(), schema);
      }
    }
    // the desk's registration has forms of its own, checked by the desk's tests
    try (InputStream bpmn = PetitionFormsTest.class.getResourceAsStream("/processes/register-petition.bpmn")) {
      BpmnModelInstance desk = Bpmn.readModelFromStream(bpmn);
      desk.getModelElementsByType(UserTask.class).forEach(task -> forms.remove(task.getCamundaFormRef()));
      desk.getModelElementsByType(StartEvent.class).forEach(start -> forms.remove(start.getCamundaFormRef()));
    }
  }

  @Test
  void everyUserTaskHasItsOwnFormDeployedWithTheModel() {
    Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
    // the tasks of the processes that follow a petition: its supervision, a leader's instruction, review and re-review
    Collection<UserTask> followingTasks = new ArrayList<>(supervisionModel.getModelElementsByType(UserTask.class));
    followingTasks.addAll(instructionModel.getModelElementsByType(UserTask.class));
    reviewModels.forEach(review -> followingTasks.addAll(review.getModelElementsByType(UserTask.class)));
    assertThat(userTasks).allSatisfy(task -> {
      assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
      assertThat(forms).as(task.getId()).containsKey(task.getCamundaFormRef());
    });
    assertThat(followingTasks).allSatisfy(task -> {
      assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
      assertThat(forms).as(task.getId()).containsKey(task.getCamundaFormRef());
    });
    assertThat(userTasks.stream().map(UserTask::getCamundaFormRef)).doesNotHaveDuplicates();
    // The bureau and district leaders answer the same question on one form.
    assertThat(Stream.concat(userTasks.stream(), followingTasks.stream()).map(UserTask::getCamundaFormRef).distinct())
        .containsExactlyInAnyOrderElementsOf(forms.keySet());
  }

  @Test
  void eachDecisionOffersExactlyTheAnswersItsStepAccepts() {
    assertThat(choices("form_decide_routing", Variables.ROUTING_DECISION)).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(RoutingDecision.values()).map(Enum::name).toList());
    assertThat(field("form_decide_routing", Variables.RESPONSIBLE_UNIT).get("valuesKey").asText())
        .as("the active units, given to the routing task").isEqualTo(TaskBriefing.UNIT_OPTIONS);
    JsonNode unitAnswer = field("form_accept_item", Variables.UNIT_ANSWER);
    assertThat(unitAnswer.at("/validate/required").asBoolean()).isTrue();
    assertThat(unitAnswer.path("valuesKey").asText())
        .as("the answers given to the acceptance task: see ObjectionChoiceTest").isEqualTo(ObjectionChoice.OPTIONS);
    assertThat(choices("form_handle_case", Variables.HANDLING_ACTION))
        .containsExactlyInAnyOrder(Answers.REPLY, Answers.REQUEST_EXTENSION);
    assertThat(choices("form_handle_case", Variables.REPLY_OUTCOME)).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(ReplyOutcome.values()).map(Enum::name).toList());
    assertThat(choices("form_approve_extension", Variables.EXTENSION_DECISION))
        .containsExactlyInAnyOrder(Answers.APPROVE, Answers.REJECT);
    assertThat(choices("form_approve_reply", Variables.REPLY_DECISION))
        .containsExactlyInAnyOrder(Answers.APPROVE, Answers.RETURN);
    assertThat(choices("form_review_completion_report", Variables.REPORT_DECISION))
        .containsExactlyInAnyOrder(Answers.APPROVE, Answers.RETURN);
    assertThat(choices("form_confirm_instruction", InstructionProcess.Variables.DECISION))
        .containsExactlyInAnyOrder(InstructionProcess.Answers.CONFIRM, InstructionProcess.Answers.RETURN);
  }

  @Test
  void reviewFormsOfferExactlyTheAnswersTheReviewStepsAccept() {
    for (String form : List.of("form_answer_review", "form_answer_re_review")) {
      assertThat(labels(form, ReviewProcess.Variables.CONCLUSION)).as(form).containsExactlyInAnyOrderEntriesOf(
          Arrays.stream(ReviewConclusion.values()).collect(Collectors.toMap(Enum::name, ReviewConclusion::label)));
      assertThat(field(form, ReviewProcess.Variables.CONCLUSION).at("/validate/required").asBoolean()).isTrue();
      assertThat(field(form, ReviewProcess.Variables.OPINION).at("/validate/maxLength").asInt())
          .isEqualTo(StepInputs.LONGEST_TEXT);
    }
    assertThat(choices("form_answer_re_review", ReviewProcess.Variables.RE_REVIEW_ACTION))
        .containsExactlyInAnyOrder(ReviewProcess.Answers.OPINION, ReviewProcess.Answers.HEARING);
    for (String day : List.of(ReviewProcess.Variables.HEARING_FROM, ReviewProcess.Variables.HEARING_TO)) {
      assertThat(field("form_hold_hearing", day).path("subtype").asText()).isEqualTo("date");
      assertThat(field("form_hold_hearing", day).at("/validate/required").asBoolean()).isTrue();
    }
  }

  @Test
  void formsShowTheAnswersGivenEarlierWithTheLabelsTheyWereGivenWith() {
    Map<String, String> outcomeLabels = labels("form_handle_case", Variables.REPLY_OUTCOME);
    assertThat(labels("form_approve_reply", Variables.REPLY_OUTCOME)).isEqualTo(outcomeLabels);
    assertThat(labels("form_review_completion_report", Variables.REPLY_OUTCOME)).isEqualTo(outcomeLabels);
    for (ReplyOutcome outcome : ReplyOutcome.values()) {
      assertThat(outcomeLabels).containsEntry(outcome.name(), outcome.label());
    }
    Map<String, String> routingLabels = labels("form_decide_routing", Variables.ROUTING_DECISION);
    for (RoutingDecision decision : RoutingDecision.values()) {
      assertThat(routingLabels).containsEntry(decision.name(), decision.label());
    }
    for (String form : List.of("form_accept_item", "form_handle_case", "form_approve_extension",
        "form_approve_reply", "form_review_completion_report")) {
      assertThat(routingLabels).as(form).containsAllEntriesOf(labels(form, Variables.ROUTING_DECISION));
    }
  }

  @Test
  void formsSubmitOnlyVariablesTheStepsRead() throws IllegalAccessException {
    Set<String> processVariables = new HashSet<>();
    for (Field constant : Variables.class.getFields()) {
      processVariables.add((String) constant.get(null));
    }
    for (Field constant : ReviewProcess.Variables.class.getFields()) {
      processVariables.add((String) constant.get(null));
    }
    for (Field constant : SupervisionProcess.Variables.class.getFields()) {
      processVariables.add((String) constant.get(null));
    }
    for (Field constant : InstructionProcess.Variables.class.getFields()) {
      processVariables.add((String) constant.get(null));
    }
    forms.forEach((id, form) -> assertThat(fields(form).stream()
        .filter(field -> field.has("key") && !field.path("disabled").asBoolean())
        .map(field -> field.get("key").asText()))
        .as(id)
        .isNotEmpty()
        .isSubsetOf(processVariables));
  }

  @Test
  void theExtensionLimitIsTheModels() {
    UserTask handleCase = model.getModelElementById(Elements.HANDLE_CASE);
    String listener = handleCase.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class)
        .singleResult().getCamundaExpression();
    Matcher maxDays = Pattern.compile("handled\\(task, (\\d+)\\)").matcher(listener);
    assertThat(maxDays.find()).as(listener).isTrue();
    JsonNode extensionDays = field("form_handle_case", Variables.EXTENSION_DAYS);
    assertThat(extensionDays.at("/validate/max").asInt()).isEqualTo(Integer.parseInt(maxDays.group(1)));
    assertThat(extensionDays.at("/validate/min").asInt()).isEqualTo(1);
  }

  @Test
  void longTextsFitWhatTheStepsAccept() {
    assertThat(field("form_handle_case", Variables.REPLY_TEXT).at("/validate/maxLength").asInt())
        .isEqualTo(StepInputs.LONGEST_TEXT);
    assertThat(field("form_handle_case", Variables.COMPLETION_REPORT).at("/validate/maxLength").asInt())
        .isEqualTo(StepInputs.LONGEST_TEXT);
    assertThat(field("form_carry_out_instruction", InstructionProcess.Variables.REPORT).at("/validate/maxLength").asInt())
        .isEqualTo(StepInputs.LONGEST_TEXT);
  }

  /**
   * Each form whose step issues a notice (or drafts the reply) previews it: the letter the briefing
   * gives the task around the field the handler writes, with what the handler chooses put in where
   * the letter holds its place.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "form_decide_routing           | routingNotices | routingOpinion  | " + UNIT + " " + ASSIGNMENT_DAYS,
      "form_accept_item              | noticeOpening  | acceptanceNote  | ",
      "form_handle_case              | noticeOpening  | replyText       | " + OUTCOME,
      "form_approve_reply            | noticeOpening  | replyText       | " + OUTCOME,
      "form_approve_extension        | noticeOpening  | extensionReason | ",
      "form_answer_review            | noticeOpening  | reviewOpinion   | 【结论】",
      "form_answer_re_review         | noticeOpening  | reviewOpinion   | 【结论】",
      "form_issue_supervision_notice | noticeOpening  | noticeText      | 【反馈期限】"})
  void formsThatIssueANoticePreviewItAroundTheHandlersText(String form, String letter, String handlerField,
      String placeholders) {
    JsonNode preview = fields(forms.get(form)).stream()
        .filter(field -> "Text_noticePreview".equals(field.path("id").asText()))
        .findFirst().orElseThrow(() -> new AssertionError(form + " has no notice preview"));
    String text = preview.get("text").asText();
    assertThat(text).as(form).contains("（预览，提交后按此出具）", letter, handlerField)
        .contains(letter.equals("routingNotices") ? ".closing" : "noticeClosing");
    if (placeholders != null) {
      assertThat(text).as(form).contains(placeholders.split(" "));
    }
    assertThat(field(form, handlerField).path("type").asText()).isEqualTo("textarea");
  }

  private static List<String> choices(String form, String key) {
    JsonNode field = field(form, key);
    assertThat(field.path("disabled").asBoolean()).as(key + " is asked for in " + form).isFalse();
    assertThat(field.at("/validate/required").asBoolean()).as(key + " is required in " + form).isTrue();
    return new ArrayList<>(labels(form, key).keySet());
  }

  private static Map<String, String> labels(String form, String key) {
    List<JsonNode> values = new ArrayList<>();
    field(form, key).get("values").forEach(values::add);
    return values.stream().collect(Collectors.toMap(value -> value.get("value").asText(),
        value -> value.get("label").asText(), (a, b) -> a, LinkedHashMap::new));
  }

  private static JsonNode field(String form, String key) {
    assertThat(forms).containsKey(form);
    return fields(forms.get(form)).stream()
        .filter(field -> key.equals(field.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(form + " has no field " + key));
  }

  private static List<JsonNode> fields(JsonNode container) {
    List<JsonNode> fields = new ArrayList<>();
    container.path("components").forEach(component -> {
      fields.add(component);
      fields.addAll(fields(component));
    });
    return fields;
  }
}
