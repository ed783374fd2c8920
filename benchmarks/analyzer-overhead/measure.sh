#!/usr/bin/env bash
# Measures what the package's analyzers add to a consumer's build: generates a consumer of 1,000 files that uses the
# domain API, installs the packed package from a local folder, and times full rebuilds with the package's analyzers
# and with them removed (everything else equal), plus the compiler's own -p:ReportAnalyzer=true breakdown.
# Usage: benchmarks/analyzer-overhead/measure.sh <folder holding Kz.Assembly.Domain.*.nupkg> <version> [files] [runs]
set -euo pipefail
feed="$(cd "$1" && pwd)"
version="$2"
files="${3:-1000}"
runs="${4:-3}"
work="$(mktemp -d)"
export NUGET_PACKAGES="$work/packages"
printf '<Project />\n' > "$work/Directory.Build.props"
printf '<Project />\n' > "$work/Directory.Packages.props"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="local" value="$feed" /></packageSources></configuration>
XML
mkdir -p "$work/Big"
cat > "$work/Big/Big.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Kz.Assembly.Domain" Version="$version" />
  </ItemGroup>
  <Target Name="DropDomainAnalyzers" AfterTargets="_KzAssemblyDomainAnalyzers" Condition="'\$(WithoutDomainAnalyzers)' == 'true'">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'Kz.Assembly.Domain.Analyzers' Or '%(Filename)' == 'Kz.Assembly.Domain.CodeFixes'" />
    </ItemGroup>
  </Target>
</Project>
XML
for i in $(seq 1 "$files"); do
number=$(( (i % 3999) + 1 ))
cat > "$work/Big/Report$i.cs" <<CS
using System.Globalization;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Big;

public static class Report$i
{
    public static string Render(IClock clock, int number, AssemblyActivityKind kind)
    {
        var body = AssemblyBody.Regional(Regions.Turkistan, new LocalDate(1995, 3, 1));
        var data = new AssemblyDataSetBuilder().Add(body).Build();
        var ytd = KazakhstanTime.YearToDate(clock);
        QualifiedCount total = QualifiedCount.Exactly($i) + QualifiedCount.About(number);
        var session = SessionNumber.Create($number);
        var period = ReportingPeriod.Custom(new LocalDate(2025, 1, 1), new LocalDate(2025, 4, 24));
        string label = kind switch
        {
            AssemblyActivityKind.Event => "event",
            _ => "other",
        };
        int roman = RomanNumeral.Parse("XXVII");
        return string.Create(CultureInfo.InvariantCulture, \$"{session} {total} {period} {ytd} {label} {roman} {data.Bodies.Length}")
            + QuantityText.Format(total, "kk") + body.Name.In("kk");
    }
}
CS
done
cd "$work/Big"
dotnet restore > /dev/null
dotnet build --no-restore > /dev/null 2>&1  # warm up the build server and disk caches
time_build() {
    local start end
    start=$(date +%s%N)
    dotnet build --no-restore --no-incremental "$@" > /dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}
with=(); without=()
for run in $(seq 1 "$runs"); do
    without+=("$(time_build -p:WithoutDomainAnalyzers=true)")
    with+=("$(time_build)")
done
echo "files: $files, runs: $runs"
echo "build ms without the package's analyzers: ${without[*]}"
echo "build ms with the package's analyzers:    ${with[*]}"
dotnet build --no-restore --no-incremental -p:ReportAnalyzer=true -v:d 2>/dev/null \
    | grep -E "Total analyzer execution time|Kz.Assembly.Domain.Analyzers|^\s+[0-9.]+ +[0-9]+ +Kz\.Assembly\.Domain\.Analyzers\.Rules" | sed 's/^ *//' | sort -u | head -20
rm -rf "$work"
