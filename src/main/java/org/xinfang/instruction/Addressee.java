package org.xinfang.instruction;

import java.util.List;
import org.xinfang.organization.Roles;
import org.xinfang.organization.Unit;

/**
 * Whom an instruction is addressed to: the case's responsible unit (its handlers carry it out, its
 * leaders answer for it) or one of the bureau's rooms (answering to the bureau leaders).
 *
 * @param group the Camunda group that carries it out
 * @param name how people call it
 * @param leaders the group supervision climbs to when it stays silent
 */
record Addressee(String group, String name, String leaders) {

  /** The bureau's rooms a leader can instruct, by their group id. */
  static final List<String> ROOMS = List.of(Roles.PETITION_ROOM, Roles.MEDIATION_ROOM, Roles.OFFICE);

  static Addressee unit(Unit unit) {
    return new Addressee(unit.handlersGroup(), unit.getName(), unit.leadersGroup());
  }

  static Addressee room(String group) {
    String name = Roles.BUREAU_ROLES.stream().filter(role -> role.groupId().equals(group))
        .map(Roles.Role::name).findFirst().orElseThrow();
    return new Addressee(group, name, Roles.BUREAU_LEADERS);
  }
}
