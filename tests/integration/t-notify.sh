#!/bin/sh
# Desktop notifications through a real notification server: dunst under
# Xvfb on a private D-Bus session, with dbus-monitor capturing the Notify
# call. Checks summary, body (page markup escaped), urgency, app name and
# icon. Skipped, and said so, when any of those programs is missing.
. "$(dirname "$0")/lib.sh"

for prog in dbus-run-session dbus-monitor dbus-send dunst Xvfb; do
	if ! command -v $prog >/dev/null 2>&1; then
		skip "t-notify: $prog is not installed (make deps installs it)"
		exit 0
	fi
done
start_httpd

page() {
	printf '<html><head><title>%s</title></head><body><article><h1>%s</h1><p>%s</p><p>A second paragraph keeps the article long enough to be found, with commas, and more words.</p></article></body></html>' "$1" "$1" "$2" > "$T/www/$3"
}
page 'Ministers near a deal' 'Ministers are expected to sign the 5 point deal next month, officials said on Monday.' story.html
# the next version: page text with markup that must reach the body escaped
page 'Ministers sign &lt;b&gt;deal&lt;/b&gt; &amp; more' 'Talks ended with no deal on Tuesday, officials said, after 7 hours.' v2.html
cat > "$STORYWATCH_CONFIG" <<EOT
[treaty]
url = $BASE/story.html
notify = desktop
threshold = minor
EOT
# seven more stories, for the rate limit: five a minute, then one digest
for i in 1 2 3 4 5 6 7; do
	page "Story $i" "The council will vote on plan $i next month, officials said on Monday." s$i.html
	printf '[s%d]\nurl = %s/s%d.html\nnotify = desktop\nthreshold = minor\n\n' $i "$BASE" $i >> "$STORYWATCH_CONFIG"
done

page 'Harbor vote' 'The harbor board will vote on the plan next month, officials said.' svc.html
page 'Harbor vote' 'The harbor board voted the plan down on Tuesday, officials said.' svc2.html
page 'Bridge works' 'The bridge will close for repairs in June, the city said.' pa.html
page 'Bridge repairs' 'Repairs to the bridge will start in June, officials said.' pb.html
page 'Bridge works' 'The bridge will close for repairs in August, the city said.' pa2.html
page 'Bridge repairs' 'Repairs to the bridge will start in August, officials said.' pb2.html
printf '[pair]\nurl = %s/pa.html; %s/pb.html\nnotify = desktop\nthreshold = minor\n' "$BASE" "$BASE" >> "$STORYWATCH_CONFIG"
page 'Night shift' 'The night ferry will run until May, officials said.' night.html
page 'Night shift' 'The night ferry was stopped on Monday, officials said.' night2.html
# quiet hours around now: its change is committed, the desktop not told
printf '[night]\nurl = %s/night.html\nnotify = desktop\nthreshold = minor\nquiet = %s-%s\n' "$BASE" \
	"$(date -d '-1 hour' +%H:%M)" "$(date -d '+1 hour' +%H:%M)" >> "$STORYWATCH_CONFIG"
page 'Ministers sign the deal' 'Ministers signed the 5 point deal on Friday, officials said, after 9 hours.' v3.html
page 'Ministers sign the deal at last' 'Ministers signed the 6 point deal on Saturday, officials said, after 10 hours.' v4.html
printf '[svc]\nurl = %s/svc.html\nnotify = desktop\nthreshold = minor\nevery = 10s\n' "$BASE" >> "$STORYWATCH_CONFIG"

# everything that needs the bus runs inside one private session
cat > "$T/session.sh" <<'EOT'
set -u
Xvfb -displayfd 5 -nolisten tcp -screen 0 800x600x24 5>"$T/display" 2>"$T/xvfb.log" &
xvfb=$!
for _i in $(seq 100); do [ -s "$T/display" ] && break; sleep 0.05; done
export DISPLAY=":$(cat "$T/display")"
dunst > "$T/dunst.log" 2>&1 &
dunst=$!
owned=
for _i in $(seq 100); do
	if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
		org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q true; then
		owned=1
		break
	fi
	sleep 0.05
done
[ -n "$owned" ] || { echo "no-server"; kill $dunst $xvfb; exit 0; }
dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" > "$T/monitor.txt" 2>/dev/null &
mon=$!
sleep 0.3
"$SW" check treaty > "$T/check1.txt" 2>&1
cp "$T/www/v2.html" "$T/www/story.html"
"$SW" check treaty > "$T/check2.txt" 2>&1
sleep 0.5
kill $mon
"$SW" check s1 s2 s3 s4 s5 s6 s7 > /dev/null 2>&1
for i in 1 2 3 4 5 6 7; do
	sed -i "s/The council will vote on plan $i next month/The council voted down plan $i/" "$T/www/s$i.html"
done
dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" > "$T/monitor2.txt" 2>/dev/null &
mon=$!
sleep 0.3
"$SW" check s1 s2 s3 s4 s5 s6 s7 > "$T/check3.txt" 2>&1
sleep 0.5
kill $mon
# muted: changes are committed, the desktop is not told; unmuted: told again
"$SW" mute treaty > "$T/mute.txt" 2>&1
"$SW" status > "$T/status-muted.txt" 2>&1
dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" > "$T/monitor3.txt" 2>/dev/null &
mon=$!
sleep 0.3
cp "$T/www/v3.html" "$T/www/story.html"
"$SW" check treaty > "$T/check4.txt" 2>&1
"$SW" check night > /dev/null 2>&1
cp "$T/www/night2.html" "$T/www/night.html"
"$SW" check night > "$T/check-night.txt" 2>&1
"$SW" unmute treaty > /dev/null 2>&1
cp "$T/www/v4.html" "$T/www/story.html"
"$SW" check treaty > "$T/check5.txt" 2>&1
sleep 0.5
kill $mon
# a story of two sources, both changed in one pass: one notification
"$SW" check pair > /dev/null 2>&1
dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" > "$T/monitor5.txt" 2>/dev/null &
mon=$!
sleep 0.3
cp "$T/www/pa2.html" "$T/www/pa.html"
cp "$T/www/pb2.html" "$T/www/pb.html"
"$SW" check pair > "$T/check-pair.txt" 2>&1
sleep 0.5
kill $mon
# the service offers the story's own actions: Show changes, Mute story
"$SW" run > "$T/run.log" 2>&1 &
run=$!
for _i in $(seq 150); do git -C "$STORYWATCH_REPO" log --oneline -- svc/ 2>/dev/null | grep -q . && break; sleep 0.1; done
dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" > "$T/monitor4.txt" 2>/dev/null &
mon=$!
sleep 0.3
cp "$T/www/svc2.html" "$T/www/svc.html"
for _i in $(seq 250); do grep -q 'member=Notify' "$T/monitor4.txt" && break; sleep 0.1; done
sleep 0.3
kill $run $mon $dunst $xvfb 2>/dev/null
wait $run 2>/dev/null
EOT
export T
out=$(timeout 60 dbus-run-session -- sh "$T/session.sh" 2>&1)
if printf '%s' "$out" | grep -q no-server; then
	skip "t-notify: dunst did not take the notification bus name ($(tail -n 2 "$T/dunst.log" | tr '\n' ' '))"
	exit 0
fi
mon=$(cat "$T/monitor.txt" 2>/dev/null)
expect_eq "one notification: the first snapshot notifies nobody" 1 "$(grep -c 'member=Notify' "$T/monitor.txt")"
expect_match "the change was committed" "^treaty: headline now" "$(cat "$T/check2.txt")"
expect_no_match "no notification error" "desktop notification" "$(cat "$T/check2.txt")"
# Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, timeout)
args=$(printf '%s\n' "$mon" | sed -n '/member=Notify/,$p')
expect_eq "app name" '"storywatch"' "$(printf '%s\n' "$args" | sed -n '2p' | sed 's/^ *string //')"
expect_eq "icon" '"dialog-information"' "$(printf '%s\n' "$args" | sed -n '4p' | sed 's/^ *string //')"
expect_eq "summary is the story's name" '"treaty"' "$(printf '%s\n' "$args" | sed -n '5p' | sed 's/^ *string //')"
body=$(printf '%s\n' "$args" | sed -n '6p')
expect_match "body is the change summary" "headline now" "$body"
expect_match "page markup is escaped in the body" "&lt;b&gt;deal&lt;/b&gt; &amp; more" "$body"
expect_no_match "no raw markup from the page" "<b>deal" "$body"
expect_match "urgency from significance (major: critical)" 'string "urgency"[[:space:]]*variant[[:space:]]*byte 2' "$(printf '%s\n' "$args" | tr '\n' ' ')"
expect_match "an Open action for the page, where the server has actions" 'string "open"[[:space:]]*string "Open"' "$(printf '%s\n' "$args" | tr '\n' ' ')"

# seven stories changing in one pass: five notifications, then one digest
mon2=$(cat "$T/monitor2.txt" 2>/dev/null)
expect_eq "seven changes, six notifications" 6 "$(grep -c 'member=Notify' "$T/monitor2.txt")"
expect_match "the last is the digest" 'string "2 more stories changed"' "$mon2"
expect_match "naming the stories held back" 'string "s[1-7], s[1-7]"' "$mon2"
expect_eq "all seven committed" 7 "$(grep -c '^s[1-7]: ' "$T/check3.txt")"

# mute and unmute
expect_match "mute says so" "^treaty: muted$" "$(cat "$T/mute.txt")"
expect_match "status shows it" "^treaty .*\[muted\]" "$(cat "$T/status-muted.txt")"
expect_match "a muted story's change is still committed" "^treaty: .*\\(" "$(cat "$T/check4.txt")"
expect_match "a change in quiet hours is committed" "^night: .*\\(" "$(cat "$T/check-night.txt")"
expect_eq "muted, then unmuted, and quiet hours: one notification, the unmuted change's" 1 "$(grep -c 'member=Notify' "$T/monitor3.txt")"
expect_match "that one is treaty's" 'string "treaty"' "$(cat "$T/monitor3.txt")"
# the service's notification: Open, Show changes, Mute story
args=$(tr '\n' ' ' < "$T/monitor4.txt")
expect_match "the service notifies the change" 'string "svc"' "$args"
expect_match "with Show changes" 'string "changes"[[:space:]]*string "Show changes"' "$args"
expect_match "and Mute story" 'string "mute"[[:space:]]*string "Mute story"' "$args"

# one notification for a story of two sources: the second replaces the first
pair=$(tr '\n' ' ' < "$T/monitor5.txt")
expect_eq "both sources committed" 2 "$(grep -c '^pair/p[ab]: ' "$T/check-pair.txt")"
expect_eq "the story's notification, shown then replaced" 2 "$(grep -c 'member=Notify' "$T/monitor5.txt")"
expect_match "under the story's name" 'string "pair"' "$pair"
expect_match "replacing, not adding" 'member=Notify.*member=Notify[^"]*string "storywatch"[[:space:]]*uint32 [1-9]' "$pair"
expect_match "its body naming both sources" 'string "p[ab]: [^"]*p[ab]: ' "$pair"
