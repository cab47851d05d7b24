package org.xinfang.organization;

/** Another unit already has the code or the name: both must stay unique. */
class UnitConflictException extends RuntimeException {

  public UnitConflictException(String message) {
    super(message);
  }
}
