#!/usr/bin/env bash
# Builds the NanoClaw agent image, offline if need be.
#
#   container/build.sh [--force]
#
# Steps: (1) hash the inputs and stop if the image already carries that hash; (2) make the base
# image when it is missing: a Debian bookworm root file system from debootstrap --variant=minbase
# with the agent's tools included, imported with `docker import` (no registry involved);
# (3) publish the agent runner self-contained for linux-x64; (4) build container/Dockerfile on top
# with the classic builder and network none, labelled nanoclaw.inputs-hash=<hash>.
#
# Environment: NANOCLAW_IMAGE (default nanoclaw-agent:latest), NANOCLAW_BASE_IMAGE (default
# nanoclaw-base:bookworm; any local image that has the tools will do), NANOCLAW_BUILD_DIR (default
# /tmp/nanoclaw-image-build, scratch space and the lock that serialises concurrent builds).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
image="${NANOCLAW_IMAGE:-nanoclaw-agent:latest}"
base_image="${NANOCLAW_BASE_IMAGE:-nanoclaw-base:bookworm}"
build_dir="${NANOCLAW_BUILD_DIR:-/tmp/nanoclaw-image-build}"
hash_label="nanoclaw.inputs-hash"
# The tools the agent uses, plus what the runner and the user setup need (ICU, passwd).
base_packages="bash,coreutils,git,curl,ripgrep,python3,ca-certificates,libicu72,passwd"
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
    printf '%s\n' "$base_image" "$base_packages"
    cd "$repo_root"
    find container/Dockerfile container/build.sh container/agent-runner \
      src/AgentProtocol Directory.Build.props Directory.Packages.props global.json \
      -type f -not -path '*/bin/*' -not -path '*/obj/*' 2>/dev/null \
      | LC_ALL=C sort | xargs sha256sum
  } | sha256sum | cut -c1-16
}

say "step 1/4: hashing inputs"
hash="$(inputs_hash)"
current="$(docker image inspect --format "{{ index .Config.Labels \"$hash_label\" }}" "$image" 2>/dev/null || true)"
if [ "$force" = false ] && [ "$current" = "$hash" ]; then
  say "image $image is up to date (inputs $hash); nothing to build"
  exit 0
fi
say "inputs $hash differ from the image's (${current:-none}); building"

say "step 2/4: base image $base_image"
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
  say "debootstrap --variant=minbase bookworm with $base_packages (about a minute)"
  # Phase lines are always shown; package-by-package lines at most one every 5 s.
  last=0
  debootstrap --variant=minbase --include="$base_packages" bookworm "$rootfs" 2>&1 \
    | while IFS= read -r line; do
        if [[ ! "$line" =~ ^I:\ (Retrieving|Validating|Extracting|Unpacking|Configuring)\ [a-z0-9] ]] || [ $((SECONDS - last)) -ge 5 ]; then
          say "  $line"
          last=$SECONDS
        fi
      done
  [ -x "$rootfs/bin/bash" ] || die "debootstrap did not produce a root file system; see above"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  say "importing the root file system as $base_image"
  tar -C "$rootfs" -c . | docker import --message "debootstrap minbase bookworm" - "$base_image" >/dev/null
  rm -rf "$rootfs"
fi

say "step 3/4: publishing the agent runner (self-contained single file, ReadyToRun, linux-x64)"
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

say "step 4/4: docker build $image"
DOCKER_BUILDKIT=0 docker build --network none --build-arg "BASE_IMAGE=$base_image" \
  --label "$hash_label=$hash" -t "$image" "$context" \
  | while IFS= read -r line; do say "  $line"; done
rm -rf "$context"
say "image $image built (inputs $hash); runner: $(docker run --rm --network none "$image" --version)"
