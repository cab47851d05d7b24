#!/bin/sh
# Generates the million cases once (docs/benchmarks.md); a database that has them already is left as it is.
# Against another PostgreSQL: bench/generate.sh -Dspring.datasource.url=jdbc:postgresql://host/db \
#   -Dspring.datasource.username=… -Dspring.datasource.password=…
cd "$(dirname "$0")/.." && exec ./mvnw -o verify -Pbench -Dit.test='MillionCasesBench#generate' \
  -Dfailsafe.failIfNoSpecifiedTests=false "$@"
