package org.xinfang.security;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the people a task is offered to may do with it: work on it (claim, complete through its
 * form) and hand it on (unclaim, assign, delegate), never change it (its variables, due date or
 * name). The engine's default gives them UPDATE, which allows all of that and writing any variable
 * besides; here they get TASK_WORK and TASK_ASSIGN. Whom a task may be handed to is
 * {@code workflow.TaskAssignments}' rule. The only class that reaches into the engine's
 * implementation: its authorization provider is configured nowhere else.
 */
@Component
class TaskWorkPermissions extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
    configuration.setResourceAuthorizationProvider(new WorkAndAssign());
  }

  /** The engine's own provider, with TASK_ASSIGN beside TASK_WORK on every task authorization it writes. */
  private static final class WorkAndAssign extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity createOrUpdateAuthorization(Task task, String userId, String groupId,
        Resource resource, boolean isHistoric, Permission... permissions) {
      AuthorizationEntity authorization =
          super.createOrUpdateAuthorization(task, userId, groupId, resource, isHistoric, permissions);
      if (authorization != null && !isHistoric && resource == Resources.TASK) {
        authorization.addPermission(Permissions.TASK_ASSIGN);
      }
      return authorization;
    }
  }
}
