package org.xinfang.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A responsible unit (责任单位). Its handlers and leaders are the Camunda groups named by {@link Roles}. */
@Entity
@Table(name = "unit")
public class Unit {

  @Id
  private String code;

  private String name;

  @Enumerated(EnumType.STRING)
  private UnitKind kind;

  private boolean active = true;

  protected Unit() {}

  public Unit(String code, String name, UnitKind kind) {
    this.code = code;
    this.name = name;
    this.kind = kind;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public UnitKind getKind() {
    return kind;
  }

  public boolean isActive() {
    return active;
  }

  public String handlersGroup() {
    return Roles.unitHandlers(code);
  }

  public String leadersGroup() {
    return Roles.unitLeaders(code);
  }
}
