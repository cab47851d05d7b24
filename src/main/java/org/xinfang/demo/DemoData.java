package org.xinfang.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.deadline.EngineClock;

/**
 * On the {@code demo} profile (the default): the demo district, its people and, on a database
 * without cases, the demo cases. Runs before the job executor starts (it starts once the
 * application is ready), so replaying the cases' history on the engine clock disturbs no job.
 * One transaction: a failed start leaves no half-built demo behind.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

  private final DemoDistrict district;
  private final DemoCases cases;

  DemoData(DemoDistrict district, DemoCases cases) {
    this.district = district;
    this.cases = cases;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    district.create();
    if (cases.noCasesYet()) {
      cases.create(EngineClock.now());
    }
  }
}
