package org.xinfang.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The desk's registration model and its forms: each form asks exactly what its step reads. */
class RegistrationFormTest {

  @Test
  void theDoorLetsThroughExactlyTheFormsInputs() throws IOException {
    assertThat(inputs("/forms/form_register_petition.form")).isEqualTo(RegistrationForm.START_FIELDS);
  }

  private Set<String> inputs(String path) throws IOException {
    Set<String> inputs = new HashSet<>();
    try (InputStream form = getClass().getResourceAsStream(path)) {
      for (JsonNode component : new ObjectMapper().readTree(form).path("components")) {
        if (component.has("key") && !component.path("disabled").asBoolean(false)) {
          inputs.add(component.path("key").asText());
        }
      }
    }
    return inputs;
  }

  @Test
  void theConfirmationAsksOnlyWhatTheStepReads() throws IOException {
    assertThat(inputs("/forms/form_confirm_registration.form"))
        .containsExactlyInAnyOrder(RegistrationForm.REPEAT_OF, RegistrationForm.PLACE);
    assertThat(inputs("/forms/form_registration_receipt.form")).as("the receipt shows, it asks nothing").isEmpty();
  }

  @Test
  void everyStepOfTheModelHasItsFormDeployedWithIt() throws IOException {
    BpmnModelInstance model;
    try (InputStream bpmn = getClass().getResourceAsStream("/processes/register-petition.bpmn")) {
      model = Bpmn.readModelFromStream(bpmn);
    }
    StartEvent start = model.getModelElementsByType(StartEvent.class).iterator().next();
    assertThat(start.getCamundaFormRef()).isEqualTo("form_register_petition");
    assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getCamundaFormRef)
        .containsExactly("form_confirm_registration", "form_registration_receipt");
    assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task ->
        assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment"));
  }

  @Test
  void fieldsAreNamedInChinese() {
    assertThat(RegistrationRefused.label("petitioners[1].phone")).isEqualTo("第2位信访人的联系电话");
    assertThat(RegistrationRefused.label("title")).isEqualTo("标题");
    assertThat(RegistrationRefused.label("petitioners")).isEqualTo("信访人");
  }

  @Test
  void theMaterialsReceivedCloseTheContent() {
    assertThat(RegistrationForm.contentWithDocuments("反映问题。", "信件原件一份"))
        .isEqualTo("反映问题。\n\n收到材料：信件原件一份");
    assertThat(RegistrationForm.contentWithDocuments("反映问题。", " ")).isEqualTo("反映问题。");
  }
}
