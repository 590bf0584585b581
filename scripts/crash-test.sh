#!/usr/bin/env bash
# Crash consistency, the full run (issue #6): kill -9 the production jar KILLS times (20 by default) on an H2 file
# database and on PostgreSQL while browser pages send feedback, and check after every restart that each reference
# shown is stored exactly once. .ci/run runs the same test with 3 kills per database in its browser stage.
#
#   scripts/crash-test.sh                 # 20 kills on H2 and 20 on PostgreSQL (127.0.0.1:5432, database test)
#   KILLS=30 DATABASES=h2 scripts/crash-test.sh
#   SEED=1264481463770 scripts/crash-test.sh   # the seed a run printed: the same kill delays again
#   SKIP_BUILD=1 scripts/crash-test.sh    # use target/family-voice-*.jar as it is
#
# Figures: standard output and target/crash-consistency/{h2,postgresql}.txt; the app's log next to them.
# Needs a JDK 21+ (JAVA_HOME), Debian's Chromium at /usr/bin/chromium and, for PostgreSQL, the local server.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

kills=${KILLS:-20}
databases=${DATABASES:-h2,postgresql}
args=(-B -Dit.test=CrashConsistencyIT -Dfamilyvoice.crash.kills="$kills" -Dfamilyvoice.crash.databases="$databases")
[[ -n ${SEED:-} ]] && args+=(-Dfamilyvoice.crash.seed="$SEED")
[[ -n ${PAGES:-} ]] && args+=(-Dfamilyvoice.crash.pages="$PAGES")
[[ -n ${MAVEN_OFFLINE:-} ]] && args+=(-o)

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ -n ${SKIP_BUILD:-} ]]; then
    ls target/family-voice-*.jar >/dev/null
    ./mvnw "${args[@]}" -Pbrowser test-compile failsafe:integration-test failsafe:verify
else
    ./mvnw "${args[@]}" -Pproduction,browser verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
fi
cat target/crash-consistency/*.txt
