#!/usr/bin/env bash
# Idempotent, offline-friendly install of a real VS Code for the test harness:
# code-server (VS Code 1.99.3 server + web workbench, node extension host) from the npm registry,
# plus Debian packages (chromium for the headless browser, ripgrep, a toolchain for native modules).
# Only the npm registry and Debian's apt repositories need to be reachable.
#
#   HAKUSHO_CACHE   install folder (default ~/.cache/hakusho/code-server)
#   CS_VERSION      code-server version (default 4.99.4; newer ones need Node 24)
#
# Prints the code-server folder (…/node_modules/code-server) on the last line of stdout.
set -euo pipefail
CS_VERSION="${CS_VERSION:-4.99.4}"
ROOT="${HAKUSHO_CACHE:-${HOME}/.cache/hakusho/code-server}"
CS="$ROOT/node_modules/code-server"
MARKER="$ROOT/.hakusho-code-server-${CS_VERSION}.ok"
t0=$(date +%s)
log() { echo "[setup-code-server +$(( $(date +%s) - t0 ))s] $*" >&2; }

# --- 1. system packages (only the missing ones; needs root) -------------------------------
# neovim: the language server's test in a real editor (test/unit/neovim.test.ts)
pkgs=(ripgrep build-essential python3 libkrb5-dev chromium fonts-noto-cjk neovim)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    log "WARNING: missing Debian packages (${missing[*]}); not root, so not installing them"
  fi
fi
command -v rg >/dev/null || { log "ERROR: ripgrep (rg) not found"; exit 1; }
[ -x /usr/bin/chromium ] || { log "ERROR: /usr/bin/chromium not found"; exit 1; }

# code-server keeps its own config/data out of the real home
export XDG_CONFIG_HOME="$ROOT/xdg/config" XDG_DATA_HOME="$ROOT/xdg/data"
works() { [ -f "$MARKER" ] && node "$CS/out/node/entry.js" --version >/dev/null 2>&1; }
if works; then
  log "code-server $CS_VERSION already installed in $ROOT"
  echo "$CS"; exit 0
fi
rm -f "$MARKER"

# node-gyp needs node's headers; use the local ones instead of downloading them
nodeprefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ -z "${npm_config_nodedir:-}" ] && [ -f "$nodeprefix/include/node/node_version.h" ]; then
  export npm_config_nodedir="$nodeprefix"
fi
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

# --- 2. code-server without its postinstall (that would run a full npm install in lib/vscode) ----
mkdir -p "$ROOT"; cd "$ROOT"
[ -f package.json ] || echo '{"name":"hakusho-code-server-host","private":true}' > package.json
log "npm install code-server@$CS_VERSION"
npm install --ignore-scripts --no-save --loglevel=error "code-server@${CS_VERSION}" >&2
npm rebuild --loglevel=error argon2 >&2   # native; imported by code-server at start

# --- 3. VS Code server dependencies; scripts off, then build only the native modules used on Linux
cd "$CS/lib/vscode"
log "npm install lib/vscode deps"
npm install --omit=dev --ignore-scripts --loglevel=error >&2
log "native rebuilds"
# node-pty's install script runs `npx node-gyp configure`: let npx fetch node-gyp from the registry
npm_config_yes=true npm rebuild --loglevel=error @vscode/spdlog node-pty @parcel/watcher kerberos native-watchdog @vscode/deviceid >&2
# check that they load (@parcel/watcher comes prebuilt as @parcel/watcher-linux-x64-glibc)
node -e 'for (const m of process.argv.slice(1)) require(m)' @vscode/spdlog node-pty @parcel/watcher kerberos native-watchdog \
  || { log "ERROR: a native module of the VS Code server does not load"; exit 1; }

# --- 4. Debian's ripgrep where @vscode/ripgrep expects its downloaded binary
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg

# --- 5. the rest of code-server's postinstall.sh
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
(cd bin/remote-cli && rm -f code-server && ln -s code-linux.sh code-server)
(cd bin/helpers && rm -f browser.sh && ln -s browser-linux.sh browser.sh)

# --- 6. built-in extensions' shared dependencies (just typescript with --omit=dev)
cd extensions
log "npm install built-in extensions deps"
npm install --omit=dev --loglevel=error >/dev/null   # (its postinstall lists what it trims)

cd "$ROOT"
v="$(node "$CS/out/node/entry.js" --version 2>/dev/null | grep -E "^[0-9]+\." | head -1)" || { log "ERROR: code-server does not start"; exit 1; }
log "installed: code-server $v in $ROOT ($(du -sh "$ROOT" | cut -f1))"
echo "$v" > "$MARKER"
echo "$CS"
