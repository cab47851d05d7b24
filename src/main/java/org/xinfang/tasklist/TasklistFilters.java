package org.xinfang.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.xinfang.instruction.InstructionProcess;
import org.xinfang.organization.Roles;
import org.xinfang.supervision.SupervisionProcess;
import org.xinfang.workflow.TaskListing;
import org.xinfang.workflow.TaskUrgency;

/**
 * The saved Tasklist filters every bureau user starts from. They are part of the product, so they
 * are created on every profile, each only if no filter of its name exists: an administrator may
 * adjust them in Tasklist without a restart undoing it. The queries hold no expressions (the engine
 * refuses them in stored queries): the engine's authorizations already narrow every filter to the
 * tasks its user may see, and how urgent a task is stands in its priority ({@link TaskUrgency}).
 * They hold no order either: Tasklist sends the order its sort button shows with every request,
 * and the engine would sort by a saved order first, so the button would name an order the list
 * does not have.
 */
@Component
class TasklistFilters implements ApplicationRunner {

  static final String MY_WORK = "本单位待办";
  static final String OVERDUE = "已超期";
  static final String DUE_SOON = "三日内到期";
  static final String PETITION_ROOM_QUEUE = "信访室待办";
  static final String DISTRICT_OVERDUE = "全区超期事项";
  static final String SUPERVISION = "督办事项";
  static final String INSTRUCTIONS = "领导批示落实";

  private static final String VARIABLES = "variables";

  /**
   * The columns of an earlier release, which showed only the case number and title and sorted by
   * due date whatever Tasklist's sort button said. A filter still showing exactly these gets this
   * release's columns and query; one an administrator changed stays as it is.
   */
  private static final List<Map<String, String>> EARLIER_VARIABLES = List.of(
      Map.of("name", TaskListing.CASE_NUMBER, "label", "事项编号"),
      Map.of("name", TaskListing.CASE_TITLE, "label", "标题"));

  /** A filter, and who may read it; no groups means every user. */
  record Definition(String name, String description, String color, Supplier<TaskQuery> query, List<String> readers) {}

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  List<Definition> definitions() {
    return List.of(
        new Definition(MY_WORK, "本人有权查看的全部待办：本单位（科室）的待办，含已签收的", "#1f6fb2",
            this::visible, List.of()),
        new Definition(OVERDUE, "已超过法定期限仍未办理的待办", "#c0392b",
            () -> visible().taskMinPriority(TaskUrgency.OVERDUE), List.of()),
        new Definition(DUE_SOON, "法定期限即将届满（已发出期限提醒，届满前三个工作日起）的待办", "#e67e22",
            () -> visible().taskPriority(TaskUrgency.DUE_SOON), List.of()),
        new Definition(PETITION_ROOM_QUEUE, "信访室的全部待办，含已签收的", "#2e8b57",
            () -> tasks.createTaskQuery().taskCandidateGroup(Roles.PETITION_ROOM).includeAssignedTasks(),
            List.of(Roles.PETITION_ROOM, Roles.BUREAU_LEADERS, Roles.SUPERVISORS)),
        new Definition(DISTRICT_OVERDUE, "全区各单位已超过法定期限的待办，供督查督办", "#8e44ad",
            () -> visible().taskMinPriority(TaskUrgency.OVERDUE),
            List.of(Roles.SUPERVISORS, Roles.MEDIATION_ROOM, Roles.BUREAU_LEADERS, Roles.DISTRICT_LEADERS)),
        new Definition(SUPERVISION, "超期事项的督办：督办通知、单位反馈和领导督办，含已签收的", "#6c3483",
            () -> tasks.createTaskQuery().processDefinitionKey(SupervisionProcess.KEY),
            List.of(Roles.MEDIATION_ROOM, Roles.SUPERVISORS, Roles.BUREAU_LEADERS, Roles.DISTRICT_LEADERS)),
        new Definition(INSTRUCTIONS, "领导批示的落实：落实单位的待办和批示领导的确认，含已签收的", "#b7950b",
            () -> tasks.createTaskQuery().processDefinitionKey(InstructionProcess.KEY),
            List.of(Roles.BUREAU_LEADERS, Roles.DISTRICT_LEADERS, Roles.MEDIATION_ROOM, Roles.SUPERVISORS)));
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Definition> definitions = definitions();
    for (int i = 0; i < definitions.size(); i++) {
      Definition definition = definitions.get(i);
      Filter existing = filters.createFilterQuery().filterName(definition.name()).singleResult();
      if (existing == null) {
        create(definition, (i + 1) * 10);
      } else if (!runs(existing)) {
        filters.saveFilter(existing.setQuery(definition.query().get()));
      } else if (EARLIER_VARIABLES.equals(existing.getProperties().get(VARIABLES))) {
        Map<String, Object> properties = new LinkedHashMap<>(existing.getProperties());
        properties.put(VARIABLES, listed());
        filters.saveFilter(existing.setQuery(definition.query().get()).setProperties(properties));
      }
    }
  }

  /** What the list shows of each task besides its name and dates: see {@link TaskListing}. */
  static List<Map<String, String>> listed() {
    return TaskListing.COLUMNS.stream()
        .map(column -> Map.of("name", column.getKey(), "label", column.getValue()))
        .toList();
  }

  /**
   * Whether the engine runs the filter's query. One saved by an earlier release still holds the
   * expressions it no longer evaluates, and gets this release's query; the rest of it stays.
   */
  private boolean runs(Filter filter) {
    try {
      filters.count(filter.getId());
      return true;
    } catch (BadUserRequestException storedExpression) {
      return false;
    }
  }

  /** Every task the engine lets the user see. */
  private TaskQuery visible() {
    return tasks.createTaskQuery();
  }

  private void create(Definition definition, int priority) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", definition.description());
    properties.put("priority", priority);
    properties.put("color", definition.color());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put(VARIABLES, listed());
    Filter filter = filters.newTaskFilter(definition.name())
        .setQuery(definition.query().get())
        .setProperties(properties);
    filters.saveFilter(filter);
    if (definition.readers().isEmpty()) {
      grantRead(filter, Authorization.AUTH_TYPE_GLOBAL, null);
    } else {
      definition.readers().forEach(group -> grantRead(filter, Authorization.AUTH_TYPE_GRANT, group));
    }
  }

  private void grantRead(Filter filter, int type, String groupId) {
    Authorization read = authorizations.createNewAuthorization(type);
    read.setResource(Resources.FILTER);
    read.setResourceId(filter.getId());
    read.addPermission(Permissions.READ);
    if (groupId == null) {
      read.setUserId(Authorization.ANY);
    } else {
      read.setGroupId(groupId);
    }
    authorizations.saveAuthorization(read);
  }
}
