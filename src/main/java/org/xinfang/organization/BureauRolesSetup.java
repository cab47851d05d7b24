package org.xinfang.organization;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every installation needs the bureau's role groups (the process gives them its tasks) and the monitoring group. */
@Component
@Order(0)
class BureauRolesSetup implements ApplicationRunner {

  private final UnitDirectory directory;

  BureauRolesSetup(UnitDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void run(ApplicationArguments args) {
    directory.ensureBureauRoles();
  }
}
