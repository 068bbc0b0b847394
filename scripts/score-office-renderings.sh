#!/usr/bin/env bash
# Scores Yardstick on the Word and PDF versions of every labelled corpus, beside its text exports:
# each document is written into Word line by line as a council lays out a report
# (ReportFixtureWriter: tab-separated lines become tables, bullets list items, short lines headings),
# LibreOffice prints it to PDF, and the reference scorer scores each format against the same gold.
#   scripts/score-office-renderings.sh [SET...]      # default: every set under the corpora folder
# Prints one line per set and format (values found, refusals) and the pooled recall and precision.
# Needs LibreOffice (Debian: libreoffice-writer-nogui) and a built service/target/yardstick.jar (or
# YARDSTICK_JAR=another build's jar, to score that build on the same renderings).
# Held-out sets are scored too: their lines are summaries, never their misses.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpora="$here/service/src/test/resources/corpora"
jar="${YARDSTICK_JAR:-$here/service/target/yardstick.jar}" # another build's jar to compare with
cd "$here"
./mvnw -B -q -o test-compile
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./mvnw -B -q -o org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -pl service \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp" >/dev/null
cp="service/target/test-classes:service/target/classes:$(cat "$work/cp")"
if [ $# -gt 0 ]; then sets="$*"; else sets="$(cd "$corpora" && ls -d */ | tr -d /)"; fi
for set in $sets; do
  mkdir -p "$work/$set"
  for f in "$corpora/$set"/docs/*; do
    java -cp "$cp" dev.yardstick.document.fixtures.ReportFixtureWriter "$f" "$work/$set/$(basename "${f%.*}").docx"
  done
  soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work/$set" "$work/$set"/*.docx >/dev/null 2>&1
  for format in txt docx pdf; do
    if [ "$format" = txt ]; then files=("$corpora/$set"/docs/*); else files=("$work/$set"/*."$format"); fi
    java -jar "$jar" extract --org test --format json "${files[@]}" >"$work/$set.$format.json" 2>"$work/$set.$format.err" || true
    summary="$(python3 "$corpora/dev/score.py" "$work/$set.$format.json" "$corpora/$set/gold/" --exhaustive | grep -E '^recall')"
    printf '%-12s %-4s refused %s  %s\n' "$set" "$format" "$(grep -c '^error' "$work/$set.$format.err" || true)" "$summary"
  done
done | tee "$work/lines"
python3 - "$work/lines" <<'PY'
import re, sys, collections
found = collections.Counter(); gold = collections.Counter(); out = collections.Counter()
for line in open(sys.argv[1]):
    fmt = line.split()[1]
    r = re.search(r"recall (\d+)/(\d+)", line); p = re.search(r"precision (\d+)/(\d+)", line)
    if r and p:
        found[fmt] += int(r.group(1)); gold[fmt] += int(r.group(2)); out[fmt] += int(p.group(2))
for fmt in ("txt", "docx", "pdf"):
    if gold[fmt]:
        print(f"pooled {fmt:4s} recall {found[fmt]}/{gold[fmt]} = {found[fmt]/gold[fmt]:.3f}  precision {found[fmt]}/{out[fmt]} = {found[fmt]/max(1,out[fmt]):.3f}")
PY
