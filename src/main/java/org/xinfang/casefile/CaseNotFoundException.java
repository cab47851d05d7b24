package org.xinfang.casefile;

import org.xinfang.web.NotFound;

/** No case has the number asked for. */
public class CaseNotFoundException extends NotFound {

  public CaseNotFoundException(String caseNumber) {
    super("没有编号为" + caseNumber + "的信访事项");
  }
}
