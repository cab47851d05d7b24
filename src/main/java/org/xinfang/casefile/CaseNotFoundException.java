package org.xinfang.casefile;

/** No case has the number asked for. */
public class CaseNotFoundException extends RuntimeException {

  public CaseNotFoundException(String caseNumber) {
    super("没有编号为" + caseNumber + "的信访事项");
  }
}
