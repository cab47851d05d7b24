package org.xinfang.organization;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes units together with the Camunda groups of their handlers and leaders, in
 * one transaction: there is never a unit without its groups. The groups are named after the unit.
 */
@Service
public class UnitDirectory {

  private final UnitRepository units;
  private final IdentityService identity;

  public UnitDirectory(UnitRepository units, IdentityService identity) {
    this.units = units;
    this.identity = identity;
  }

  /** The unit, created with its groups if it does not exist yet. */
  @Transactional
  public Unit ensureUnit(String code, String name, UnitKind kind) {
    Unit unit = units.findById(code).orElseGet(() -> units.save(new Unit(code, name, kind)));
    ensureGroup(unit.handlersGroup(), handlersGroupName(name));
    ensureGroup(unit.leadersGroup(), leadersGroupName(name));
    return unit;
  }

  /**
   * A new unit and its two groups. Groups of that code that exist already, made in Admin before
   * the unit, are taken over and renamed.
   */
  @Transactional
  public Unit create(String code, String name, UnitKind kind) {
    if (units.existsById(code)) {
      throw new UnitConflictException("代码“" + code + "”已被其他责任单位使用");
    }
    requireFreeName(name);
    Unit unit;
    try {
      unit = units.saveAndFlush(new Unit(code, name, kind));
    } catch (DataIntegrityViolationException createdMeanwhile) {
      throw new UnitConflictException("代码“" + code + "”或名称“" + name + "”已被其他责任单位使用");
    }
    nameGroups(unit);
    return unit;
  }

  /** Renames the unit and its groups, and takes it out of routing or back in. */
  @Transactional
  public Unit change(String code, String name, boolean active) {
    Unit unit = unit(code);
    if (!unit.getName().equals(name)) {
      requireFreeName(name);
      unit.rename(name);
    }
    unit.setActive(active);
    nameGroups(unit);
    return unit;
  }

  /** The bureau's role groups, and the monitoring group an administrator puts a scraper's user into. */
  @Transactional
  public void ensureBureauRoles() {
    Roles.BUREAU_ROLES.forEach(role -> ensureGroup(role.groupId(), role.name()));
    ensureGroup(Roles.MONITORING, "运行监控");
  }

  public Unit unit(String code) {
    return units.findById(code).orElseThrow(() -> new UnitNotFoundException(code));
  }

  /** The units new items can be routed to. */
  public List<Unit> activeUnits() {
    return units.findByActiveTrueOrderByKindAscCodeAsc();
  }

  private void requireFreeName(String name) {
    if (units.existsByName(name)) {
      throw new UnitConflictException("名称“" + name + "”已被其他责任单位使用");
    }
  }

  private void nameGroups(Unit unit) {
    nameGroup(unit.handlersGroup(), handlersGroupName(unit.getName()));
    nameGroup(unit.leadersGroup(), leadersGroupName(unit.getName()));
  }

  private static String handlersGroupName(String unitName) {
    return unitName + "经办人";
  }

  private static String leadersGroupName(String unitName) {
    return unitName + "负责人";
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      nameGroup(id, name);
    }
  }

  /** Creates the group, or gives the existing one this name. */
  private void nameGroup(String id, String name) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
      group.setType("WORKFLOW");
    } else if (name.equals(group.getName())) {
      return;
    }
    group.setName(name);
    identity.saveGroup(group);
  }
}
