# Shared by the scale benches: a temporary folder, N made-up pages in it,
# and a server for them on 127.0.0.1 (nginx when installed, else our own
# sw-httpd). Sourced with $build and $n set; sets $T, $base, $server, $size.
T=$(mktemp -d "${TMPDIR:-/tmp}/sw-bench-XXXXXX")
chmod 755 "$T"
server_pid=
cleanup() {
	[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT INT TERM

"$build/tests/bench-pages" "$T/www" "$n" || exit 1
size=$(du -sk "$T/www" | cut -f1)
# the pages on disk before anything is timed: a tool that syncs (storywatch
# once per batch, urlwatch's SQLite per commit) must not pay for writing them
sync

# the server: nginx when installed, else our own

if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
	nginx=$(command -v nginx || echo /usr/sbin/nginx)
	mkdir -p "$T/nginx"
	tries=0
	while [ $tries -lt 10 ]; do
		port=$((20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000))
		cat > "$T/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $T/nginx/nginx.pid;
error_log $T/nginx/error.log;
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
events { worker_connections 1024; }
http {
	access_log off;
	client_body_temp_path $T/nginx/body;
	keepalive_requests 100000;
	server { listen 127.0.0.1:$port; root $T/www; etag on; }
}
EOF
		"$nginx" -p "$T/nginx" -c "$T/nginx/nginx.conf" 2>>"$T/nginx/start.log" &
		server_pid=$!
		sleep 0.3
		if kill -0 "$server_pid" 2>/dev/null; then
			break
		fi
		server_pid=
		tries=$((tries + 1))
	done
	[ -n "$server_pid" ] || { echo "bench-scale: nginx would not start" >&2; exit 1; }
	server="nginx"
else
	"$build/tests/sw-httpd" "$T/www" > "$T/port" &
	server_pid=$!
	while [ ! -s "$T/port" ]; do sleep 0.05; done
	port=$(head -1 "$T/port")
	server="sw-httpd (nginx not installed)"
fi
base="http://127.0.0.1:$port"
export XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data" HOME="$T/home"
export STORYWATCH_CONFIG="$T/watchlist.ini" STORYWATCH_REPO="$T/repo" STORYWATCH_HOST_GAP=0
mkdir -p "$HOME"

# the watchlist: one watch per page, p0000 to p(N-1), each with the
# watchlist lines given after N (e.g. "every = 30m")
write_watchlist() {
	wl_n=$1
	shift
	wl_i=0
	: > "$STORYWATCH_CONFIG"
	while [ $wl_i -lt "$wl_n" ]; do
		wl_p=$(printf 'p%04d' $wl_i)
		{
			printf '[%s]\nurl = %s/%s.html\nnotify = none\n' "$wl_p" "$base" "$wl_p"
			for wl_line in "$@"; do
				printf '%s\n' "$wl_line"
			done
			printf '\n'
		} >> "$STORYWATCH_CONFIG"
		wl_i=$((wl_i + 1))
	done
}
