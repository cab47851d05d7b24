package org.xinfang.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** A responsible unit (责任单位). Its handlers and leaders are the Camunda groups named by {@link Roles}. */
@Entity
@Table(name = "unit")
public class Unit implements Persistable<String> {

  /** A unit's code: part of its group ids, so lower-case letters, digits and hyphens only. */
  public static final String CODE_PATTERN = "[a-z][a-z0-9-]{1,39}";

  @Id
  private String code;

  private String name;

  @Enumerated(EnumType.STRING)
  private UnitKind kind;

  private boolean active = true;

  /**
   * The code is chosen by people, not generated: a new unit must be inserted, never merged into
   * one of the same code that another request stored meanwhile.
   */
  @Transient
  private boolean stored;

  protected Unit() {}

  public Unit(String code, String name, UnitKind kind) {
    this.code = code;
    this.name = name;
    this.kind = kind;
  }

  public String getCode() {
    return code;
  }

  @Override
  public String getId() {
    return code;
  }

  @Override
  public boolean isNew() {
    return !stored;
  }

  @PostLoad
  @PostPersist
  void markStored() {
    stored = true;
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

  void rename(String name) {
    this.name = name;
  }

  /** An inactive unit is offered for no new item; its cases and history stay as they were. */
  void setActive(boolean active) {
    this.active = active;
  }

  public String handlersGroup() {
    return Roles.unitHandlers(code);
  }

  public String leadersGroup() {
    return Roles.unitLeaders(code);
  }
}
