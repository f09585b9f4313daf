#!/usr/bin/env bash
# Builds the NanoClaw agent image, offline if need be.
#
#   container/build.sh [--force]
#
# Steps: (1) hash the inputs and stop if the image already carries that hash; (2) make the base
# image when it is missing: a Debian trixie root file system from debootstrap --variant=minbase
# with the agent's tools and Node.js included, imported with `docker import` (no registry
# involved); (3) make the claude-code engine layer when it is missing: the Claude Agent SDK as
# pinned by container/claude-code/package-lock.json, installed with npm on this machine and added
# to the base as its own image, named by the lock file's hash, so a runner change never rebuilds
# its ~470 MB (without npm the image gets the builtin engine only, and says so); (4) publish the
# agent runner self-contained for linux-x64; (5) build container/Dockerfile on top with the
# classic builder and network none, labelled nanoclaw.inputs-hash=<hash> and nanoclaw.engines.
#
# Environment: NANOCLAW_IMAGE (default nanoclaw-agent:latest), NANOCLAW_BASE_IMAGE (default
# nanoclaw-base:trixie; any local image that has the tools and Node.js 20 or newer will do),
# NANOCLAW_BUILD_DIR (default /tmp/nanoclaw-image-build, scratch space and the lock that
# serialises concurrent builds).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
image="${NANOCLAW_IMAGE:-nanoclaw-agent:latest}"
base_image="${NANOCLAW_BASE_IMAGE:-nanoclaw-base:trixie}"
build_dir="${NANOCLAW_BUILD_DIR:-/tmp/nanoclaw-image-build}"
hash_label="nanoclaw.inputs-hash"
# The tools the agent uses, plus what the runner and the user setup need (ICU, passwd) and the
# claude-code engine's Node.js (Debian 13's nodejs is 20).
suite=trixie
base_packages="bash,coreutils,git,curl,ripgrep,python3,ca-certificates,libicu76,passwd,nodejs,procps"
engine_dir="$here/claude-code"
force=false
[ "${1:-}" = "--force" ] && force=true

started=$SECONDS
say() { printf 'build.sh [+%3ss] %s\n' "$((SECONDS - started))" "$*"; }
die() { say "error: $*" >&2; exit 1; }

command -v docker >/dev/null || die "docker CLI not found (scripts/ensure-docker.sh installs and starts the engine)"
docker info >/dev/null 2>&1 || die "the Docker engine does not answer; run scripts/ensure-docker.sh"

mkdir -p "$build_dir"
exec 9>"$build_dir/build.lock"
flock 9

inputs_hash() {
  {
    printf '%s\n' "$base_image" "$base_packages" "npm:$(command -v npm >/dev/null && echo yes || echo no)"
    cd "$repo_root"
    find container/Dockerfile container/Dockerfile.claude-code container/build.sh container/agent-runner container/claude-code \
      src/AgentProtocol Directory.Build.props Directory.Packages.props global.json \
      -type f -not -path '*/bin/*' -not -path '*/obj/*' -not -path '*/node_modules/*' 2>/dev/null \
      | LC_ALL=C sort | xargs sha256sum
  } | sha256sum | cut -c1-16
}

say "step 1/5: hashing inputs"
hash="$(inputs_hash)"
current="$(docker image inspect --format "{{ index .Config.Labels \"$hash_label\" }}" "$image" 2>/dev/null || true)"
if [ "$force" = false ] && [ "$current" = "$hash" ]; then
  say "image $image is up to date (inputs $hash); nothing to build"
  exit 0
fi
say "inputs $hash differ from the image's (${current:-none}); building"

say "step 2/5: base image $base_image"
if docker image inspect "$base_image" >/dev/null 2>&1; then
  say "base image present"
else
  if ! command -v debootstrap >/dev/null; then
    [ "$(id -u)" -eq 0 ] || die "debootstrap not found and not root: sudo apt-get install debootstrap"
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  fi
  rootfs="$build_dir/rootfs"
  rm -rf "$rootfs"
  say "debootstrap --variant=minbase $suite with $base_packages (about two minutes)"
  # Phase lines are always shown; package-by-package lines at most one every 5 s.
  last=0
  debootstrap --variant=minbase --include="$base_packages" "$suite" "$rootfs" 2>&1 \
    | while IFS= read -r line; do
        if [[ ! "$line" =~ ^I:\ (Retrieving|Validating|Extracting|Unpacking|Configuring)\ [a-z0-9] ]] || [ $((SECONDS - last)) -ge 5 ]; then
          say "  $line"
          last=$SECONDS
        fi
      done
  [ -x "$rootfs/bin/bash" ] || die "debootstrap did not produce a root file system; see above"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  say "importing the root file system as $base_image"
  tar -C "$rootfs" -c . | docker import --message "debootstrap minbase $suite" - "$base_image" >/dev/null
  rm -rf "$rootfs"
fi

say "step 3/5: the claude-code engine layer"
engine_hash="$( { docker image inspect --format '{{.Id}}' "$base_image"; cat "$engine_dir/package-lock.json"; } | sha256sum | cut -c1-16)"
engine_image="nanoclaw-claude-code:$engine_hash"
engines="builtin"
runner_base="$base_image"
if docker image inspect "$engine_image" >/dev/null 2>&1; then
  say "engine layer $engine_image present"
  engines="builtin,claude-code"
  runner_base="$engine_image"
elif ! command -v npm >/dev/null; then
  say "warning: npm not found; the image gets the builtin engine only (install Node.js 20 and npm, then build again)"
else
  engine_context="$build_dir/engine"
  rm -rf "$engine_context"
  mkdir -p "$engine_context"
  cp "$engine_dir/package.json" "$engine_dir/package-lock.json" "$engine_context/"
  say "npm ci: the Claude Agent SDK as locked in container/claude-code/package-lock.json (about 20 s, ~470 MB)"
  (cd "$engine_context" && npm ci --omit=dev --no-audit --no-fund --loglevel=error 2>&1) | while IFS= read -r line; do say "  $line"; done
  [ -d "$engine_context/node_modules/@anthropic-ai/claude-agent-sdk" ] || die "npm ci did not install the Claude Agent SDK; see above"
  cp "$here/Dockerfile.claude-code" "$engine_context/Dockerfile"
  say "docker build $engine_image (adds node_modules to $base_image)"
  DOCKER_BUILDKIT=0 docker build --network none --build-arg "BASE_IMAGE=$base_image" -t "$engine_image" "$engine_context" \
    | while IFS= read -r line; do say "  $line"; done
  rm -rf "$engine_context"
  engines="builtin,claude-code"
  runner_base="$engine_image"
fi

say "step 4/5: publishing the agent runner (self-contained single file, ReadyToRun, linux-x64)"
context="$build_dir/context"
rm -rf "$context"
mkdir -p "$context"
# Not trimmed: the Anthropic and OpenAI SDKs serialize by reflection and are not trim-safe.
# Native AOT does not build here for net10.0; ReadyToRun covers our code (the framework is precompiled).
dotnet publish "$here/agent-runner/NanoClaw.AgentRunner.csproj" -c Release -r linux-x64 --self-contained \
  -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:DebugType=none \
  --artifacts-path "$build_dir/artifacts" -o "$context/publish" -nologo -v quiet \
  | while IFS= read -r line; do say "  $line"; done
cp "$context/publish/nanoclaw-agent-runner" "$context/"
rm -rf "$context/publish"
cp "$here/Dockerfile" "$context/"
cp "$engine_dir/engine.mjs" "$engine_dir/package.json" "$context/"

say "step 5/5: docker build $image (engines: $engines)"
DOCKER_BUILDKIT=0 docker build --network none --build-arg "BASE_IMAGE=$runner_base" \
  --label "$hash_label=$hash" --label "nanoclaw.engines=$engines" -t "$image" "$context" \
  | while IFS= read -r line; do say "  $line"; done
rm -rf "$context"
say "image $image built (inputs $hash); runner: $(docker run --rm --network none "$image" --version)"
