#!/usr/bin/env bash
# NewsGraph benchmark: every figure of BENCHMARKS.md in one run, written to bench/results-<UTC time>.md.
# Run from the repository root on a quiet machine:   bench/run.sh
# Settings (environment):
#   SCALE=full|small   full: 1K/10K/100K synthetic articles (default); small: 300/1000/3000, to check the harness
#   SOTU=DIR           the real English corpus (default ../shared/corpora/sotu)
#   QUERIES=DIR        the .rq files to time (default queries/, else bench/queries-sample/)
#   WORK=DIR           scratch space, several GB at full scale (default target/bench-work)
#   ROUNDS=N           timed rounds per extraction figure, best counts (default 3)
#   LOAD_N=N           synthetic articles for the loading figure (default: the medium size, 10K at full scale)
#   LOAD_THREADS=N LOAD_SECONDS=N   concurrent lookup load (default 4 threads, 30 s)
#   E2E_OPTS="..."     JVM properties for the end-to-end ingest, e.g. "-Dbulk=off -Dbatch=100" (default: ingest's defaults)
#   FIGURES="extraction loading e2e query"   which figures to take (default: all)
#   SKIP_BUILD=1       use the jars already in target/
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-full}
SOTU=${SOTU:-../shared/corpora/sotu}
WORK=${WORK:-target/bench-work}
ROUNDS=${ROUNDS:-3}
LOAD_THREADS=${LOAD_THREADS:-4}
LOAD_SECONDS=${LOAD_SECONDS:-30}
E2E_OPTS=${E2E_OPTS:-}
FIGURES=${FIGURES:-extraction loading e2e query}
want() { [[ " $FIGURES " == *" $1 "* ]]; }
if [[ -z "${QUERIES:-}" ]]; then
  if compgen -G "queries/*.rq" > /dev/null || compgen -G "queries/**/*.rq" > /dev/null; then QUERIES=queries; else QUERIES=bench/queries-sample; fi
fi
case "$SCALE" in
  full) SMALL=1000; MEDIUM=10000; LARGE=100000 ;;
  small) SMALL=300; MEDIUM=1000; LARGE=3000 ;;
  *) echo "SCALE must be full or small, got '$SCALE'" >&2; exit 2 ;;
esac
STAMP=$(date -u +%Y%m%d-%H%M)
OUT=${OUT:-bench/results-$STAMP-$SCALE.md}
mkdir -p "$WORK"
BENCH="java -cp target/benchmarks.jar"
NG="java -jar target/newsgraph.jar"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn -q -Pbench -DskipTests package
fi

load() { echo "$(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"; }
{
  echo "# NewsGraph benchmark results, $STAMP UTC (SCALE=$SCALE)"
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -h | awk '/Mem:/{print $2}') RAM; $(java -version 2>&1 | head -1)"
  echo "Commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)'); queries from $QUERIES"
  echo
  echo "Load average (1, 5, 15 min) at the start: $(load)"
  echo
  echo "| figure | NewsGraph | limit | ratio | target | notes |"
  echo "|---|---|---|---|---|---|"
} > "$OUT"
row() { tee -a "$OUT"; }

for n in $SMALL $MEDIUM $LARGE; do
  [[ -d "$WORK/synth-$n" ]] || $NG generate --count "$n" --seed 42 --out "$WORK/synth-$n"
done

if want extraction; then
echo "## extraction" >&2
$BENCH org.newsgraph.bench.ExtractionFigures sotu "$ROUNDS" "$SOTU" | row
$BENCH org.newsgraph.bench.ExtractionFigures "synthetic-$SMALL" "$ROUNDS" "$WORK/synth-$SMALL" | row
echo "load: $(load)" >&2
fi

if want loading; then
echo "## loading" >&2
LOAD_N=${LOAD_N:-$MEDIUM}
[[ -d "$WORK/synth-$LOAD_N" ]] || $NG generate --count "$LOAD_N" --seed 42 --out "$WORK/synth-$LOAD_N"
$BENCH org.newsgraph.bench.LoadFigures "synthetic-$LOAD_N" "$WORK/load" "$WORK/synth-$LOAD_N" | row
rm -rf "$WORK/load"
fi

if want e2e || [[ ! -d "$WORK/store-$LARGE" ]]; then
echo "## end to end" >&2
java -Xmx1g -Xlog:gc:file="$WORK/gc-e2e.log" $E2E_OPTS -cp target/benchmarks.jar org.newsgraph.bench.EndToEnd \
  "$WORK/store-$LARGE" "$WORK/synth-$LARGE" | row
fi

if want query; then
echo "## querying" >&2
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_up() { for _ in $(seq 1 120); do curl -sf -o /dev/null "$1?query=ASK%7B%7D" && return 0; sleep 1; done; echo "server at $1 did not come up" >&2; return 1; }
PORT=$(free_port)
java -Xmx1g -jar target/newsgraph.jar serve --store "$WORK/store-$LARGE" --port "$PORT" --timeout 300 > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
URL="http://127.0.0.1:$PORT/newsgraph/sparql"
wait_up "$URL"
$BENCH org.newsgraph.bench.QueryFigures "$URL" "$QUERIES" 50 | sed "s/^| /| query latency ($LARGE articles): /" | row
kill $SERVER; wait $SERVER 2>/dev/null || true
# The two servers take turns (NewsGraph, Fuseki, NewsGraph, Fuseki); the better round of each counts.
NGRATE="lookups/s 0 errors 0"; FKRATE="lookups/s 0 errors 0"
better() { awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " "); print (y[2] + 0 > x[2] + 0 ? b : a) }'; }
for round in 1 2; do
  PORT=$(free_port)
  java -Xmx1g -jar target/newsgraph.jar serve --store "$WORK/store-$LARGE" --port "$PORT" >> "$WORK/serve.log" 2>&1 &
  SERVER=$!
  wait_up "http://127.0.0.1:$PORT/newsgraph/sparql"
  NGRATE=$(better "$NGRATE" "$($BENCH org.newsgraph.bench.LoadClient "http://127.0.0.1:$PORT/newsgraph/sparql" "$LOAD_THREADS" "$LOAD_SECONDS")")
  kill $SERVER; wait $SERVER 2>/dev/null || true
  PORT=$(free_port)
  java -Xmx1g -cp target/benchmarks.jar org.newsgraph.bench.PlainFuseki "$WORK/store-$LARGE" "$PORT" >> "$WORK/fuseki.log" 2>&1 &
  SERVER=$!
  wait_up "http://127.0.0.1:$PORT/ds/sparql"
  FKRATE=$(better "$FKRATE" "$($BENCH org.newsgraph.bench.LoadClient "http://127.0.0.1:$PORT/ds/sparql" "$LOAD_THREADS" "$LOAD_SECONDS")")
  kill $SERVER; wait $SERVER 2>/dev/null || true
done
echo "NewsGraph: $NGRATE; plain Fuseki: $FKRATE" >&2
awk -v ng="$NGRATE" -v fk="$FKRATE" 'BEGIN { split(ng, a, " "); split(fk, b, " ");
  printf "| entity lookups under load, NewsGraph serve vs plain Fuseki on the same TDB2 (%s) | %.1f lookups/s, %d errors | %.1f lookups/s, %d errors | %.2f | >= 0.9, 0 errors | %s |\n",
  "'"$LOAD_THREADS threads, $LOAD_SECONDS s"'", a[2], a[4], b[2], b[4], a[2] / b[2], "separate JVM load client" }' | row
fi

{
  echo
  echo "Load average at the end: $(load)"
  echo
  echo "Heap log of the end-to-end run: $WORK/gc-e2e.log"
} >> "$OUT"
echo "results: $OUT" >&2
