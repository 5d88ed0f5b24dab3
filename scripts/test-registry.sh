#!/usr/bin/env bash
# Registry test: publishes the npm tarball of dist/js (a release's, or
# `npx projen package:js`'s) to a local npm registry (Verdaccio, the pinned
# devDependency) that this script starts on 127.0.0.1 on a free port, then, in
# a new folder, creates a CDK app the way a team does (package.json with
# aws-cdk-lib, constructs and the aws-cdk CLI), installs cdk-connect-instance
# BY NAME AND VERSION from that registry, runs `cdk synth` and checks the
# template. The registry serves cdk-connect-instance only from what was
# published to it, and proxies every other package to the registry that npm is
# configured with. The server is stopped and its storage deleted on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="${DIST:-$ROOT/dist}"
TARBALL="$(ls "$DIST"/js/cdk-connect-instance@*.jsii.tgz 2>/dev/null | head -1 || true)"
[[ -n "$TARBALL" ]] || { echo "registry test: no tarball in $DIST/js: run 'npx projen release' or 'npx projen package:js' first" >&2; exit 1; }
VERSION="$(tar -xzOf "$TARBALL" package/package.json | node -p 'JSON.parse(require("fs").readFileSync(0, "utf-8")).version')"
CDK_VERSION="$(node -p "require('$ROOT/package.json').devDependencies['aws-cdk-lib']")"
UPSTREAM="$(npm config get registry)"

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
REGISTRY="http://127.0.0.1:$PORT/"

cat > "$WORK/config.yaml" <<YAML
storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
    max_users: 1
uplinks:
  upstream:
    url: $UPSTREAM
    timeout: 120s
packages:
  'cdk-connect-instance':
    access: \$all
    publish: \$authenticated
  '**':
    access: \$all
    publish: \$authenticated
    proxy: upstream
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
YAML

"$ROOT/node_modules/.bin/verdaccio" --config "$WORK/config.yaml" --listen "127.0.0.1:$PORT" > "$WORK/verdaccio.log" 2>&1 &
SERVER_PID=$!
node - "$REGISTRY" <<'JS'
const registry = process.argv[2];
const deadline = Date.now() + 60_000;
(async function wait() {
  try {
    const res = await fetch(`${registry}-/ping`);
    if (res.ok) return;
  } catch { /* not listening yet */ }
  if (Date.now() > deadline) { console.error(`registry test: no registry at ${registry} after 60 s`); process.exit(1); }
  setTimeout(wait, 250);
})();
JS
echo "registry test: Verdaccio on $REGISTRY (other packages from the configured npm registry), $(basename "$TARBALL")"

# A user of its own in the registry, and an npm configuration of its own: the
# caller's ~/.npmrc and npm cache are neither used nor changed, so every
# package is downloaded through this registry.
TOKEN="$(node - "$REGISTRY" <<'JS'
const registry = process.argv[2];
const password = require('crypto').randomBytes(18).toString('base64url');
fetch(`${registry}-/user/org.couchdb.user:ci`, {
  method: 'PUT',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ name: 'ci', password }),
}).then(async (res) => {
  const body = await res.json();
  if (!res.ok || !body.token) { console.error(`registry test: adding a user failed: ${res.status} ${JSON.stringify(body)}`); process.exit(1); }
  console.log(body.token);
});
JS
)"
export NPM_CONFIG_USERCONFIG="$WORK/npmrc"
export NPM_CONFIG_CACHE="$WORK/npm-cache"
export NPM_CONFIG_REGISTRY="$REGISTRY"
printf '//127.0.0.1:%s/:_authToken=%s\n' "$PORT" "$TOKEN" > "$NPM_CONFIG_USERCONFIG"
export CDK_DISABLE_VERSION_CHECK=true NPM_CONFIG_UPDATE_NOTIFIER=false

npm publish --provenance=false --loglevel=warn "$TARBALL"
PUBLISHED="$(npm view "cdk-connect-instance@$VERSION" dist.integrity)"
EXPECTED="$(node -e 'console.log("sha512-" + require("crypto").createHash("sha512").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$TARBALL")"
[[ "$PUBLISHED" == "$EXPECTED" ]] || { echo "registry test: the registry serves $PUBLISHED, not the tarball's $EXPECTED" >&2; exit 1; }

# The team's app.
APP="$WORK/contact-center-app"
mkdir -p "$APP/bin"
cat > "$APP/package.json" <<JSON
{
  "name": "contact-center-app",
  "version": "0.1.0",
  "private": true,
  "bin": { "contact-center-app": "bin/app.js" },
  "scripts": { "cdk": "cdk" },
  "dependencies": { "aws-cdk-lib": "$CDK_VERSION", "constructs": "^10.0.0" },
  "devDependencies": { "aws-cdk": "^2" }
}
JSON
echo '{ "app": "node bin/app.js" }' > "$APP/cdk.json"
cp "$ROOT/test/consumers/registry/app.js" "$APP/bin/app.js"
cp "$ROOT/test/consumers/registry/check-template.js" "$APP/check-template.js"
cd "$APP"
npm install --no-audit --no-fund --loglevel=error
npm install --no-audit --no-fund --loglevel=error "cdk-connect-instance@$VERSION"

# Installed by name and version from this registry: the lock file names the
# version and the integrity of the published tarball, and package.json asks for it.
node - "$VERSION" "$EXPECTED" <<'JS'
const [version, integrity] = process.argv.slice(2);
const lock = require(`${process.cwd()}/package-lock.json`).packages['node_modules/cdk-connect-instance'];
const wanted = require(`${process.cwd()}/package.json`).dependencies['cdk-connect-instance'];
if (!lock || lock.version !== version || lock.integrity !== integrity || !wanted.includes(version)) {
  console.error(`registry test: expected cdk-connect-instance@${version} (${integrity}), got ${JSON.stringify({ lock, wanted })}`);
  process.exit(1);
}
JS

npx cdk synth --quiet --no-notices
node check-template.js
echo "registry test: OK — cdk-connect-instance@$VERSION published to and installed from $REGISTRY, synthesized with aws-cdk-lib $CDK_VERSION and the aws-cdk CLI $(npx cdk --version | cut -d' ' -f1)"
