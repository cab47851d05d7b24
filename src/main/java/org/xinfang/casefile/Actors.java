package org.xinfang.casefile;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Who is acting: the user the engine (Tasklist, REST) or the API authenticated, else the system. */
@Component
public class Actors {

  /** Timers and other unattended steps act as the system. */
  public static final String SYSTEM = "system";
  /** The petitioner, acting with the case number and query code on the lookup page. */
  public static final String PETITIONER = "petitioner";

  private final IdentityService identity;

  Actors(IdentityService identity) {
    this.identity = identity;
  }

  public String current() {
    var authentication = identity.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return SYSTEM;
  }
}
