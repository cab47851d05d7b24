package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** What a process designer does in the Modeler: change the number in a timer's expression, then deploy. */
public final class ChangedModel {

  private ChangedModel() {}

  /**
   * Deploys petition-case.bpmn as a new version whose reply limit is {@code days} instead of 60.
   * Returns the deployment's id.
   */
  public static String deployWithReplyLimitOf(RepositoryService repository, int days) throws IOException {
    return deploy(repository, "答复期限改为" + days + "日", model -> {
      BoundaryEvent timer = model.getModelElementById(PetitionProcess.Elements.REPLY_DEADLINE);
      TimeDate timeDate = ((TimerEventDefinition) timer.getEventDefinitions().iterator().next()).getTimeDate();
      String expression = timeDate.getTextContent();
      assertThat(expression).contains("assignmentDays : 60)");
      timeDate.setTextContent(expression.replace("assignmentDays : 60)", "assignmentDays : " + days + ")"));
      timer.setName("答复期限 " + days + "日（交办事项按交办期限）");
    });
  }

  /**
   * Deploys petition-case.bpmn as a new version, changed by {@code change}, with the forms its
   * tasks find in their own deployment. Returns the deployment's id.
   */
  public static String deploy(RepositoryService repository, String name, Consumer<BpmnModelInstance> change)
      throws IOException {
    BpmnModelInstance model;
    try (InputStream bpmn = new ClassPathResource("processes/petition-case.bpmn").getInputStream()) {
      model = Bpmn.readModelFromStream(bpmn);
    }
    change.accept(model);

    DeploymentBuilder deployment = repository.createDeployment()
        .name(name)
        .addModelInstance("petition-case.bpmn", model);
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      try (InputStream content = form.getInputStream()) {
        deployment.addInputStream(form.getFilename(), content);
      }
    }
    return deployment.deploy().getId();
  }
}
