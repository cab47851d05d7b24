package org.xinfang.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.xinfang.organization.Roles;

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
