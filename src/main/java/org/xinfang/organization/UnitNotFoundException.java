package org.xinfang.organization;

import org.xinfang.web.NotFound;

/** No unit has the code asked for. */
class UnitNotFoundException extends NotFound {

  public UnitNotFoundException(String code) {
    super("没有代码为“" + code + "”的责任单位");
  }
}
