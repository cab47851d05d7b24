package org.xinfang.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A process test on the whole application: a database of its own on the tests' embedded PostgreSQL
 * ({@code EmbeddedPostgresInitializer}), shared by the test classes of this context, no job executor
 * (timers are fired by the test), camunda-bpm-assert bound to this context's engine, and the engine
 * clock put back after every test because it is global.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import(PetitionCases.class)
@ExtendWith(PetitionProcessContext.EngineUnderTest.class)
@interface PetitionProcessContext {

  class EngineUnderTest implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
      BpmnAwareTests.init(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
    }

    @Override
    public void afterEach(ExtensionContext context) {
      ClockUtil.reset();
      BpmnAwareTests.reset();
    }
  }
}
