package org.xinfang.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /api-docs (UI at /api-docs/ui). */
@Configuration
class ApiDocumentation {

  private static final String BASIC = "basic";

  @Bean
  OpenAPI xinfangApi() {
    return new OpenAPI()
        .info(new Info()
            .title("信访事项办理系统接口")
            .version("v1")
            .description("登记信访事项、查询事项及其办理过程。每个请求都须以系统用户的用户名和密码进行HTTP Basic认证；"
                + "错误以RFC 9457问题详情（application/problem+json）返回，输入有误时errors逐项列出字段及原因。"))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}
