#!/usr/bin/env bash
# Issue 16 Done-means: `bash .ci/run` N times in a row on a fresh clone of main, while another full test run
# executes beside it on the same cores. Usage: scripts/ci-stress.sh [N=10] [REV=main]
#   REPO   the repository to clone (default: this one)
#   SHARED the shared/ folder CI expects beside the clone (default: ../shared of this repository)
#   STRESS_DIR where the clones and logs go (default: /tmp/fzlint-stress); the log is $STRESS_DIR/log.txt
N=${1:-10}
REV=${2:-main}
REPO=${REPO:-$(cd "$(dirname "$0")/.." && pwd)}
SHARED=${SHARED:-$(cd "$REPO/../shared" && pwd)}
STRESS_DIR=${STRESS_DIR:-/tmp/fzlint-stress}
export STRESS_DIR
mkdir -p "$STRESS_DIR"; cd "$STRESS_DIR"
rm -rf side; git clone -q "$REPO" side; git -C side checkout -q "$REV"
ln -sfn "$SHARED" "$STRESS_DIR/shared"
(cd side && npm ci --no-audit --no-fund >/dev/null 2>&1)
echo "start $(date -u +%T): each run on a fresh clone of $REV as it is then" >> log.txt
for i in $(seq 1 $N); do
  # the side run: full suites back to back for as long as the CI run lasts
  setsid bash -c 'cd ${STRESS_DIR}/side; while true; do npx vitest run > ${STRESS_DIR}/side-'$i'.txt 2>&1; echo "side exit $? $(date -u +%T)" >> ${STRESS_DIR}/side-runs.txt; done' &
  side=$!
  rm -rf clone; git clone -q "$REPO" clone; git -C clone checkout -q "$REV"
  rev=$(git -C clone rev-parse --short HEAD)
  start=$(date +%s)
  (cd clone && CI=true bash .ci/run > ${STRESS_DIR}/ci-$i.txt 2>&1); rc=$?
  kill -TERM -- -$side 2>/dev/null; wait $side 2>/dev/null
  echo "run $i rev $rev rc $rc $(( $(date +%s) - start )) s $(tail -1 ${STRESS_DIR}/ci-$i.txt) load $(cut -d' ' -f1-3 /proc/loadavg)" >> log.txt
done
echo "end $(date -u +%T)" >> log.txt
