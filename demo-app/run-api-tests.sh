#!/usr/bin/env bash
# Runs the official RealWorld API test collection (demo-app/api-tests/) with newman against a
# running Conduit API. It starts nothing: start the demo first, then
#
#   demo-app/run-api-tests.sh [API_URL]        # API_URL defaults to http://localhost:8080/api
#
# Every run registers a new user (USERNAME, EMAIL, PASSWORD may be set; the default name is unique
# per run), so runs can repeat against the same database. Extra arguments after API_URL go to
# `newman run` (e.g. --reporters cli,json --reporter-json-export newman.json).
# newman is taken from NEWMAN if set, else from the PATH, else fetched by `npx`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
collection="$here/api-tests/Conduit.postman_collection.json"

api_url="${1:-${APIURL:-http://localhost:8080/api}}"
[[ $# -gt 0 ]] && shift
api_url="${api_url%/}"

username="${USERNAME:-u$(date +%s)$RANDOM}"
email="${EMAIL:-$username@mail.com}"
password="${PASSWORD:-password}"

if [[ -n "${NEWMAN:-}" ]]; then
    newman=("$NEWMAN")
elif command -v newman >/dev/null 2>&1; then
    newman=(newman)
else
    newman=(npx --yes newman@6)
fi

if ! curl -fsS -o /dev/null "$api_url/tags"; then
    echo "no Conduit API answers at $api_url (GET $api_url/tags failed): start the demo first" >&2
    exit 2
fi

# DELAY_REQUEST (milliseconds between requests) slows a run down for rate-limited servers
delay=()
[[ -n "${DELAY_REQUEST:-}" ]] && delay=(--delay-request "$DELAY_REQUEST")

exec "${newman[@]}" run "$collection" "${delay[@]}" \
    --global-var "APIURL=$api_url" \
    --global-var "USERNAME=$username" \
    --global-var "EMAIL=$email" \
    --global-var "PASSWORD=$password" \
    "$@"
