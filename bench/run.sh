#!/usr/bin/env bash
# Builds schemac and runs its benchmarks; each prints its figures and the target it is held to.
# Usage: bench/run.sh [processor|converters|startup|apply|locks|all]   (SCHEMAC_BENCH_JDBC_URL=... to use a server)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -pl bench -am package -DskipTests
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
run() { echo "== $1"; java -Xmx2g -cp "$cp" "dev.schemac.bench.$1" "${@:2}"; echo; }
case "${1:-all}" in
    processor) run ProcessorOverheadBench 2000 5 ;;
    converters) run ConverterEvaluationBench 200 5 ;;
    startup) run StartupBench 1000 7 ;;
    apply) run ApplyBench 1000 3 ;;
    locks) run LockBench 1000000 3 ;;
    all)
        run ProcessorOverheadBench 2000 5
        run StartupBench 1000 7
        run ApplyBench 1000 3
        run LockBench 1000000 3
        ;;
    *) echo "usage: $0 [processor|converters|startup|apply|locks|all]" >&2; exit 2 ;;
esac
