package org.xinfang.lookup;

/**
 * No case has this number, or its query code is another: the two are never told apart, so that
 * the answer reveals neither which case numbers exist nor anything about a code.
 */
class UnknownCaseOrCode extends RuntimeException {

  UnknownCaseOrCode() {
    super("事项编号或查询码不正确，请核对告知书上的事项编号和查询码后重新输入", null, false, false);
  }
}
