package org.xinfang.audit;

import java.util.Set;

/**
 * Which of some cases keep their accuser from the current reader (Art. 30 ¶3). The case record
 * knows; the audit log asks through this, so that it can stay below the record it audits.
 */
public interface AccuserSecrecy {

  /** The numbers among {@code caseNumbers} of accusations whose accuser the current reader may not know. */
  Set<String> withheldFromReader(Set<String> caseNumbers);
}
