#!/usr/bin/env bash
# Upload throughput of Coffre's 1fichier client against curl -F, in the same run, to the
# local stand-in (rate limiter off): get_upload_server, then the multipart POST to the node,
# then end.pl with JSON: 1 — the same flow for both. Throughput = file bytes / duration of
# the upload.cgi POST. Each tool uploads ROUNDS times, alternating; the best run of each
# counts (the machine may be shared). Also prints Coffre's peak RSS (GNU time, VmHWM).
# Targets: Coffre >= 0.9 x curl; peak RSS <= 100 MB.
#   BENCH_UPLOAD_MB (default 1024)   BENCH_ROUNDS (default 3)
set -euo pipefail

BUILD=${COFFRE_BUILD_DIR:?run through ./dev bench}
FAKE=$BUILD/tests/fakefichier/coffre-fakefichier
DRIVER=$BUILD/tests/bench/bench_upload
SIZE_MB=${BENCH_UPLOAD_MB:-1024}
ROUNDS=${BENCH_ROUNDS:-3}
for tool in "$FAKE" "$DRIVER"; do
  [ -x "$tool" ] || { echo "bench_upload: $tool is missing (./dev build)" >&2; exit 1; }
done
for tool in curl python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench_upload: $tool is missing (./dev deps)" >&2; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench_upload.XXXXXX")
fake_pid=""
cleanup() {
  if [ -n "$fake_pid" ]; then
    kill "$fake_pid" 2>/dev/null || true
    wait "$fake_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "generating a ${SIZE_MB} MiB file of random data"
head -c $((SIZE_MB * 1024 * 1024)) /dev/urandom >"$tmp/file.bin"
bytes=$(stat -c %s "$tmp/file.bin")

KEY=$(head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)
"$FAKE" --port 0 --rate 0 --key "$KEY" --data "$tmp/data" >"$tmp/fake.out" 2>"$tmp/fake.err" &
fake_pid=$!
for _ in $(seq 100); do
  grep -q '^COFFRE_API_URL=' "$tmp/fake.out" 2>/dev/null && break
  sleep 0.1
done
API=$(sed -n 's/^COFFRE_API_URL=//p' "$tmp/fake.out" | head -1)
[ -n "$API" ] || { echo "bench_upload: the stand-in did not start: $(cat "$tmp/fake.err")" >&2; exit 1; }

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# Removes every file of the root so the stand-in's disk use stays at one copy.
remove_all() {
  local urls
  urls=$(curl -sf -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -d '{"folder_id":0}' "$API/file/ls.cgi" | json "json.dumps([{'url': i['url']} for i in d.get('items', [])])")
  curl -sf -o /dev/null -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -d "{\"files\":$urls}" "$API/file/rm.cgi" || true
}

# curl: the same three steps; prints the POST's seconds.
curl_upload() {
  local server node id post
  server=$(curl -sf -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' "$API/upload/get_upload_server.cgi")
  node=$(echo "$server" | json "d['url']")
  id=$(echo "$server" | json "d['id']")
  # No "Expect: 100-continue" (QNAM does not send it either).
  post=$(curl -sf -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $KEY" -H 'Expect:' \
    -F did=0 -F "file[]=@$tmp/file.bin;filename=file.bin" "http://$node/upload.cgi?id=$id")
  [ "${post%% *}" = 302 ] || { echo "bench_upload: curl upload answered ${post%% *}" >&2; exit 1; }
  local size
  size=$(curl -sf -H "Authorization: Bearer $KEY" -H 'JSON: 1' "http://$node/end.pl?xid=$id" | json "d['links'][0]['size']")
  [ "$size" = "$bytes" ] || { echo "bench_upload: curl upload reported $size bytes" >&2; exit 1; }
  echo "${post#* }"
}

# Coffre: prints the POST's seconds; peak RSS (kB) goes to $tmp/rss.
coffre_upload() {
  local line ms
  COFFRE_API_URL=$API COFFRE_API_KEY=$KEY /usr/bin/time -f '%M' -o "$tmp/time.out" \
    "$DRIVER" "$tmp/file.bin" >"$tmp/coffre.out" 2>"$tmp/coffre.err" \
    || { echo "bench_upload: coffre upload failed: $(cat "$tmp/coffre.err")" >&2; exit 1; }
  line=$(cat "$tmp/coffre.out")
  [ "$(echo "$line" | sed -n 's/.*bytes=\([0-9]*\).*/\1/p')" = "$bytes" ] \
    || { echo "bench_upload: coffre upload reported: $line" >&2; exit 1; }
  ms=$(echo "$line" | sed -n 's/.*transfer_ms=\([0-9]*\).*/\1/p')
  tail -1 "$tmp/time.out" >>"$tmp/rss"
  awk -v ms="$ms" 'BEGIN { printf "%.3f\n", ms / 1000 }'
}

best_curl=""
best_coffre=""
: >"$tmp/rss"
for round in $(seq "$ROUNDS"); do
  c=$(curl_upload)
  remove_all
  q=$(coffre_upload)
  remove_all
  echo "round $round: curl ${c}s  coffre ${q}s"
  best_curl=$(awk -v a="$c" -v b="$best_curl" 'BEGIN { print (b == "" || a < b) ? a : b }')
  best_coffre=$(awk -v a="$q" -v b="$best_coffre" 'BEGIN { print (b == "" || a < b) ? a : b }')
done
rss_kb=$(sort -n "$tmp/rss" | tail -1)

awk -v bytes="$bytes" -v c="$best_curl" -v q="$best_coffre" -v rss="$rss_kb" -v cpus="$(nproc)" \
  -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
  mib = bytes / 1048576
  tc = mib / c; tq = mib / q
  printf "upload of %.0f MiB to the stand-in (best of each; %d CPUs, load %s when done)\n", mib, cpus, load
  printf "  curl -F        %8.1f MiB/s  (%.2f s)\n", tc, c
  printf "  coffre client  %8.1f MiB/s  (%.2f s)\n", tq, q
  printf "  ratio coffre/curl  %.2f   (target >= 0.90)  %s\n", tq / tc, (tq / tc >= 0.9 ? "ok" : "BELOW TARGET")
  printf "  coffre peak RSS    %.1f MB (target <= 100 MB)  %s\n", rss / 1024, (rss / 1024 <= 100 ? "ok" : "ABOVE TARGET")
}'
