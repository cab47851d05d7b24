# Builds the application with the Maven wrapper on a JDK and runs it on a JRE as an
# unprivileged user. docker-compose.yml starts it with PostgreSQL.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY . .
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --user-group --home-dir /app xinfang
WORKDIR /app
COPY --from=build /build/target/xinfang-*.jar /app/xinfang.jar
USER xinfang
ENV SPRING_PROFILES_ACTIVE=postgres
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/xinfang.jar"]
