package org.xinfang.organization;

/** The kinds of responsible unit a district petition bureau transfers items to. */
public enum UnitKind {
  STREET("街道"),
  TOWN("镇"),
  TOWNSHIP("乡"),
  FARM("农林场"),
  DEPARTMENT("区直部门");

  private final String label;

  UnitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Townships, streets and farms are places a petition can be about; departments are not. */
  public boolean isPlace() {
    return this != DEPARTMENT;
  }
}
