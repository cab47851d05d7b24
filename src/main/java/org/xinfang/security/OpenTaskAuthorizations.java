package org.xinfang.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine lets a task's candidate groups, candidate users and assignee read and work on it by
 * authorizations it writes when the task gets them, and only while it checks authorizations. Tasks
 * of an installation that ran before it did have none, and nobody but the district's watchers would
 * see them; tasks created before {@link TaskWorkPermissions} carry the engine's default UPDATE,
 * which lets their people write any variable. Every start gives each open task what the engine
 * would give it now.
 */
@Component
@Order(2)
class OpenTaskAuthorizations implements ApplicationRunner {

  private final TaskService tasks;
  private final AuthorizationService authorizations;

  OpenTaskAuthorizations(TaskService tasks, AuthorizationService authorizations) {
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    // one read of every task's grants: the engine indexes no resource id, so a query per task would
    // read the whole table once per open task, which never ends at a hundred thousand of them
    Map<String, List<Authorization>> grants = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .list().stream().collect(Collectors.groupingBy(Authorization::getResourceId));
    for (Task task : tasks.createTaskQuery().list()) {
      List<Authorization> existing = grants.getOrDefault(task.getId(), List.of());
      if (existing.isEmpty()) {
        tasks.getIdentityLinksForTask(task.getId()).forEach(link -> grant(task, link));
      }
      existing.stream().filter(grant -> grant.isPermissionGranted(Permissions.UPDATE)).forEach(this::narrow);
    }
  }

  private void narrow(Authorization grant) {
    grant.removePermission(Permissions.UPDATE);
    grant.addPermission(Permissions.TASK_WORK);
    grant.addPermission(Permissions.TASK_ASSIGN);
    authorizations.saveAuthorization(grant);
  }

  private void grant(Task task, IdentityLink link) {
    Authorization work = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    if (link.getGroupId() != null) {
      work.setGroupId(link.getGroupId());
    } else {
      work.setUserId(link.getUserId());
    }
    work.setResource(Resources.TASK);
    work.setResourceId(task.getId());
    work.addPermission(Permissions.READ);
    work.addPermission(Permissions.TASK_WORK);
    work.addPermission(Permissions.TASK_ASSIGN);
    authorizations.saveAuthorization(work);
  }
}
