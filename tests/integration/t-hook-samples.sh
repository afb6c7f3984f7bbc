#!/bin/sh
# The sample hooks in hooks/, each run by storywatch for a real change and
# checked at a local receiver: the webhook's JSON, ntfy's body and headers,
# Slack's and Matrix's messages (valid JSON although the page's headline
# holds quotes, a backslash and markup), an e-mail through a sendmail that
# keeps what it is given, and the log line.
. "$(dirname "$0")/lib.sh"
command -v curl >/dev/null 2>&1 || { skip "t-hook-samples: curl is not installed"; exit 0; }
start_httpd
# one page per hook, each paragraph its own, so that none is seen on three
# pages of the site (which would make it furniture)
page() {
	for h in webhook ntfy slack matrix mail log-changes; do
		printf '<html><head><title>%s</title></head><body><article><h1>%s</h1><p>%s The %s desk has the story.</p><p>A paragraph for the %s hook keeps the article long enough to be found, with commas.</p></article></body></html>' "$1" "$1" "$2" "$h" "$h" > "$T/www/$h.html"
	done
}
page 'Talks near a deal' 'The two sides are expected to sign the accord next month, officials said.' 
: > "$STORYWATCH_CONFIG"
for h in webhook ntfy slack matrix mail log-changes; do
	mkdir -p "$T/h-$h"
	cp "$SW_TOP/hooks/$h" "$T/h-$h/$h"
	printf '[%s]\nurl = %s/%s.html\nnotify = hook\nhook = %s\n\n' "$h" "$BASE" "$h" "$T/h-$h/$h" >> "$STORYWATCH_CONFIG"
done
cat > "$T/h-webhook/hooks.conf" <<EOT
WEBHOOK_URL=$BASE/hook/webhook
EOT
cat > "$T/h-ntfy/hooks.conf" <<EOT
NTFY_URL=$BASE/ntfy
NTFY_TOPIC=stories
EOT
cat > "$T/h-slack/hooks.conf" <<EOT
SLACK_WEBHOOK_URL=$BASE/hook/slack
EOT
cat > "$T/h-matrix/hooks.conf" <<EOT
MATRIX_HOMESERVER=$BASE
MATRIX_ROOM='!room:example.org'
MATRIX_TOKEN=secret-token
EOT
cat > "$T/fake-sendmail" <<EOT
#!/bin/sh
echo "\$@" > "$T/sendmail.args"
cat > "$T/sendmail.msg"
EOT
chmod +x "$T/fake-sendmail"
cat > "$T/h-mail/hooks.conf" <<EOT
MAIL_TO=reader@example.org
SENDMAIL=$T/fake-sendmail
EOT
cat > "$T/h-log-changes/hooks.conf" <<EOT
EOT
"$SW" check webhook ntfy slack matrix mail log-changes >/dev/null 2>&1
page 'Talks end: "no deal" \\ <b>final</b> & over' 'The two sides failed to agree on the accord, officials said on Tuesday.'
out=$("$SW" check webhook ntfy slack matrix mail log-changes 2>&1)
expect_no_match "no hook failed" "hook .* (exited|failed|timed out)" "$out"

received() { grep -l "$1" "$T"/www/_received/*.head 2>/dev/null | head -n 1 | sed 's/\.head$//'; }
w=$(received "POST /hook/webhook")
check "webhook: posted" test -n "$w"
check "webhook: valid JSON" test -e "$w.json-ok"
expect_match "webhook: the diff with the story" '"story": "webhook"' "$(cat "$w.body" 2>/dev/null)"
expect_match "webhook: the fact changes" '"kind": "status"' "$(cat "$w.body" 2>/dev/null)"

n=$(received "POST /ntfy/stories")
check "ntfy: posted to the topic" test -n "$n"
expect_match "ntfy: the summary is the body" "headline now" "$(cat "$n.body" 2>/dev/null)"
expect_match "ntfy: the story as title" "^Title: ntfy" "$(tr -d '\r' < "$n.head" 2>/dev/null)"
expect_match "ntfy: priority from significance" "^Priority: high" "$(tr -d '\r' < "$n.head" 2>/dev/null)"

s=$(received "POST /hook/slack")
check "slack: posted" test -n "$s"
check "slack: valid JSON despite the headline's quotes and backslash" test -e "$s.json-ok"
expect_match "slack: the text names the story" '"text": "\*slack\* \[major\]: headline now ' "$(cat "$s.body" 2>/dev/null)"

m=$(received "PUT /_matrix/client/v3/rooms/%21room%3Aexample.org/send/m.room.message/")
check "matrix: sent to the room" test -n "$m"
check "matrix: valid JSON" test -e "$m.json-ok"
expect_match "matrix: the token as a header" "^Authorization: Bearer secret-token" "$(tr -d '\r' < "$m.head" 2>/dev/null)"
expect_no_match "matrix: not on a command line" "secret-token" "$(ps -eo args)"

msg=$(cat "$T/sendmail.msg" 2>/dev/null)
expect_eq "mail: sendmail -t -oi" "-t -oi" "$(cat "$T/sendmail.args" 2>/dev/null)"
expect_match "mail: to the reader" "^To: reader@example.org$" "$msg"
subject=$(printf '%s\n' "$msg" | sed -n 's/^Subject: =?UTF-8?B?\(.*\)?=$/\1/p' | base64 -d 2>/dev/null)
expect_match "mail: the summary as subject, encoded beyond ASCII" "^\[storywatch\] mail: headline now “Talks end" "$subject"
expect_eq "mail: no header from the page" 0 "$(printf '%s\n' "$msg" | sed '/^$/,$d' | grep -vc '^\(To\|From\|Subject\|Content-Type\|X-Storywatch-Significance\): ')"

expect_match "log-changes: a line per change" " log-changes \[major\] headline now " "$(cat "$HOME/.local/state/storywatch/changes.log" 2>/dev/null)"
