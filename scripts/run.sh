#!/usr/bin/env bash
# One entry point for a fresh clone:
#   bash scripts/run.sh demo   installs what is missing, builds, runs the demo on the bundled sample data
#   bash scripts/run.sh test   installs what is missing, then runs the full test command (`pnpm test`)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/toolchain.sh
echo "toolchain: node $(node -v), pnpm $(pnpm --version)" >&2
pnpm install --frozen-lockfile
case "${1:-demo}" in
  demo) pnpm start ;;
  test) pnpm test && node scripts/test-summary.ts .trace/vitest-results.json ;;
  *) echo "usage: bash scripts/run.sh [demo|test]" >&2; exit 2 ;;
esac
