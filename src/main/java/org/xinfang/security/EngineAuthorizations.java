package org.xinfang.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.organization.Roles;

/**
 * What the engine lets each role see and do, beyond the tasks offered to it. Every user reads the
 * process models and works in Tasklist; the petition room starts the desk's
 * registration; Cockpit and Admin are for supervisors (and administrators,
 * who may do everything). The roles that watch the whole district read every task and process
 * instance, with its history. Supervisors read Cockpit and change nothing in it: its Human Tasks
 * page counts the tasks of every group, which the engine answers only to READ on every task. A unit's staff read only what reaches them: their tasks, through the
 * engine's default authorizations for candidate groups, and the process instances of the cases
 * routed to their unit ({@link ProcessReaders}). Created on every start, each only if missing.
 */
@Component
@Order(1)
class EngineAuthorizations implements ApplicationRunner {

  /** The roles that see the whole district's work in Tasklist and Cockpit. */
  static final List<String> DISTRICT_WATCHERS =
      List.of(Roles.SUPERVISORS, Roles.MEDIATION_ROOM, Roles.BUREAU_LEADERS, Roles.DISTRICT_LEADERS);

  /** The one process a user starts in Tasklist: the petition room registers a petition at the desk. */
  static final String DESK_REGISTRATION = "RegisterPetition";

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";
  static final String ADMIN = "admin";

  private final AuthorizationService authorizations;

  EngineAuthorizations(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    grantEveryone(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    // the models themselves: Tasklist names a task's process, the due-date calculator reads the limits
    grantEveryone(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    // names instead of ids for the people and groups Tasklist shows
    grantEveryone(Resources.USER, Authorization.ANY, Permissions.READ);
    grantEveryone(Resources.GROUP, Authorization.ANY, Permissions.READ);
    // starting needs both; every other model lacks CREATE_INSTANCE, so only this one is startable
    grantGroup(Roles.PETITION_ROOM, Resources.PROCESS_DEFINITION, DESK_REGISTRATION,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grantGroup(Roles.PETITION_ROOM, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    grantGroup(Roles.SUPERVISORS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grantGroup(Roles.SUPERVISORS, Resources.APPLICATION, ADMIN, Permissions.ACCESS);
    // a process's tasks are theirs to read already (READ_TASK on the models); no task variable names an accuser
    grantGroup(Roles.SUPERVISORS, Resources.TASK, Authorization.ANY, Permissions.READ);
    DISTRICT_WATCHERS.forEach(group -> grantGroup(group, Resources.PROCESS_DEFINITION, Authorization.ANY,
        Permissions.READ, ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY));
  }

  private void grantEveryone(Resource resource, String resourceId, Permission permission) {
    grant(Authorization.AUTH_TYPE_GLOBAL, null, resource, resourceId, permission);
  }

  private void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(Authorization.AUTH_TYPE_GRANT, groupId, resource, resourceId, permissions);
  }

  /** The engine keeps one authorization per grantee and resource: adds what it lacks. */
  private void grant(int type, String groupId, Resource resource, String resourceId, Permission... permissions) {
    var query = authorizations.createAuthorizationQuery().authorizationType(type)
        .resourceType(resource).resourceId(resourceId);
    Authorization grant = (groupId == null ? query.userIdIn(Authorization.ANY) : query.groupIdIn(groupId))
        .singleResult();
    if (grant == null) {
      grant = authorizations.createNewAuthorization(type);
      if (groupId == null) {
        grant.setUserId(Authorization.ANY);
      } else {
        grant.setGroupId(groupId);
      }
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    boolean changed = grant.getId() == null;
    for (Permission permission : permissions) {
      if (!grant.isPermissionGranted(permission)) {
        grant.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(grant);
    }
  }
}
