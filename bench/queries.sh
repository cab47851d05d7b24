#!/bin/sh
# Measures the lists at a million cases (p50/p95 after a warm-up), generating the cases first if they are missing.
cd "$(dirname "$0")/.." && exec ./mvnw -o verify -Pbench -Dit.test='MillionCasesBench' \
  -Dfailsafe.failIfNoSpecifiedTests=false "$@"
