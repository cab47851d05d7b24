package org.xinfang.workflow;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Starts the bureau's processes on the system's authority. A petition, a review or an instruction
 * exists in the engine only together with its record in our tables, so no user holds the right to
 * start one in the engine (Tasklist, REST); the step of ours that writes the record starts it.
 */
@Component
public class SystemAuthority {

  private final IdentityService identity;

  SystemAuthority(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T run(Supplier<T> action) {
    var user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }
}
