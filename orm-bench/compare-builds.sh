#!/bin/sh
# Compares two builds' orm-bench jars benchmark by benchmark, JMH forks of each taking turns:
#   orm-bench/compare-builds.sh OLD/benchmarks.jar NEW/benchmarks.jar [options] [Workload.method ...]
# Options (see dev.ormkit.bench.paired.BuildComparison): --databases h2,postgresql --pairs 6
#   --warmup 3 --iterations 5 --iteration-ms 400 --no-gc --output FILE.md
# The comparison itself runs from the newer jar, which has the comparison class.
set -eu
if [ $# -lt 2 ]; then
  sed -n '2,6p' "$0"
  exit 2
fi
before=$1
after=$2
shift 2
exec java -cp "$after" dev.ormkit.bench.paired.BuildComparison --before "$before" --after "$after" "$@"
