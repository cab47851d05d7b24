package org.xinfang;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Creates the users a test logs in with, once per database. */
public final class TestUsers {

  private TestUsers() {}

  public static void ensure(IdentityService identity, String userId, String password, String... groupIds) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("测试");
      user.setPassword(password);
      identity.saveUser(user);
    }
    for (String groupId : groupIds) {
      if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identity.createMembership(userId, groupId);
      }
    }
  }
}
