package org.xinfang.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.xinfang.organization.Roles;
import org.xinfang.workflow.TaskListing;

/** Without the demo profile: the filters are part of the product. */
@SpringBootTest
@ActiveProfiles("test")
class TasklistFiltersTest {

  @Autowired FilterService filters;
  @Autowired AuthorizationService authorizations;
  @Autowired TasklistFilters tasklistFilters;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine engine;

  @Test
  void everyProfileGetsTheFiltersOnce() throws Exception {
    tasklistFilters.run(null);

    assertThat(filters.createFilterQuery().list()).extracting(Filter::getName).containsExactlyInAnyOrder(
        TasklistFilters.MY_WORK, TasklistFilters.OVERDUE, TasklistFilters.DUE_SOON,
        TasklistFilters.PETITION_ROOM_QUEUE, TasklistFilters.DISTRICT_OVERDUE, TasklistFilters.SUPERVISION,
        TasklistFilters.INSTRUCTIONS);
  }

  @Test
  void theFiltersAreOrderedForTasklist() {
    assertThat(filter(TasklistFilters.MY_WORK).getProperties()).containsEntry("priority", 10);
    assertThat(filter(TasklistFilters.DISTRICT_OVERDUE).getProperties()).containsEntry("priority", 50);
  }

  @Test
  void everyoneMayReadTheGeneralFiltersAndTheRolesTheirOwn() {
    Filter myWork = filter(TasklistFilters.MY_WORK);
    assertThat(authorizations.createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(myWork.getId()).userIdIn(Authorization.ANY).list())
        .singleElement()
        .satisfies(read -> assertThat(read.isPermissionGranted(Permissions.READ)).isTrue());

    assertThat(readingGroups(TasklistFilters.DISTRICT_OVERDUE)).containsExactlyInAnyOrder(
        Roles.SUPERVISORS, Roles.MEDIATION_ROOM, Roles.BUREAU_LEADERS, Roles.DISTRICT_LEADERS);
    assertThat(readingGroups(TasklistFilters.SUPERVISION)).containsExactlyInAnyOrder(
        Roles.MEDIATION_ROOM, Roles.SUPERVISORS, Roles.BUREAU_LEADERS, Roles.DISTRICT_LEADERS);
    assertThat(readingGroups(TasklistFilters.INSTRUCTIONS)).containsExactlyInAnyOrder(
        Roles.BUREAU_LEADERS, Roles.DISTRICT_LEADERS, Roles.MEDIATION_ROOM, Roles.SUPERVISORS);
  }

  @Test
  void everyFilterListsTheCaseTheUnitTheLimitAndTheReminderByName() {
    for (Filter filter : filters.createFilterQuery().list()) {
      assertThat(filter.getProperties().get("variables")).as(filter.getName()).isEqualTo(List.of(
          Map.of("name", "caseNumber", "label", "事项编号"),
          Map.of("name", "caseTitle", "label", "标题"),
          Map.of("name", TaskListing.LIMIT, "label", "期限"),
          Map.of("name", TaskListing.REMINDER, "label", "提醒日期"),
          Map.of("name", TaskListing.UNIT, "label", "责任单位")));
    }
  }

  @Test
  void theFiltersLeaveTheOrderToTasklistsSortButton() {
    // Tasklist sends the order its button shows; an order saved in the filter would come first
    for (Filter filter : filters.createFilterQuery().list()) {
      assertThat(((TaskQueryImpl) filter.getQuery()).getOrderingProperties()).as(filter.getName()).isEmpty();
    }
  }

  @Test
  void aFilterAsAnEarlierReleaseSavedItGetsThisReleasesColumnsAndNoOrder() throws Exception {
    Filter queue = filter(TasklistFilters.PETITION_ROOM_QUEUE);
    Map<String, Object> earlier = new LinkedHashMap<>(queue.getProperties());
    earlier.put("variables", List.of(
        Map.of("name", "caseNumber", "label", "事项编号"),
        Map.of("name", "caseTitle", "label", "标题")));
    filters.saveFilter(queue.setQuery(tasks.createTaskQuery().taskCandidateGroup(Roles.PETITION_ROOM)
        .includeAssignedTasks().orderByDueDate().asc()).setProperties(earlier));

    tasklistFilters.run(null);

    Filter upgraded = filter(TasklistFilters.PETITION_ROOM_QUEUE);
    assertThat(upgraded.getProperties().get("variables")).isEqualTo(TasklistFilters.listed());
    assertThat(((TaskQueryImpl) upgraded.getQuery()).getOrderingProperties()).isEmpty();
    assertThat(upgraded.getProperties()).containsEntry("color", queue.getProperties().get("color"));
  }

  @Test
  void aFilterAnAdministratorChangedStaysAsItIs() throws Exception {
    Filter dueSoon = filter(TasklistFilters.DUE_SOON);
    Map<String, Object> original = dueSoon.getProperties();
    Map<String, Object> changed = new LinkedHashMap<>(original);
    changed.put("variables", List.of(Map.of("name", "caseNumber", "label", "编号")));
    filters.saveFilter(dueSoon.setProperties(changed));
    try {
      tasklistFilters.run(null);

      assertThat(filter(TasklistFilters.DUE_SOON).getProperties().get("variables"))
          .isEqualTo(List.of(Map.of("name", "caseNumber", "label", "编号")));
    } finally {
      filters.saveFilter(filter(TasklistFilters.DUE_SOON).setProperties(original));
    }
  }

  @Test
  void theEngineRefusesExpressionsInSavedFilters() {
    assertThatThrownBy(() -> filters.saveFilter(filters.newTaskFilter("我的组")
        .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"))))
        .isInstanceOf(BadUserRequestException.class);
  }

  @Test
  void aFilterSavedWithExpressionsByAnEarlierReleaseGetsThisReleasesQuery() throws Exception {
    Filter overdue = filter(TasklistFilters.OVERDUE);
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.setEnableExpressionsInStoredQueries(true);
    try {
      filters.saveFilter(overdue.setQuery(tasks.createTaskQuery().dueBeforeExpression("${now()}")));
    } finally {
      configuration.setEnableExpressionsInStoredQueries(false);
    }
    assertThatThrownBy(() -> filters.count(overdue.getId())).isInstanceOf(BadUserRequestException.class);

    tasklistFilters.run(null);

    assertThat(filters.count(overdue.getId())).isNotNegative();
    assertThat(filter(TasklistFilters.OVERDUE).getProperties()).containsEntry("priority", 20);
  }

  private List<String> readingGroups(String filterName) {
    return authorizations.createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(filter(filterName).getId()).list().stream()
        .map(Authorization::getGroupId)
        .toList();
  }

  private Filter filter(String name) {
    return filters.createFilterQuery().filterName(name).singleResult();
  }
}
