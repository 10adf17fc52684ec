#!/usr/bin/env bash
# Dossier throughput (README "Dossier throughput") or the crash check, against a real PostgreSQL
# server: the application runs as a separate JVM on a fresh database (created and dropped here).
#
#   scripts/bench-dossier.sh [throughput|crash] [-Dbench.clients=8] [-Dbench.seconds=30] [-Dbench.load=1000000]
#   scripts/bench-dossier.sh report [-Dbench.dossiers=10000000] [-Dbench.years=3] [-Dbench.queries=500]
#     (the report API against a plain GROUP BY; see vn.motcua.bench.ReportBenchmark)
#   scripts/bench-dossier.sh satisfaction [-Dbench.responses=1000000] [-Dbench.rounds=30]
#     (GET /api/v1/satisfaction/index over a campaign of a million responses against a plain
#      count(*) of them; see vn.motcua.bench.SatisfactionIndexBenchmark)
#
# Options (Java system properties):
#   bench.server   JDBC URL of the server (default jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres)
#   bench.clients  concurrent clients, for pgbench and for the application (default 8)
#   bench.seconds  length of each measurement (default 30)
#   bench.warmup   seconds of submissions and of transitions before measuring, not counted (default 60;
#                  the JIT needs it: with 10 s the first measurement ran at half speed)
#   bench.load     dossiers bulk-loaded by SQL before the second measurement (default 1000000;
#                  the full-size figure of issue 5 is -Dbench.load=10000000: about 37 GB of disk and,
#                  at the 200,000-in-42-s rate measured here, 35 min or more of loading)
#   bench.pgbench  the pgbench binary (default: found under /usr/lib/postgresql/*/bin)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-throughput}
shift || true
./mvnw -q spring-javaformat:apply test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-app.cp -Dmdep.includeScope=runtime
pgbench=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -1 || true)
app_cp="target/classes:$(cat target/bench-app.cp)"
case "$what" in
	throughput) main=vn.motcua.bench.DossierThroughput ;;
	crash) main=vn.motcua.bench.DossierCrashCheck ;;
	report) main=vn.motcua.bench.ReportBenchmark ;;
	satisfaction) main=vn.motcua.bench.SatisfactionIndexBenchmark ;;
	*) echo "usage: $0 [throughput|crash|report|satisfaction] [-Dname=value...]" >&2; exit 2 ;;
esac
exec java -Xmx512m "-Dbench.app.cp=$app_cp" "-Dbench.pgbench=${pgbench:-pgbench}" "$@" \
	-cp "target/test-classes:$app_cp" "$main"
