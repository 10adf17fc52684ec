#!/usr/bin/env bash
# Measures, on the embedded default with demo data: time to "Started" (first start with an empty
# data folder, then a restart reusing it), and the memory of the JVM and of the embedded
# PostgreSQL after start. Usage: scripts/measure-startup.sh  (builds the jar first if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/motcua-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B -DskipTests package; jar=$(ls target/motcua-*.jar | grep -v original | head -1); fi
work=$(mktemp -d)
port=${PORT:-18080}

run_once() {
	local label=$1 log="$work/$1.log"
	local start=$(date +%s%N)
	(cd "$work" && PORT=$port exec java -jar "$OLDPWD/$jar" >"$log" 2>&1) &
	local pid=$!
	until grep -aq "Started MotCuaApplication" "$log" 2>/dev/null; do
		kill -0 $pid 2>/dev/null || { echo "failed to start:"; tail -20 "$log"; exit 1; }
		sleep 0.2
	done
	local ready=$(date +%s%N)
	local boot=$(grep -ao "Started MotCuaApplication in [0-9.]* seconds" "$log" | grep -o "[0-9.]*")
	sleep 3
	local jpid=$pid
	local jrss=$(awk '/VmRSS/{print $2}' /proc/$jpid/status)
	local prss=0
	# the postmaster and its worker processes; PSS so that shared buffers count once
	local master=$(pgrep -f "$work/data/postgres" | head -1)
	for p in $master $(pgrep -P "$master" || true); do
		prss=$((prss + $(awk '/^Pss:/{print $2}' /proc/$p/smaps_rollup 2>/dev/null || echo 0)))
	done
	jcmd $pid GC.run >/dev/null 2>&1 || true
	local heapk=$(jcmd $pid GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
	printf '%-8s wall-to-ready %5.1f s | Spring "Started in" %5s s | JVM RSS %4d MiB | PostgreSQL PSS %4d MiB | live heap after GC %d MiB\n' \
		"$label" "$(echo "($ready-$start)/1000000000" | bc -l)" "$boot" $((jrss / 1024)) $((prss / 1024)) $((${heapk:-0} / 1024))
	kill $pid; wait $pid 2>/dev/null || true
}

run_once first
run_once restart
rm -rf "$work"
