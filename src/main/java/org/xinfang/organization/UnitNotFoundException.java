package org.xinfang.organization;

/** No unit has the code asked for. */
public class UnitNotFoundException extends RuntimeException {

  public UnitNotFoundException(String code) {
    super("没有代码为“" + code + "”的责任单位");
  }
}
