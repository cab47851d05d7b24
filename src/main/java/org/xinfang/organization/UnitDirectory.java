package org.xinfang.organization;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates units together with the Camunda groups of their handlers and leaders. */
@Service
public class UnitDirectory {

  private final UnitRepository units;
  private final IdentityService identity;

  public UnitDirectory(UnitRepository units, IdentityService identity) {
    this.units = units;
    this.identity = identity;
  }

  @Transactional
  public Unit ensureUnit(String code, String name, UnitKind kind) {
    Unit unit = units.findById(code).orElseGet(() -> units.save(new Unit(code, name, kind)));
    ensureGroup(unit.handlersGroup(), name + "经办人");
    ensureGroup(unit.leadersGroup(), name + "负责人");
    return unit;
  }

  @Transactional
  public void ensureBureauRoles() {
    Roles.BUREAU_ROLES.forEach(role -> ensureGroup(role.groupId(), role.name()));
  }

  public List<Unit> activeUnits() {
    return units.findByActiveTrueOrderByKindAscCodeAsc();
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }
}
