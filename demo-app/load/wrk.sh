#!/usr/bin/env bash
# Measures the demo's two read endpoints with wrk (as the reference figures were taken):
# GET /api/articles?limit=20 and GET /api/articles/{slug} with a random slug per request,
# anonymously, after a warm-up (half the measured time, at least 10 s), and prints requests/s, p50, p99 and the statements per request
# read from the app's orm.queries meter. The app must be running; it is seeded through its API
# first (once: 50 users, 30 tags, 500 articles, comments, favourites) by the Java load generator.
#
#   demo-app/load/wrk.sh [url] [seconds per endpoint]      (CONNECTIONS=8 by default)
set -euo pipefail
url=${1:-http://localhost:8080}
seconds=${2:-20}
connections=${CONNECTIONS:-8}
here=$(cd "$(dirname "$0")" && pwd)
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }

java "$here/../src/main/java/dev/ormkit/demo/load/LoadGenerator.java" "$url" 2 1 >/dev/null
slugs=$(mktemp)
trap 'rm -f "$slugs"' EXIT
offset=0
while page=$(curl -fsS "$url/api/articles?limit=100&offset=$offset" | grep -o '"slug":"[^"]*"' || true); [ -n "$page" ]; do
  cut -d'"' -f4 <<<"$page" >> "$slugs"
  offset=$((offset + 100))
done

statements() {
  curl -fsS "$url/actuator/metrics/orm.queries" | grep -o '"statistic":"COUNT","value":[0-9.E+]*' | cut -d: -f3
}

run() { # label, wrk arguments...
  local label=$1; shift
  wrk -t2 -c"$connections" -d"$(( seconds / 2 > 10 ? seconds / 2 : 10 ))s" "$@" >/dev/null # warm-up: the JIT on 2 cores
  local before; before=$(statements)
  local out; out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@")
  local after; after=$(statements)
  awk -v label="$label" -v before="$before" -v after="$after" -v loadavg="$(cut -d' ' -f1-3 /proc/loadavg)" '
    / 50% / { p50 = $2 } / 99% / { p99 = $2 }
    /requests in/ { requests = $1 }
    /Requests\/sec/ { rps = $2 }
    END { printf "| %s | %.0f | %s | %s | %.1f | %s |\n", label, rps, p50, p99, (after - before) / requests, loadavg }
  ' <<<"$out"
}

echo "$(wc -l < "$slugs") articles; $connections connections, $seconds s per endpoint after a warm-up"
echo "| endpoint | requests/s | p50 | p99 | statements/request | load average |"
echo "|---|--:|--:|--:|--:|---|"
run "GET /api/articles?limit=20" "$url/api/articles?limit=20"
SLUGS=$slugs run "GET /api/articles/{slug}" -s "$here/random-slug.lua" "$url"
