#!/bin/sh
# The network misbehaving: a server that sends a byte a second, never ends
# its headers, closes mid-body, lies about the length, sends a megabyte of
# headers, redirects in a loop, sends a gzip bomb; a TLS certificate that
# does not verify; a public page redirecting into the user's network. Each
# watch fails by name, in bounded time, and the pass and the history go on.
. "$(dirname "$0")/lib.sh"
start_httpd
serve_demo 1 news/good.html
cat > "$STORYWATCH_CONFIG" <<EOT
[good]
url = $BASE/news/good.html
[slow]
url = $BASE/_slow
timeout = 3s
[noheaders]
url = $BASE/_noheaders
timeout = 3s
[cut]
url = $BASE/_cut
[badlength]
url = $BASE/_badlength
[bigheaders]
url = $BASE/_bigheaders
[loop]
url = $BASE/_loop
[bomb]
url = $BASE/_gzipbomb
maxsize = 5M
EOT
start=$(date +%s)
out=$("$SW" check 2>&1); rc=$?
took=$(( $(date +%s) - start ))
expect_eq "a pass over hostile servers exits 0" 0 $rc
[ $took -le 20 ] && ok "and ends in bounded time (${took}s)" || notok "took ${took}s"
expect_match "the good page is committed" "^good: first snapshot" "$out"
expect_match "a byte a second: timed out" "^storywatch: slow: failed: timed out after 3s" "$out"
expect_match "headers without end: timed out" "^storywatch: noheaders: failed: timed out after 3s" "$out"
expect_match "closed mid-body: failed, named" "^storywatch: cut: failed: .*(transfer closed|partial|remaining)" "$out"
expect_match "a megabyte of headers: refused" "^storywatch: bigheaders: failed: response headers larger than 64 KiB" "$out"
expect_match "a redirect loop: refused" "^storywatch: loop: failed: more than 5 redirects" "$out"
expect_match "a gzip bomb stops at the cap" "^storywatch: bomb: failed: page larger than the 5120 KiB limit" "$out"
# a body longer than its Content-Length is cut where the server said
expect_match "a wrong Content-Length: the bytes announced, no more" "^badlength: first snapshot, 1 sentences" "$out"
expect_eq "the good page and the cut one were committed, nothing else" 2 "$(git -C "$STORYWATCH_REPO" rev-list --count HEAD)"
check "git fsck --strict" fsck_ok

# the history goes on: a new version of the good page, the others still bad
serve_demo 3 news/good.html
out=$("$SW" check good slow 2>&1)
expect_match "the next version is committed" "^good: amount" "$out"
expect_eq "two versions of the good page" 2 "$(commits_of good)"

# a public page (loopback stands in for one) redirecting into a private
# address: refused before any connection is made
export STORYWATCH_TEST_LOOPBACK_IS_PUBLIC=1
cat > "$STORYWATCH_CONFIG" <<EOT
[lan]
url = $BASE/_redirect?http://10.213.77.1/admin
timeout = 5s
EOT
out=$("$SW" check lan 2>&1)
expect_match "public to private: refused, address named" "^storywatch: lan: failed: refused to follow a public page into a private address \(10\.213\.77\.1\)" "$out"
unset STORYWATCH_TEST_LOOPBACK_IS_PUBLIC

# TLS: a self-signed certificate fails, unless the watch says insecure
if ! command -v openssl >/dev/null 2>&1; then
	skip "TLS: openssl is absent"
	exit 0
fi
mkdir -p "$T/tls"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$T/tls/key.pem" -out "$T/tls/cert.pem" -days 1 \
	-subj /CN=localhost >/dev/null 2>&1
cp "$SW_TOP/demo/site/v1.html" "$T/tls/page.html"
tls_port=$((20000 + $$ % 20000))
(cd "$T/tls" && exec openssl s_server -quiet -accept "$tls_port" -cert cert.pem -key key.pem -WWW) >/dev/null 2>&1 &
tls_pid=$!
for _i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	curl -sk "https://127.0.0.1:$tls_port/page.html" >/dev/null 2>&1 && break
	sleep 0.2
done
cat > "$STORYWATCH_CONFIG" <<EOT
[tls]
url = https://127.0.0.1:$tls_port/page.html
[tls-own]
url = https://127.0.0.1:$tls_port/page.html
insecure = true
EOT
out=$("$SW" check 2>&1)
kill "$tls_pid" 2>/dev/null
expect_match "a certificate that does not verify fails" "^storywatch: tls: failed: TLS: " "$out"
expect_match "unless the watch says insecure" "^tls-own: first snapshot" "$out"
