package org.xinfang.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Lets a unit's groups read one process instance: the petition while it is routed to the unit, the
 * supervision of the unit. The tasks themselves reach the groups through the engine's default
 * authorizations for candidate groups; this adds the instance they belong to.
 */
@Component
public class ProcessReaders {

  private final AuthorizationService authorizations;

  ProcessReaders(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grant(String processInstanceId, String... groupIds) {
    for (String groupId : groupIds) {
      if (find(processInstanceId, groupId) == null) {
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(groupId);
        read.setResource(Resources.PROCESS_INSTANCE);
        read.setResourceId(processInstanceId);
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
      }
    }
  }

  public void revoke(String processInstanceId, String... groupIds) {
    for (String groupId : groupIds) {
      Authorization read = find(processInstanceId, groupId);
      if (read != null) {
        authorizations.deleteAuthorization(read.getId());
      }
    }
  }

  private Authorization find(String processInstanceId, String groupId) {
    return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).groupIdIn(groupId)
        .singleResult();
  }
}
