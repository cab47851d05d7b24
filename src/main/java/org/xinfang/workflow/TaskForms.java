package org.xinfang.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The fields a task's Camunda Form lets its handler fill in, read from the form deployed with the
 * task's process: what a completion of that task may submit. Fields the form shows disabled or
 * read-only (the case's facts) are not among them; they are filled from the case record.
 */
@Component
class TaskForms {

  /** The form-js components a handler types or chooses a value in. */
  private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "select", "radio",
      "checkbox", "checklist", "taglist", "datetime");

  /** A task's form, by process definition and task definition: deployed once, never changed. */
  private record FormOf(String processDefinitionId, String taskDefinitionKey) {}

  private final Map<FormOf, Set<String>> inputs = new ConcurrentHashMap<>();
  private final TaskService tasks;
  private final FormService forms;
  private final SystemAuthority system;
  private final ObjectMapper json;

  TaskForms(TaskService tasks, FormService forms, SystemAuthority system, ObjectMapper json) {
    this.tasks = tasks;
    this.forms = forms;
    this.system = system;
    this.json = json;
  }

  /** The keys the task's form lets the handler fill in; empty when no such task is open. */
  public Optional<Set<String>> inputsOf(String taskId) {
    return system.run(() -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        return Optional.empty();
      }
      FormOf form = new FormOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
      return Optional.of(inputs.computeIfAbsent(form, key -> read(taskId)));
    });
  }

  private Set<String> read(String taskId) {
    InputStream form;
    try {
      form = forms.getDeployedTaskForm(taskId);
    } catch (BadUserRequestException noForm) {
      // a task without a deployed form takes no input at all
      return Set.of();
    }
    try (form) {
      Set<String> keys = new LinkedHashSet<>();
      collect(json.readTree(form), keys);
      return Set.copyOf(keys);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the form of task " + taskId, e);
    }
  }

  private static void collect(JsonNode container, Set<String> keys) {
    for (JsonNode component : container.path("components")) {
      String key = component.path("key").asText("");
      if (INPUT_TYPES.contains(component.path("type").asText()) && !key.isEmpty()
          && !component.path("disabled").asBoolean(false) && !isReadOnly(component)) {
        keys.add(key);
      }
      collect(component, keys);
    }
  }

  /** {@code readonly} is true, or an expression: either way not a field the handler fills in. */
  private static boolean isReadOnly(JsonNode component) {
    JsonNode readonly = component.path("readonly");
    return readonly.isTextual() || readonly.asBoolean(false);
  }
}
