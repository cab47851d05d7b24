#!/bin/sh
# Generates the million cases once (docs/benchmarks.md); a database that has them already is left as it is,
# one a broken-off run left (without its secondary indexes) must be deleted first: rm -rf target/bench-postgres.
# Against another PostgreSQL: bench/generate.sh -Dspring.datasource.url=jdbc:postgresql://host/db \
#   -Dspring.datasource.username=… -Dspring.datasource.password=…
cd "$(dirname "$0")/.." && exec ./mvnw -o verify -Pbench -Dit.test='MillionCasesBench#generate' \
  -Dfailsafe.failIfNoSpecifiedTests=false "$@"
