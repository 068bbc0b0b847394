#!/usr/bin/env bash
# Builds the Word and PDF fixtures the Word/PDF reader tests read, the way councils make them:
# each text-export update (the two seeds and the four development-corpus updates) becomes a Word
# document with one table (header row repeated on every page, merged section rows, bulleted
# lists), and LibreOffice prints each to PDF. One update is also laid out as a council report
# with a Ref and a RAG column and no director column, and two are drawn without table borders.
# Six councils' own reports from the labelled corpora become Word reports (ReportFixtureWriter).
#   scripts/make-fixtures.sh            # writes service/src/test/resources/fixtures/office/
# Needs LibreOffice (Debian: libreoffice-writer-nogui) for the PDFs.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/service/src/test/resources/fixtures/office"
mkdir -p "$out"
cd "$here"
./mvnw -B -q -o test-compile
cp_file="$(mktemp)"
profile="$(mktemp -d)"
trap 'rm -rf "$cp_file" "$profile"' EXIT
./mvnw -B -q -o org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -pl service \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
cp="service/target/test-classes:service/target/classes:$(cat "$cp_file")"
write() { # IN.txt NAME LAYOUT
  java -cp "$cp" dev.yardstick.document.fixtures.WordFixtureWriter "$1" "$out/$2.docx" "$3"
}
for f in seed-data/updates/*.txt service/src/test/resources/corpora/dev/docs/h0*.txt; do
  write "$f" "$(basename "$f" .txt)" standard
done
write seed-data/updates/lbbd-2019-20-q2.txt lbbd-2019-20-q2-council council
write seed-data/updates/lbbd-2017-18-q2.txt lbbd-2017-18-q2-borderless borderless
write service/src/test/resources/corpora/dev/docs/h02.txt h02-borderless borderless
# councils' own reports (headed prose, bullets, figures tables), written into Word line by line as
# a council lays them out; the labelled documents they come from are named in OfficeFixtures.REPORTS
for f in councils-a/docs/maidstone-2019-20-q3 councils-m/docs/winchester-2014-15-service-standards \
         councils-p/docs/torbay-2022-23-asc-outcomes councils-aj/docs/braintree-2023-24-q1-performance \
         councils-am/docs/solihull-2008-09-q4 councils-e/docs/moray-2017-18-q2; do
  java -cp "$cp" dev.yardstick.document.fixtures.ReportFixtureWriter "service/src/test/resources/corpora/$f.txt" \
    "$out/$(basename "$f")-report.docx"
done
# LibreOffice's own profile in a temporary folder: no state shared with a desktop session
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$out"/*.docx >/dev/null
ls -l "$out"
