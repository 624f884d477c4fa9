# The newsflow image: one jar, every service (the compose file picks the command).
# Build: docker build -t newsflow:latest .   (the first stage runs the Maven wrapper; tests are skipped here)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -ntp -Dmaven.test.skip=true package

FROM eclipse-temurin:17-jre
# curl for the compose health checks against /health and /ready.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /var/lib/newsflow --create-home newsflow
COPY --from=build /src/cli/target/newsflow.jar /opt/newsflow/newsflow.jar
USER newsflow
WORKDIR /var/lib/newsflow
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
