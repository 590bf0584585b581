# syntax=docker/dockerfile:1.7
# Family Voice: build the production jar (pre-compiled Vaadin bundle, no Node), run it on a JRE as a non-root user.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -Pproduction dependency:go-offline
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -Pproduction -DskipTests package \
    && cp target/family-voice-*.jar /src/app.jar

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system familyvoice && useradd --system --gid familyvoice --home /app familyvoice \
    && mkdir -p /app/data && chown -R familyvoice:familyvoice /app
WORKDIR /app
COPY --from=build --chown=familyvoice:familyvoice /src/app.jar /app/app.jar
USER familyvoice
# The embedded H2 database lives here; mount a volume to keep it.
VOLUME ["/app/data"]
ENV SPRING_PROFILES_ACTIVE=production \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
