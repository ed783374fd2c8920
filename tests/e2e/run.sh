#!/usr/bin/env bash
# End to end, from outside: install the packed package from a local folder into a consumer with one violation of each
# rule, and into a consumer that sees it only through another project; both builds must report exactly ASM0001..ASM0011
# with the severities the rules declare. Two more consumers of the same code turn the analyzers off (NuGet's
# ExcludeAssets="analyzers", and the KzAssemblyDomainAnalyzers property) and must report none. Usage: tests/e2e/run.sh <folder holding Kz.Assembly.Domain.*.nupkg> <version>
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
feed="$(cd "$1" && pwd)"
version="$2"
work="$(mktemp -d)"
cp -r "$here/Consumer" "$here/Middle" "$here/TransitiveConsumer" "$here/ExcludedConsumer" "$here/OptOutConsumer" "$work/"
# Projects here must not inherit the repository's build settings or central versions.
printf '<Project />\n' > "$work/Directory.Build.props"
printf '<Project />\n' > "$work/Directory.Packages.props"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <!-- Added to the machine's default source, which still serves NodaTime and Humanizer. -->
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
XML
# A private packages folder: a stale Kz.Assembly.Domain of the same version in the global cache must not be used.
export NUGET_PACKAGES="$work/packages"
expected="ASM0001:error ASM0002:error ASM0003:warning ASM0004:error ASM0005:error ASM0006:warning ASM0007:warning ASM0008:warning ASM0009:note ASM0010:warning ASM0011:warning"
status=0
for project in Consumer TransitiveConsumer ExcludedConsumer OptOutConsumer; do
    want="$expected"
    # ExcludeAssets="analyzers" and <KzAssemblyDomainAnalyzers>false</…> must leave no ASM diagnostic at all.
    case "$project" in ExcludedConsumer|OptOutConsumer) want="" ;; esac
    sarif="$work/$project.sarif"
    # Errors are expected (the consumer breaks every rule), so the build's exit code is not the verdict: the SARIF log is.
    dotnet build "$work/$project" -p:KzAssemblyDomainVersion="$version" -p:ErrorLog="$sarif%2Cversion=2.1" > "$work/$project.log" 2>&1
    # SARIF results read {"ruleId": "ASM0001", "ruleIndex": 0, "level": "error", …}; info-level diagnostics are there too.
    found=$(tr -d '\n' < "$sarif" 2>/dev/null | grep -o '"ruleId": *"ASM[0-9]*",[^{}]*"level": *"[a-z]*"' \
        | sed 's/"ruleId": *"\(ASM[0-9]*\)".*"level": *"\([a-z]*\)"/\1:\2/' | sort -u | tr '\n' ' ' | sed 's/ $//')
    if [ ! -s "$sarif" ]; then
        echo "e2e $project: the build wrote no SARIF log"
        tail -30 "$work/$project.log"
        status=1
    elif [ "$found" = "$want" ]; then
        echo "e2e $project: ok (${found:-no ASM diagnostic})"
    else
        echo "e2e $project: expected [$want]"
        echo "e2e $project: found    [$found]"
        tail -30 "$work/$project.log"
        status=1
    fi
done
rm -rf "$work"
exit $status
